/* RollSense wire protocol v1 reference encoder. See rollsense_proto.h and ../PROTOCOL.md. */
#include "rollsense_proto.h"

/* Output cursor over the caller's buffer; a failed write sets err and stops all later writes. */
typedef struct {
    char *buf;
    size_t cap;  /* bytes usable for text: caller capacity minus the NUL */
    size_t len;
    int err;
} rs_out;

static const char HEX[16] = {'0', '1', '2', '3', '4', '5', '6', '7',
                             '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

uint16_t rs_crc16_update(uint16_t crc, const void *data, size_t len)
{
    /* Bitwise rather than table driven: 512 bytes of table would not fit small MCUs' RAM. */
    const uint8_t *p = (const uint8_t *)data;
    size_t i;
    int b;
    for (i = 0; i < len; i++) {
        crc = (uint16_t)(crc ^ ((uint16_t)p[i] << 8));
        for (b = 0; b < 8; b++) {
            crc = (crc & 0x8000u) ? (uint16_t)((crc << 1) ^ 0x1021u) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

uint16_t rs_crc16(const void *data, size_t len)
{
    return rs_crc16_update(0xFFFFu, data, len);
}

size_t rs_put_decimal(char *buf, size_t cap, uint32_t value, uint8_t decimals)
{
    char digits[10]; /* uint32 has at most 10 decimal digits; filled least significant first */
    size_t nd = 0, need, i, o = 0;
    if (decimals > RS_MAX_DECIMALS) {
        return 0;
    }
    while (decimals > 0 && value % 10u == 0u) { /* drop trailing zeros: 1250/2 -> 125/1 */
        value /= 10u;
        decimals--;
    }
    do {
        digits[nd++] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value != 0u);
    while (nd < (size_t)decimals + 1u) { /* 5 with 2 decimals -> "0.05" */
        digits[nd++] = '0';
    }
    need = nd + (decimals > 0 ? 1u : 0u);
    if (need > cap) {
        return 0;
    }
    for (i = nd; i-- > 0;) {
        buf[o++] = digits[i];
        if (i == decimals && decimals > 0) {
            buf[o++] = '.';
        }
    }
    return o;
}

static void put_char(rs_out *o, char c)
{
    if (o->err) {
        return;
    }
    if (o->len >= o->cap) {
        o->err = RS_ERR_OVERFLOW;
        return;
    }
    o->buf[o->len++] = c;
}

static void put_str(rs_out *o, const char *s)
{
    while (*s != '\0') {
        put_char(o, *s++);
    }
}

static void put_dec(rs_out *o, uint32_t value, uint8_t decimals)
{
    size_t n;
    if (o->err) {
        return;
    }
    if (decimals > RS_MAX_DECIMALS) {
        o->err = RS_ERR_ARG;
        return;
    }
    n = rs_put_decimal(o->buf + o->len, o->cap - o->len, value, decimals);
    if (n == 0) {
        o->err = RS_ERR_OVERFLOW;
        return;
    }
    o->len += n;
}

static void put_signed_dec(rs_out *o, int32_t value, uint8_t decimals)
{
    if (value < 0) {
        put_char(o, '-');
        put_dec(o, (uint32_t)(-(value + 1)) + 1u, decimals); /* safe for INT32_MIN */
    } else {
        put_dec(o, (uint32_t)value, decimals);
    }
}

/*
 * A token value (device id, fw): 1..64 printable ASCII chars other than space and '='. A device
 * id is also an MQTT topic level, so it may not hold '/' or the wildcards '+' and '#'.
 */
static int valid_token(const char *s, int is_device)
{
    size_t n = 0;
    if (s == NULL) {
        return 0;
    }
    for (; s[n] != '\0'; n++) {
        unsigned char c = (unsigned char)s[n];
        if (c <= ' ' || c > '~' || c == '=' || n >= 64
            || (is_device && (c == '/' || c == '+' || c == '#'))) {
            return 0;
        }
    }
    return n > 0;
}

/* Ends the line: checks the 512-byte cap, writes the NUL, or empties buf on error. */
static int finish(rs_out *o, char *buf, size_t cap)
{
    if (!o->err && o->len > RS_MAX_LINE) {
        o->err = RS_ERR_TOO_LONG;
    }
    if (o->err) {
        if (cap > 0) {
            buf[0] = '\0';
        }
        return o->err;
    }
    buf[o->len] = '\0';
    return (int)o->len;
}

static int open_out(rs_out *o, char *buf, size_t cap)
{
    o->buf = buf;
    o->cap = cap > 0 ? cap - 1u : 0u;
    o->len = 0;
    o->err = buf == NULL ? RS_ERR_ARG : 0;
    if (buf != NULL && cap == 0) {
        o->err = RS_ERR_OVERFLOW;
    }
    return o->err;
}

int rs_hello_line(char *buf, size_t cap, const rs_hello *h)
{
    static const char *const KINDS[] = {"roller", "balls", "pad"};
    static const char *const UNITS[] = {"raw", "N", "kPa"};
    rs_out o;
    uint8_t i;
    if (open_out(&o, buf, cap) != 0) {
        return finish(&o, buf, cap);
    }
    if (h == NULL || !valid_token(h->device, 1) || (h->fw != NULL && !valid_token(h->fw, 0))
        || (unsigned)h->kind > RS_KIND_PAD || (unsigned)h->unit > RS_UNIT_KPA || h->rate == 0u
        || h->pos == NULL || h->channels == 0u || h->channels > RS_MAX_CHANNELS) {
        o.err = RS_ERR_ARG;
        return finish(&o, buf, cap);
    }
    put_str(&o, "#HELLO v=1 device=");
    put_str(&o, h->device);
    put_str(&o, " kind=");
    put_str(&o, KINDS[h->kind]);
    put_str(&o, " rate=");
    put_dec(&o, h->rate, h->rate_decimals);
    put_str(&o, " unit=");
    put_str(&o, UNITS[h->unit]);
    put_str(&o, " pos=");
    for (i = 0; i < h->channels; i++) {
        if (i > 0) {
            put_char(&o, ',');
        }
        put_signed_dec(&o, h->pos[i], h->pos_decimals);
    }
    if (h->fw != NULL) {
        put_str(&o, " fw=");
        put_str(&o, h->fw);
    }
    if (h->area != 0u) {
        put_str(&o, " area=");
        put_dec(&o, h->area, h->area_decimals);
    }
    return finish(&o, buf, cap);
}

int rs_frame_line(char *buf, size_t cap, uint32_t seq, uint32_t t_ms,
                  const uint32_t *values, size_t n, uint8_t decimals)
{
    rs_out o;
    size_t i;
    uint16_t crc;
    if (open_out(&o, buf, cap) != 0) {
        return finish(&o, buf, cap);
    }
    if (values == NULL || n == 0u || n > RS_MAX_CHANNELS || decimals > RS_MAX_DECIMALS) {
        o.err = RS_ERR_ARG;
        return finish(&o, buf, cap);
    }
    put_char(&o, '$');
    put_dec(&o, seq, 0);
    put_char(&o, ',');
    put_dec(&o, t_ms, 0);
    for (i = 0; i < n; i++) {
        put_char(&o, ',');
        put_dec(&o, values[i], decimals);
    }
    if (o.err) {
        return finish(&o, buf, cap);
    }
    crc = rs_crc16(buf + 1, o.len - 1u); /* the bytes between '$' and '*' */
    put_char(&o, '*');
    put_char(&o, HEX[(crc >> 12) & 0xFu]);
    put_char(&o, HEX[(crc >> 8) & 0xFu]);
    put_char(&o, HEX[(crc >> 4) & 0xFu]);
    put_char(&o, HEX[crc & 0xFu]);
    return finish(&o, buf, cap);
}
