/*
 * A small, strict checker of wire protocol v1 lines for the host test (not for devices): it
 * classifies one line the way PROTOCOL.md defines it, independently of the Java decoder, so a
 * mistake in vectors.txt or in a device's output shows up. Uses the host C library freely.
 */
#ifndef ROLLSENSE_WIRE_CHECK_H
#define ROLLSENSE_WIRE_CHECK_H

#include <stddef.h>

#define WC_MAX_VALUES 512

/** What a line is. */
enum { K_HELLO, K_FRAME, K_LOG, K_BAD };

/** Bad-line categories, in the order of WC_CATEGORY; C_NONE for a valid line. */
enum { C_CHECKSUM, C_SYNTAX, C_CHANNEL_COUNT, C_RANGE, C_NO_HELLO, C_TOO_LONG, C_UNKNOWN, C_NONE };

/** Category keys as in vectors.txt and the host's JSON ("checksum", "syntax", ...). */
extern const char *const WC_CATEGORY[];

/** A slice of a line; not NUL-terminated. */
typedef struct { const char *s; size_t n; } span;

/** One classified line; spans point into the line. */
typedef struct {
    int kind, cat;
    span device, kind_word, unit, rate, pos[WC_MAX_VALUES], fw, area;
    int has_fw, has_area;
    size_t npos;
    unsigned long seq, t;
    double values[WC_MAX_VALUES];
    span value_text[WC_MAX_VALUES];
    size_t nvalues;
} parsed;

/**
 * Classifies the line b[0..n) (without terminator). have_hello and channels describe the stream
 * so far (a valid hello seen, its channel count); the caller updates them from the result.
 */
void wc_classify(const char *b, size_t n, int have_hello, size_t channels, parsed *p);

/** decimal = 1*DIGIT ["." 1*DIGIT]: 0 and *out set, C_SYNTAX, or C_RANGE for a negative number. */
int wc_parse_dec(span f, double *out);

/** Splits s[0..n) at sep into at most max spans; returns the count (max + 1 when too many). */
size_t wc_split(const char *s, size_t n, char sep, span *out, size_t max);

/** 1 when a equals the C string s. */
int wc_span_eq(span a, const char *s);

/** 1 for '0'..'9'. */
int wc_is_digit(char c);

/** Value of a hex digit (either case), or -1. */
int wc_hexval(char c);

#endif
