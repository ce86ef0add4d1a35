/*
 * Runs the example sketch on a simulated clock for SIM_SECONDS and writes its serial output to
 * the file given as argv[1]. The simulation starts 1.5 s before millis() and micros() wrap,
 * sends the host lines in HOST_INPUT at their times, stalls the loop once for STALL_US (the
 * sketch must skip those samples and let seq show them), and saturates channel 2 for a while.
 * host_test --capture then checks the output (see the Makefile for the expected counts).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "Arduino.h"

void setup();
void loop();

static const uint64_t START_US = (4294967296ULL - 1500ULL) * 1000ULL; /* 1.5 s before the wraps */
static const uint64_t SIM_SECONDS = 7;
static const uint64_t LOOP_US = 50;          /* simulated time one loop() call takes */
static const uint64_t STALL_AT_US = 3000000; /* once, loop() takes STALL_US instead */
static const uint64_t STALL_US = 35000;      /* right after a sample at 100 Hz: 2 samples skipped */

static const struct {
    uint64_t at_us;
    const char *text;
} HOST_INPUT[] = {
    {1200000, "noise from a terminal\r\n"},
    {1300000, "#HELLO?\r\n"},   /* answered: hello number 2 */
    {2000000, "#HELLO?x\n"},    /* ignored */
    {2100000, "#HELLO\n"},      /* ignored */
};

static uint64_t now_us = START_US;
static FILE *out;
static char pending[256];
static size_t pending_len, pending_pos;

HostSerial Serial;

uint32_t millis() { return (uint32_t)(now_us / 1000ULL); }
uint32_t micros() { return (uint32_t)now_us; }

int analogRead(uint8_t pin)
{
    double t = (double)(now_us - START_US) / 1e6;
    double ch = (double)(pin - A0);
    double centre = 2.5 + 2.5 * sin(2.0 * M_PI * t / 2.0); /* roller rocks across 6 FSRs */
    double v = 20.0 + 900.0 * exp(-(ch - centre) * (ch - centre));
    if (pin == A2 && t > 4.0 && t < 4.5) {
        return 1023; /* pressed hard: the ADC saturates */
    }
    return (int)v;
}

void HostSerial::begin(uint32_t) {}

size_t HostSerial::write(const char *data, size_t len) { return fwrite(data, 1, len, out); }

size_t HostSerial::write(char c) { return fputc(c, out) == EOF ? 0 : 1; }

int HostSerial::available() { return (int)(pending_len - pending_pos); }

int HostSerial::read() { return pending_pos < pending_len ? (unsigned char)pending[pending_pos++] : -1; }

int main(int argc, char **argv)
{
    size_t next_input = 0;
    bool stalled = false;
    if (argc != 2 || (out = fopen(argv[1], "wb")) == NULL) {
        fprintf(stderr, "usage: sim_main OUTPUT_FILE\n");
        return 2;
    }
    setup();
    while (now_us - START_US < SIM_SECONDS * 1000000ULL) {
        uint64_t elapsed = now_us - START_US;
        if (next_input < sizeof HOST_INPUT / sizeof HOST_INPUT[0] && elapsed >= HOST_INPUT[next_input].at_us) {
            const char *text = HOST_INPUT[next_input++].text;
            memcpy(pending, text, strlen(text));
            pending_len = strlen(text);
            pending_pos = 0;
        }
        loop();
        if (!stalled && elapsed >= STALL_AT_US) {
            stalled = true;
            now_us += STALL_US;
        } else {
            now_us += LOOP_US;
        }
    }
    return fclose(out) == 0 ? 0 : 1;
}
