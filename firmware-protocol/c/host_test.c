/*
 * Host test of the C reference encoder against the shared test vectors (../vectors.txt).
 *
 * For every vector it classifies the line on its own (wire_check.c, a small strict checker of
 * the v1 grammar, independent of the Java decoder) and compares with the vector's expectation:
 * category of bad lines, hello fields, frame seq/t/values/dropped, and that the CRC of every
 * valid frame is right.
 * Every `canonical` frame and hello is re-encoded with rs_frame_line / rs_hello_line and compared
 * byte for byte. A few direct checks of the encoder API (overflow, bad arguments) run first.
 *
 * Usage: host_test [vectors.txt]   Prints "N passed, M failed"; exits 1 on any failure.
 *        host_test --capture FILE HELLOS DROPPED MIN_FRAMES
 *            checks a device's raw output: no bad line, exactly HELLOS hellos and DROPPED dropped
 *            frames, at least MIN_FRAMES frames, t_ms never steps backwards (modulo 2^32).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rollsense_proto.h"
#include "wire_check.h"

#define MAX_BYTES 65536

static int passed, failed, vector_failed;
static long file_line;
static const char *file_path = "vectors.txt";

static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%ld: ", file_path, file_line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    vector_failed = 1;
}

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "encoder check failed: %s\n", what);
    }
}



/* Decodes the LINE field escapes into out; returns the length or -1. */
static long unescape(const char *s, char *out)
{
    size_t n = 0;
    unsigned long count;
    char c;
    if (sscanf(s, "@repeat(%c,%lu)", &c, &count) == 2 && strchr(s, ')') != NULL && strchr(s, ')')[1] == '\0') {
        if (count >= MAX_BYTES) return -1;
        memset(out, c, count);
        return (long)count;
    }
    while (*s != '\0') {
        if (n + 1 >= MAX_BYTES) return -1;
        if (*s != '\\') {
            out[n++] = *s++;
            continue;
        }
        s++;
        if (*s == '\\') out[n++] = '\\';
        else if (*s == 't') out[n++] = '\t';
        else if (*s == 'r') out[n++] = '\r';
        else if (*s == 'x' && wc_hexval(s[1]) >= 0 && wc_hexval(s[2]) >= 0) {
            out[n++] = (char)(wc_hexval(s[1]) * 16 + wc_hexval(s[2]));
            s += 2;
        } else return -1;
        s++;
    }
    return (long)n;
}

/* Fixed point with exactly `decimals` decimals from an optionally signed decimal text; -1 if it cannot be. */
static int to_fixed(span f, uint8_t decimals, long long *out)
{
    size_t i = 0, nfrac = 0;
    long long v = 0;
    int neg = 0, in_frac = 0;
    if (f.n > 0 && f.s[0] == '-') {
        neg = 1;
        i = 1;
    }
    if (i == f.n) return -1;
    for (; i < f.n; i++) {
        if (f.s[i] == '.' && !in_frac) {
            in_frac = 1;
            continue;
        }
        if (!wc_is_digit(f.s[i]) || v > 1000000000000LL) return -1;
        v = v * 10 + (f.s[i] - '0');
        if (in_frac) nfrac++;
    }
    if (nfrac > decimals) return -1;
    for (; nfrac < decimals; nfrac++) v *= 10;
    *out = neg ? -v : v;
    return 0;
}

static span span_of(const char *s)
{
    span r;
    r.s = s;
    r.n = strlen(s);
    return r;
}

/* Expectation "key=value" lookup among the tokens; NULL when absent. */
static const char *exp_get(char **tok, int nt, const char *key)
{
    int i;
    size_t kn = strlen(key);
    for (i = 1; i < nt; i++) {
        if (strncmp(tok[i], key, kn) == 0 && tok[i][kn] == '=') return tok[i] + kn + 1;
    }
    return NULL;
}

static int exp_flag(char **tok, int nt, const char *flag)
{
    int i;
    for (i = 1; i < nt; i++) {
        if (strcmp(tok[i], flag) == 0) return 1;
    }
    return 0;
}

static void compare_bytes(const char *what, const char *enc, int len, const char *line, size_t n)
{
    if (len < 0) {
        fail("%s: encoder returned error %d", what, len);
    } else if ((size_t)len != n || memcmp(enc, line, n) != 0) {
        fail("%s: re-encoded line differs:\n  vector:  %.*s\n  encoder: %s", what, (int)n, line, enc);
    }
}

