/*
 * RollSense wire protocol v1: reference encoder for devices (see ../PROTOCOL.md).
 *
 * Small enough for an 8-bit microcontroller: C99, no malloc, no printf/sprintf, no floating
 * point. Numbers are passed as unsigned (or, for positions, signed) fixed-point integers with a
 * count of decimals: value 1250 with 2 decimals is written "12.5" (trailing zeros are dropped).
 *
 * Every writer fills a caller buffer, writes a terminating NUL, and returns the line length in
 * bytes (without the NUL and without a line terminator: send the line, then "\n"). It returns a
 * negative RS_ERR_* code, and leaves buf holding an empty string, when the buffer is too small,
 * the line would be longer than RS_MAX_LINE bytes, or an argument is invalid. Nothing here keeps
 * state: all functions are reentrant.
 */
#ifndef ROLLSENSE_PROTO_H
#define ROLLSENSE_PROTO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Protocol version written as v= in the hello. */
#define RS_PROTOCOL_VERSION 1
/** Longest line a receiver accepts, in bytes, without the line terminator. */
#define RS_MAX_LINE 512
/** Buffer size that fits any valid line plus its NUL. */
#define RS_LINE_BUF (RS_MAX_LINE + 1)
/** Most channels (taxels) one device may declare. */
#define RS_MAX_CHANNELS 64
/** Most decimals accepted for a fixed-point number. */
#define RS_MAX_DECIMALS 9

/** The buffer is too small for the line (plus its NUL). */
#define RS_ERR_OVERFLOW (-1)
/** The line would be longer than RS_MAX_LINE bytes. */
#define RS_ERR_TOO_LONG (-2)
/** An argument is invalid (NULL pointer, bad id, 0 or too many channels, too many decimals). */
#define RS_ERR_ARG (-3)

/** Device kind, written as kind=roller|balls|pad. */
typedef enum { RS_KIND_ROLLER = 0, RS_KIND_BALLS = 1, RS_KIND_PAD = 2 } rs_kind;

/** Unit of the frame values, written as unit=raw|N|kPa. */
typedef enum { RS_UNIT_RAW = 0, RS_UNIT_N = 1, RS_UNIT_KPA = 2 } rs_unit;

/** What a hello line declares. Fixed-point fields: value and decimals (see the file comment). */
typedef struct {
    const char *device;      /**< device id: 1..64 printable ASCII chars, no space, '=', '/', '+', '#' */
    rs_kind kind;
    uint32_t rate;           /**< frame rate in Hz, fixed point, > 0 */
    uint8_t rate_decimals;
    rs_unit unit;
    const int32_t *pos;      /**< lateral position of each taxel in mm, fixed point, negative = left */
    uint8_t pos_decimals;
    uint8_t channels;        /**< number of entries in pos: 1..RS_MAX_CHANNELS */
    const char *fw;          /**< firmware version, or NULL to omit fw= (1..64 printable, no space or '=') */
    uint32_t area;           /**< taxel area in mm2, fixed point; 0 omits area= */
    uint8_t area_decimals;
} rs_hello;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) of len bytes. */
uint16_t rs_crc16(const void *data, size_t len);

/** Continues a CRC: rs_crc16(d, n) == rs_crc16_update(0xFFFF, d, n). */
uint16_t rs_crc16_update(uint16_t crc, const void *data, size_t len);

/**
 * Writes "#HELLO v=1 device=.. kind=.. rate=.. unit=.. pos=..[ fw=..][ area=..]".
 * Returns the length, or a negative RS_ERR_* code.
 */
int rs_hello_line(char *buf, size_t cap, const rs_hello *hello);

/**
 * Writes "$<seq>,<t_ms>,<v0>,...,<vN-1>*<CRC>". values[i] are fixed point with the same
 * decimals (0..RS_MAX_DECIMALS); n is 1..RS_MAX_CHANNELS. seq and t_ms simply wrap at 2^32.
 * Returns the length, or a negative RS_ERR_* code.
 */
int rs_frame_line(char *buf, size_t cap, uint32_t seq, uint32_t t_ms,
                  const uint32_t *values, size_t n, uint8_t decimals);

/**
 * Writes an unsigned fixed-point number as a minimal decimal ("12.5", "0.05", "7") into
 * buf[0..cap). No NUL is written. Returns the number of chars, or 0 when it does not fit or
 * decimals > RS_MAX_DECIMALS.
 */
size_t rs_put_decimal(char *buf, size_t cap, uint32_t value, uint8_t decimals);

#ifdef __cplusplus
}
#endif

#endif /* ROLLSENSE_PROTO_H */
