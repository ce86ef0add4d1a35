/*
 * Host stand-in for the few Arduino core calls the example sketch uses, so `make test` can
 * compile the sketch with g++ and run it on a simulated clock (sim_main.cpp). This is a test
 * harness, not hardware support: it checks that the sketch builds and streams valid protocol.
 */
#ifndef ROLLSENSE_HOST_ARDUINO_H
#define ROLLSENSE_HOST_ARDUINO_H

#include <stddef.h>
#include <stdint.h>

enum { A0 = 14, A1, A2, A3, A4, A5, A6, A7 };

uint32_t millis();
uint32_t micros();
int analogRead(uint8_t pin);

/** Serial: writes go to the capture file, reads come from the scripted host input. */
class HostSerial {
public:
    void begin(uint32_t baud);
    size_t write(const char *data, size_t len);
    size_t write(char c);
    int available();
    int read();
};

extern HostSerial Serial;

#endif