static void check_hello(char **tok, int nt, const parsed *p, const char *line, size_t n)
{
    const char *device = exp_get(tok, nt, "device"), *kind = exp_get(tok, nt, "kind");
    const char *rate = exp_get(tok, nt, "rate"), *unit = exp_get(tok, nt, "unit");
    const char *channels = exp_get(tok, nt, "channels");
    double exp_rate = 0, line_rate = 0;
    if (!device || !kind || !rate || !unit || !channels) {
        fail("hello expectation needs device, kind, rate, unit, channels");
        return;
    }
    wc_parse_dec(span_of(rate), &exp_rate);
    wc_parse_dec(p->rate, &line_rate);
    if (!wc_span_eq(p->device, device) || !wc_span_eq(p->kind_word, kind) || !wc_span_eq(p->unit, unit)
        || exp_rate != line_rate || strtoul(channels, NULL, 10) != p->npos) {
        fail("hello fields differ from the line (device=%.*s kind=%.*s rate=%.*s unit=%.*s channels=%lu)",
             (int)p->device.n, p->device.s, (int)p->kind_word.n, p->kind_word.s, (int)p->rate.n,
             p->rate.s, (int)p->unit.n, p->unit.s, (unsigned long)p->npos);
        return;
    }
    if (exp_flag(tok, nt, "canonical")) {
        static const char *const KINDS[] = {"roller", "balls", "pad"};
        static const char *const UNITS[] = {"raw", "N", "kPa"};
        int32_t pos[RS_MAX_CHANNELS];
        char fw[80], enc[RS_LINE_BUF];
        long long fixed;
        rs_hello h;
        size_t i;
        int k;
        memset(&h, 0, sizeof h);
        h.device = device;
        for (k = 0; k < 3; k++) {
            if (strcmp(kind, KINDS[k]) == 0) h.kind = (rs_kind)k;
            if (strcmp(unit, UNITS[k]) == 0) h.unit = (rs_unit)k;
        }
        if (to_fixed(span_of(rate), 4, &fixed) != 0) {
            fail("canonical hello rate needs at most 4 decimals");
            return;
        }
        h.rate = (uint32_t)fixed;
        h.rate_decimals = 4;
        for (i = 0; i < p->npos; i++) {
            if (to_fixed(p->pos[i], 1, &fixed) != 0) {
                fail("canonical hello pos needs at most 1 decimal");
                return;
            }
            pos[i] = (int32_t)fixed;
        }
        h.pos = pos;
        h.pos_decimals = 1;
        h.channels = (uint8_t)p->npos;
        if (p->has_fw) {
            snprintf(fw, sizeof fw, "%.*s", (int)p->fw.n, p->fw.s);
            h.fw = fw;
        }
        if (p->has_area) {
            if (to_fixed(p->area, 2, &fixed) != 0) {
                fail("canonical hello area needs at most 2 decimals");
                return;
            }
            h.area = (uint32_t)fixed;
            h.area_decimals = 2;
        }
        compare_bytes("hello", enc, rs_hello_line(enc, sizeof enc, &h), line, n);
    }
}

static void check_frame(char **tok, int nt, const parsed *p, unsigned long dropped, const char *line, size_t n)
{
    const char *seq = exp_get(tok, nt, "seq"), *t = exp_get(tok, nt, "t");
    const char *values = exp_get(tok, nt, "values"), *drop = exp_get(tok, nt, "dropped");
    span vs[WC_MAX_VALUES + 1];
    size_t nv, i;
    double d;
    if (!seq || !t || !values) {
        fail("frame expectation needs seq, t, values");
        return;
    }
    if (strtoul(seq, NULL, 10) != p->seq || strtoul(t, NULL, 10) != p->t) {
        fail("seq/t differ: line has seq=%lu t=%lu", p->seq, p->t);
    }
    if ((drop ? strtoul(drop, NULL, 10) : 0ul) != dropped) {
        fail("dropped differs: by the seq jump it is %lu", dropped);
    }
    nv = wc_split(values, strlen(values), ',', vs, WC_MAX_VALUES);
    if (nv != p->nvalues) {
        fail("values: expectation has %lu, line has %lu", (unsigned long)nv, (unsigned long)p->nvalues);
        return;
    }
    for (i = 0; i < nv; i++) {
        if (wc_parse_dec(vs[i], &d) != 0 || d != p->values[i]) {
            fail("value %lu differs: expectation %.*s, line %.*s", (unsigned long)i, (int)vs[i].n,
                 vs[i].s, (int)p->value_text[i].n, p->value_text[i].s);
        }
    }
    if (exp_flag(tok, nt, "canonical")) {
        uint32_t fixed[WC_MAX_VALUES];
        char enc[RS_LINE_BUF];
        long long f;
        for (i = 0; i < nv; i++) {
            if (to_fixed(vs[i], 2, &f) != 0 || f < 0 || f > 0xFFFFFFFFLL) {
                fail("canonical value %.*s needs at most 2 decimals", (int)vs[i].n, vs[i].s);
                return;
            }
            fixed[i] = (uint32_t)f;
        }
        compare_bytes("frame", enc,
                      rs_frame_line(enc, sizeof enc, (uint32_t)p->seq, (uint32_t)p->t, fixed, nv, 2), line, n);
    }
}

