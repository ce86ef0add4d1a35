/* Strict checker of wire protocol v1 lines for the host test; see wire_check.h and ../PROTOCOL.md. */
#include <stdlib.h>
#include <string.h>

#include "rollsense_proto.h"
#include "wire_check.h"

#define MAX_TOKENS 64

const char *const WC_CATEGORY[] = {"checksum", "syntax", "channel_count", "range",
                                   "no_hello", "too_long", "unknown"};

int wc_span_eq(span a, const char *s)
{
    return a.n == strlen(s) && memcmp(a.s, s, a.n) == 0;
}

int wc_is_digit(char c) { return c >= '0' && c <= '9'; }

/* DIGIT+ ["." DIGIT+]. 0 ok, C_SYNTAX, or C_RANGE for a well-formed negative number. */
int wc_parse_dec(span f, double *out)
{
    size_t i = 0, start;
    char tmp[64];
    int neg = f.n > 0 && f.s[0] == '-';
    if (neg) {
        i = 1;
    }
    start = i;
    while (i < f.n && wc_is_digit(f.s[i])) i++;
    if (i == start) return C_SYNTAX;
    if (i < f.n && f.s[i] == '.') {
        size_t frac = ++i;
        while (i < f.n && wc_is_digit(f.s[i])) i++;
        if (i == frac) return C_SYNTAX;
    }
    if (i != f.n) return C_SYNTAX;
    if (neg) return C_RANGE;
    if (f.n >= sizeof tmp) return C_RANGE;
    memcpy(tmp, f.s, f.n);
    tmp[f.n] = '\0';
    *out = strtod(tmp, NULL);
    return 0;
}

/* DIGIT+ within uint32; a negative or too large integer is C_RANGE. */
static int wc_parse_u32(span f, unsigned long *out)
{
    size_t i = 0;
    unsigned long long v = 0;
    if (f.n > 1 && f.s[0] == '-') {
        i = 1;
    }
    if (i == f.n) return C_SYNTAX;
    for (; i < f.n; i++) {
        if (!wc_is_digit(f.s[i])) return C_SYNTAX;
        if (v <= 0xFFFFFFFFull) v = v * 10u + (unsigned)(f.s[i] - '0');
    }
    if (f.s[0] == '-' || v > 0xFFFFFFFFull) return C_RANGE;
    *out = (unsigned long)v;
    return 0;
}

int wc_hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Splits s[0..n) at sep into at most max spans; returns the count (max + 1 when too many). */
size_t wc_split(const char *s, size_t n, char sep, span *out, size_t max)
{
    size_t count = 0, start = 0, i;
    for (i = 0; i <= n; i++) {
        if (i == n || s[i] == sep) {
            if (count == max) return max + 1;
            out[count].s = s + start;
            out[count].n = i - start;
            count++;
            start = i + 1;
        }
    }
    return count;
}

static int parse_frame(const char *b, size_t n, int have_hello, size_t channels, parsed *p)
{
    const char *star = memchr(b, '*', n);
    span fields[WC_MAX_VALUES + 2];
    size_t nf, i, payload;
    int r, k;
    unsigned crc = 0;
    if (star == NULL) return C_SYNTAX;
    payload = (size_t)(star - b) - 1u;
    if (n - (size_t)(star - b) != 5u) return C_SYNTAX;
    for (k = 1; k <= 4; k++) {
        int h = wc_hexval(star[k]);
        if (h < 0 || (star[k] >= 'a' && star[k] <= 'f')) return C_SYNTAX;
        crc = crc * 16u + (unsigned)h;
    }
    if (rs_crc16(b + 1, payload) != crc) return C_CHECKSUM;
    nf = wc_split(b + 1, payload, ',', fields, WC_MAX_VALUES + 2);
    if (nf < 3 || nf > WC_MAX_VALUES + 2) return C_SYNTAX;
    if ((r = wc_parse_u32(fields[0], &p->seq)) != 0) return r;
    if ((r = wc_parse_u32(fields[1], &p->t)) != 0) return r;
    p->nvalues = nf - 2;
    for (i = 0; i < p->nvalues; i++) {
        p->value_text[i] = fields[i + 2];
        if ((r = wc_parse_dec(fields[i + 2], &p->values[i])) != 0) return r;
    }
    if (!have_hello) return C_NO_HELLO;
    if (p->nvalues != channels) return C_CHANNEL_COUNT;
    return C_NONE;
}

