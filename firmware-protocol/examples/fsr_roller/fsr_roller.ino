/*
 * RollSense example firmware: a foam roller with N force-sensitive resistors (FSRs).
 *
 * Each FSR forms a voltage divider with a 10 kOhm resistor into one analog pin. The sketch
 * samples all pins at a fixed rate and streams wire protocol v1 over Serial (USB):
 *   - a log line and the hello on start, the hello again every HELLO_EVERY_MS and whenever the
 *     host sends the line "#HELLO?" (all other input is ignored);
 *   - one frame per sample: "$<seq>,<t_ms>,<raw0>,...*<CRC>" in raw ADC counts (the host
 *     calibrates and tares); a saturated FSR is sent as ADC_MAX, never clamped to 0, and
 *     announced once with a "#saturated chN" log line;
 *   - if the loop ever falls behind by more than one period, the missed samples are skipped and
 *     seq jumps by their number, so the host counts them as dropped frames.
 *
 * Build: copy ../../c/rollsense_proto.h and ../../c/rollsense_proto.c into this folder (the
 * Arduino IDE only compiles files inside the sketch folder), then upload. See ../../README.md.
 * No malloc, no printf, no floating point.
 */
#include <string.h>
#include "rollsense_proto.h"

/* ---- configuration: edit for your hardware ---- */
static const uint8_t PINS[] = {A0, A1, A2, A3, A4, A5};
#define CHANNELS (sizeof PINS / sizeof PINS[0])
/* Lateral position of each FSR in tenths of a mm (pos_decimals = 1), left of centre negative. */
static const int32_t POS_TENTHS_MM[CHANNELS] = {-750, -450, -150, 150, 450, 750};
static const char DEVICE_ID[] = "fsr-roller-01";
static const char FW_VERSION[] = "1.0.0";
static const uint32_t RATE_HZ = 100;         /* 20..1000 */
static const uint32_t BAUD = 115200;
static const uint32_t HELLO_EVERY_MS = 5000; /* periodic hello, so a late host catches up */
static const uint32_t ADC_MAX = 1023;        /* 10-bit ADC full scale = saturated */
/* ------------------------------------------------ */

static const uint32_t PERIOD_US = 1000000UL / RATE_HZ;

static char line[RS_LINE_BUF];
static uint32_t seq;
static uint32_t next_sample_us;
static uint32_t last_hello_ms;
static uint32_t values[CHANNELS];
static bool saturated[CHANNELS];
static char input[16];
static uint8_t input_len;
static bool input_overflow;

static void send_line(int len)
{
    if (len > 0) {
        Serial.write(line, (size_t)len);
        Serial.write('\n');
    }
}

static void send_log(const char *text, uint32_t number)
{
    size_t n = 0, t = strlen(text);
    line[n++] = '#';
    memcpy(line + n, text, t);
    n += t;
    n += rs_put_decimal(line + n, sizeof line - n - 1, number, 0);
    line[n] = '\0';
    send_line((int)n);
}

static void send_hello(void)
{
    rs_hello h;
    memset(&h, 0, sizeof h);
    h.device = DEVICE_ID;
    h.kind = RS_KIND_ROLLER;
    h.rate = RATE_HZ;
    h.unit = RS_UNIT_RAW;
    h.pos = POS_TENTHS_MM;
    h.pos_decimals = 1;
    h.channels = (uint8_t)CHANNELS;
    h.fw = FW_VERSION;
    send_line(rs_hello_line(line, sizeof line, &h));
    last_hello_ms = millis();
}

/* Collects input lines; answers "#HELLO?" (with or without CR) and ignores everything else. */
static void poll_input(void)
{
    while (Serial.available() > 0) {
        int c = Serial.read();
        if (c < 0) {
            return;
        }
        if (c == '\n') {
            if (!input_overflow && input_len > 0 && input[input_len - 1] == '\r') {
                input_len--;
            }
            if (!input_overflow && input_len == 7 && memcmp(input, "#HELLO?", 7) == 0) {
                send_hello();
            }
            input_len = 0;
            input_overflow = false;
        } else if (input_len < sizeof input) {
            input[input_len++] = (char)c;
        } else {
            input_overflow = true;
        }
    }
}

static void sample_and_send(uint32_t t_ms)
{
    uint8_t i;
    for (i = 0; i < CHANNELS; i++) {
        values[i] = (uint32_t)analogRead(PINS[i]);
    }
    send_line(rs_frame_line(line, sizeof line, seq, t_ms, values, CHANNELS, 0));
    seq++; /* wraps to 0 after 4294967295, as the protocol wants */
    for (i = 0; i < CHANNELS; i++) {
        bool sat = values[i] >= ADC_MAX;
        if (sat && !saturated[i]) {
            send_log("saturated ch", i);
        }
        saturated[i] = sat;
    }
}

void setup()
{
    Serial.begin(BAUD);
    send_log("boot fsr_roller channels=", (uint32_t)CHANNELS);
    send_hello();
    next_sample_us = micros();
}

void loop()
{
    uint32_t now_us, late_us;
    poll_input();
    now_us = micros();
    late_us = now_us - next_sample_us; /* unsigned: correct across the micros() wrap */
    if ((int32_t)late_us < 0) {
        return; /* not yet time */
    }
    if (late_us >= PERIOD_US) { /* fell behind: skip the missed samples, let seq show them */
        uint32_t missed = late_us / PERIOD_US;
        seq += missed;
        next_sample_us += missed * PERIOD_US;
    }
    next_sample_us += PERIOD_US;
    sample_and_send(millis());
    if (millis() - last_hello_ms >= HELLO_EVERY_MS) {
        send_hello();
    }
}