static void encoder_checks(void)
{
    char buf[1024];
    uint32_t v[3] = {1250, 5, 0};
    int32_t pos[RS_MAX_CHANNELS];
    rs_hello h;
    int len, i;
    check(rs_crc16("123456789", 9) == 0x29B1, "crc16 check value 29B1");
    check(rs_crc16_update(rs_crc16("1234", 4), "56789", 5) == 0x29B1, "crc16 in two parts");
    len = (int)rs_put_decimal(buf, 16, 1250, 2);
    check(len == 4 && memcmp(buf, "12.5", 4) == 0, "1250 with 2 decimals is 12.5");
    len = (int)rs_put_decimal(buf, 16, 5, 2);
    check(len == 4 && memcmp(buf, "0.05", 4) == 0, "5 with 2 decimals is 0.05");
    len = (int)rs_put_decimal(buf, 16, 4294967295u, 9);
    check(len == 11 && memcmp(buf, "4.294967295", 11) == 0, "uint32 max with 9 decimals");
    check(rs_put_decimal(buf, 3, 1250, 2) == 0, "put_decimal overflow returns 0");
    len = rs_frame_line(buf, sizeof buf, 1, 2, v, 3, 2);
    check(len == 21 && strcmp(buf, "$1,2,12.5,0.05,0*5CF9") == 0, "frame line $1,2,12.5,0.05,0*5CF9");
    check(len > 0 && strlen(buf) == (size_t)len, "frame line length and NUL");
    memset(buf, 'Z', sizeof buf);
    check(rs_frame_line(buf, (size_t)len, 1, 2, v, 3, 2) == RS_ERR_OVERFLOW && buf[0] == '\0'
          && buf[len] == 'Z', "frame line one byte short overflows, writes nothing past cap");
    check(rs_frame_line(buf, (size_t)len + 1, 1, 2, v, 3, 2) == len, "frame line exact fit");
    check(rs_frame_line(buf, sizeof buf, 1, 2, v, 0, 2) == RS_ERR_ARG, "frame with 0 channels");
    check(rs_frame_line(buf, sizeof buf, 1, 2, v, 3, 10) == RS_ERR_ARG, "frame with 10 decimals");
    memset(&h, 0, sizeof h);
    for (i = 0; i < RS_MAX_CHANNELS; i++) pos[i] = -10005;
    h.device = "r1";
    h.rate = 100;
    h.pos = pos;
    h.pos_decimals = 1;
    h.channels = 1;
    pos[0] = INT32_MIN;
    len = rs_hello_line(buf, sizeof buf, &h);
    check(len > 0 && strcmp(buf, "#HELLO v=1 device=r1 kind=roller rate=100 unit=raw pos=-214748364.8") == 0,
          "hello with INT32_MIN position");
    pos[0] = -10005;
    h.channels = RS_MAX_CHANNELS;
    check(rs_hello_line(buf, sizeof buf, &h) == RS_ERR_TOO_LONG, "hello over 512 bytes is refused");
    h.channels = 1;
    h.device = "bad id";
    check(rs_hello_line(buf, sizeof buf, &h) == RS_ERR_ARG, "device id with a space is refused");
    h.device = "r+1";
    check(rs_hello_line(buf, sizeof buf, &h) == RS_ERR_ARG, "device id with an MQTT wildcard is refused");
}