static int parse_hello(const char *b, size_t n, parsed *p)
{
    span tok[MAX_TOKENS + 1];
    size_t nt, i;
    int seen_v = 0, seen_rate = 0, r;
    double d;
    unsigned long v;
    memset(&p->device, 0, sizeof p->device);
    p->kind_word = p->unit = p->rate = p->device;
    p->npos = 0;
    p->has_fw = p->has_area = 0;
    if (n == 6) return C_SYNTAX; /* exactly "#HELLO" */
    nt = wc_split(b + 7, n - 7, ' ', tok, MAX_TOKENS);
    if (nt > MAX_TOKENS) return C_SYNTAX;
    for (i = 0; i < nt; i++) {
        const char *eq = memchr(tok[i].s, '=', tok[i].n);
        span key, val;
        size_t j;
        if (tok[i].n == 0) continue;
        if (eq == NULL || eq == tok[i].s || eq == tok[i].s + tok[i].n - 1) return C_SYNTAX; /* key=value, both non-empty */
        key.s = tok[i].s;
        key.n = (size_t)(eq - tok[i].s);
        val.s = eq + 1;
        val.n = tok[i].n - key.n - 1;
        for (j = 0; j < i; j++) { /* a repeated key is syntax */
            if (tok[j].n > key.n && tok[j].s[key.n] == '=' && memcmp(tok[j].s, key.s, key.n) == 0) return C_SYNTAX;
        }
        if (wc_span_eq(key, "v")) {
            if ((r = wc_parse_u32(val, &v)) != 0) return r;
            if (v != 1) return C_RANGE;
            seen_v = 1;
        } else if (wc_span_eq(key, "device")) {
            if (memchr(val.s, '/', val.n) || memchr(val.s, '+', val.n) || memchr(val.s, '#', val.n)) return C_SYNTAX;
            if (val.n > 64) return C_RANGE; /* device id: at most 64 characters */
            p->device = val;
        } else if (wc_span_eq(key, "kind")) {
            if (!wc_span_eq(val, "roller") && !wc_span_eq(val, "balls") && !wc_span_eq(val, "pad")) return C_SYNTAX;
            p->kind_word = val;
        } else if (wc_span_eq(key, "unit")) {
            if (!wc_span_eq(val, "raw") && !wc_span_eq(val, "N") && !wc_span_eq(val, "kPa")) return C_SYNTAX;
            p->unit = val;
        } else if (wc_span_eq(key, "rate")) {
            if ((r = wc_parse_dec(val, &d)) != 0) return r;
            if (!(d >= 1 && d <= 2000)) return C_RANGE; /* 1..2000 Hz */
            p->rate = val;
            seen_rate = 1;
        } else if (wc_span_eq(key, "area")) {
            if ((r = wc_parse_dec(val, &d)) != 0) return r;
            if (!(d > 0 && d <= 1000000)) return C_RANGE; /* (0, 1 m2] */
            p->area = val;
            p->has_area = 1;
        } else if (wc_span_eq(key, "fw")) {
            p->fw = val;
            p->has_fw = 1;
        } else if (wc_span_eq(key, "pos")) {
            size_t k;
            p->npos = wc_split(val.s, val.n, ',', p->pos, WC_MAX_VALUES);
            if (p->npos > WC_MAX_VALUES) return C_RANGE;
            for (k = 0; k < p->npos; k++) {
                span s = p->pos[k];
                if (s.n > 1 && s.s[0] == '-') {
                    s.s++;
                    s.n--;
                }
                if (wc_parse_dec(s, &d) != 0) return C_SYNTAX;
                if (d > 10000) return C_RANGE; /* within 10 m of the centre */
            }
            if (p->npos > RS_MAX_CHANNELS) return C_RANGE;
        }
    }
    if (!seen_v || !seen_rate || p->device.n == 0 || p->kind_word.n == 0 || p->unit.n == 0 || p->npos == 0) {
        return C_SYNTAX;
    }
    return C_NONE;
}

/* Classifies one line (no terminator) as the protocol defines it. */
void wc_classify(const char *b, size_t n, int have_hello, size_t channels, parsed *p)
{
    p->cat = C_NONE;
    if (n > RS_MAX_LINE) {
        p->kind = K_BAD;
        p->cat = C_TOO_LONG;
    } else if (n > 0 && b[0] == '$') {
        p->cat = parse_frame(b, n, have_hello, channels, p);
        p->kind = p->cat == C_NONE ? K_FRAME : K_BAD;
    } else if (n >= 6 && memcmp(b, "#HELLO", 6) == 0 && (n == 6 || b[6] == ' ')) {
        p->cat = parse_hello(b, n, p);
        p->kind = p->cat == C_NONE ? K_HELLO : K_BAD;
    } else if (n > 0 && b[0] == '#') {
        p->kind = K_LOG;
    } else {
        p->kind = K_BAD;
        p->cat = C_UNKNOWN;
    }
}
