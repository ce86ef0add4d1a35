/**
 * RollSense: a self-massage coach for sensor foam rollers and tennis-ball pads.
 *
 * <h2>One pipeline, live and offline</h2>
 * <pre>
 *  thread:  one reader thread per source      |  the analyzer thread (one)                 | Swing EDT / writers
 *           ("rollsense-serial-/dev/ttyUSB0",  |  ("rollsense-analyzer")                    |
 *            "rollsense-mqtt-...", "-sim")     |                                            |
 *
 *  source ──bytes──► protocol.LineDecoder ──► bounded queue ──► core.Analyzer (one per device) ──► api.PipelineListener sinks
 *  serial (jSerialComm)  hello | frame | log     (full queue =     calibrate → smooth →            ui.LiveView (a javax.swing.Timer
 *  mqtt (Paho)           | bad line (counted,     a counted drop,  PressureField (total, centre      at 20–30 Hz pulls a snapshot)
 *  capture / session     never thrown)           never blocks)    of pressure, spine line, spine   alert notifiers (banner, sound,
 *  sim.Simulator                                                   pressure, peak) → alert            console, JSON lines)
 *                                                                  detectors → rhythm detector      session recorder (buffered,
 *                                                                                                    flushed every second)
 * </pre>
 *
 * <ul>
 *   <li>{@code protocol}: wire format v1 (hello, frame, CRC, streaming decoder, encoder). Imports nothing of ours.</li>
 *   <li>{@code core}: pure analysis in device time: no I/O, threads, Swing or clocks. The same code runs
 *       live, in {@code analyze}, in review and in reports, so a replay gives the live run's events.</li>
 *   <li>{@code sim}: body-and-roller model, scenarios, ground truth.</li>
 *   <li>{@code source}: serial, MQTT, file replay and simulator sources; reconnection.</li>
 *   <li>{@code api}: the contracts (listener, control, recording control, status events) that session, ui and
 *       report may import.</li>
 *   <li>{@code pipeline}: the wiring of sources to the analyzer thread and its listeners, live and offline.</li>
 *   <li>{@code sink}: JSON lines and the headless console. {@code eval}: accuracy evaluation.</li>
 *   <li>{@code session}: crash-safe recording, reading, library, summaries, export.</li>
 *   <li>{@code report}: PNG/HTML reports. {@code ui}: live and review windows.</li>
 *   <li>{@code cli}: picocli commands; only {@code Main} picks an exit code.</li>
 * </ul>
 */
package io.rollsense;