/* Checks a raw capture of a device's output (see the usage at the top). */
static int run_capture(const char *path, long want_hellos, long want_dropped, long min_frames)
{
    static char data[1 << 20];
    static parsed p;
    FILE *f = fopen(path, "rb");
    size_t n, start = 0, i;
    long hellos = 0, frames = 0, logs = 0, bad = 0, dropped = 0;
    int have_hello = 0, have_last = 0;
    size_t channels = 0;
    unsigned long last_seq = 0, last_t = 0;
    if (f == NULL) {
        perror(path);
        return 2;
    }
    n = fread(data, 1, sizeof data, f);
    fclose(f);
    file_path = path;
    for (i = 0; i < n; i++) {
        size_t len;
        if (data[i] != '\n') continue;
        len = i - start;
        file_line++;
        if (len > 0 && data[start + len - 1] == '\r') len--;
        if (len > 0) {
            wc_classify(data + start, len, have_hello, channels, &p);
            if (p.kind == K_HELLO) {
                hellos++;
                have_hello = 1;
                have_last = 0;
                channels = p.npos;
            } else if (p.kind == K_LOG) {
                logs++;
            } else if (p.kind == K_FRAME) {
                frames++;
                if (have_last) {
                    dropped += (long)((p.seq - last_seq - 1ul) & 0xFFFFFFFFul);
                    if (((p.t - last_t) & 0xFFFFFFFFul) >= 0x80000000ul) fail("t_ms stepped backwards");
                }
                have_last = 1;
                last_seq = p.seq;
                last_t = p.t;
            } else {
                bad++;
                fail("bad %s: %.*s", WC_CATEGORY[p.cat], (int)(len > 80 ? 80 : len), data + start);
            }
        }
        start = i + 1;
    }
    if (start != n) fail("output does not end with a line terminator");
    printf("capture %s: %ld hellos, %ld frames, %ld logs, %ld bad, %ld dropped\n", path, hellos, frames, logs,
           bad, dropped);
    if (hellos != want_hellos) fail("expected %ld hellos", want_hellos);
    if (dropped != want_dropped) fail("expected %ld dropped frames", want_dropped);
    if (frames < min_frames) fail("expected at least %ld frames", min_frames);
    return vector_failed ? 1 : 0;
}

int main(int argc, char **argv)
{
    static char raw[MAX_BYTES * 2], bytes[MAX_BYTES];
    const char *path = argc > 1 ? argv[1] : "vectors.txt";
    FILE *f;
    int have_hello = 0, have_last = 0, vectors = 0;
    size_t channels = 0;
    unsigned long last_seq = 0;
    if (argc == 6 && strcmp(argv[1], "--capture") == 0) {
        return run_capture(argv[2], atol(argv[3]), atol(argv[4]), atol(argv[5]));
    }
    file_path = path;
    f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 2;
    }
    encoder_checks();
    while (fgets(raw, sizeof raw, f) != NULL) {
        char *tab, *tok[32], *save;
        int nt = 0;
        long n;
        static parsed p;
        file_line++;
        raw[strcspn(raw, "\n")] = '\0';
        if (raw[0] == '\0' || strncmp(raw, "//", 2) == 0) continue;
        vectors++;
        vector_failed = 0;
        tab = strchr(raw, '\t');
        if (tab == NULL) {
            fail("no TAB between expectation and line");
            failed++;
            continue;
        }
        *tab = '\0';
        n = unescape(tab + 1, bytes);
        for (save = strtok(raw, " "); save != NULL && nt < 32; save = strtok(NULL, " ")) tok[nt++] = save;
        if (n <= 0 || nt == 0) {
            fail("bad LINE escape or empty expectation");
            failed++;
            continue;
        }
        if (bytes[n - 1] == '\r') n--; /* a CRLF line ending */
        wc_classify(bytes, (size_t)n, have_hello, channels, &p);
        if (strcmp(tok[0], "bad") == 0) {
            if (nt < 2 || p.kind != K_BAD || strcmp(tok[1], WC_CATEGORY[p.cat]) != 0) {
                fail("expected bad %s, the line is %s", nt < 2 ? "?" : tok[1],
                     p.kind == K_BAD ? WC_CATEGORY[p.cat] : p.kind == K_LOG ? "a log line" : "valid");
            }
        } else if (strcmp(tok[0], "log") == 0) {
            if (p.kind != K_LOG) fail("expected a log line");
        } else if (strcmp(tok[0], "hello") == 0) {
            if (p.kind != K_HELLO) {
                fail("expected a hello, the line is %s", p.kind == K_BAD ? WC_CATEGORY[p.cat] : "not one");
            } else {
                check_hello(tok, nt, &p, bytes, (size_t)n);
                have_hello = 1;
                have_last = 0;
                channels = p.npos;
            }
        } else if (strcmp(tok[0], "frame") == 0) {
            if (p.kind != K_FRAME) {
                fail("expected a frame, the line is %s", p.kind == K_BAD ? WC_CATEGORY[p.cat] : "not one");
            } else {
                unsigned long dropped = have_last ? ((p.seq - last_seq - 1ul) & 0xFFFFFFFFul) : 0ul;
                check_frame(tok, nt, &p, dropped, bytes, (size_t)n);
                have_last = 1;
                last_seq = p.seq;
            }
        } else {
            fail("unknown expectation '%s'", tok[0]);
        }
        if (vector_failed) failed++;
        else passed++;
    }
    fclose(f);
    if (vectors == 0) {
        fprintf(stderr, "%s: no vectors\n", path);
        failed++;
    }
    printf("%d passed, %d failed (%d vectors from %s plus encoder checks)\n", passed, failed, vectors, path);
    return failed == 0 ? 0 : 1;
}
