/**
 * RollSense: a self-massage coach for sensor foam rollers and tennis-ball pads.
 *
 * <h2>One pipeline, live and offline</h2>
 * <pre>
 *  thread:  one reader per source              |  "rollsense-analyzer" (one per pipeline)       | consumers
 *           "source-serial-/dev/ttyUSB0"        |                                                |
 *           "MQTT Call: rollsense-live-..." (Paho)                                               |
 *           "source-replay-FILE", "source-DEVICE" (simulator)                                    |
 *
 *  source ──bytes──► protocol.LineDecoder ──► bounded queue ──► core.DeviceAnalysis ──► api.PipelineListener, in order:
 *  serial (jSerialComm)  hello | frame | log     (full = a counted     one per device: the one rule     ui.LiveView (a Swing Timer on the
 *  mqtt (Paho)           | bad line (counted,     drop, never          for a new hello, then             EDT pulls a snapshot at 20 Hz)
 *  file / simulator      never thrown)           blocks)              core.Analyzer: calibrate →       sink.ConsoleReporter / LiveJson
 *                                                                      smooth → PressureField →          → sink.LinePrinter queue →
 *                                                                      alert detectors → rhythm          "rollsense-printer" → terminal
 *                                                                                                        session.SessionRecorder →
 *                                                                                                        "session-writer" (every 200 ms)
 *                                                                                                        audio.AudioCoach: cues → bounded
 *                                                                                                        queue → "rollsense-audio" mixer →
 *                                                                                                        speaker line and/or WAV file
 *
 *  review playback is a pipeline too: pipeline.SessionPlayback, source "source-session-FILE" paced by
 *  the one source.Pacer, into the review's live view and its own audio coach (app.ReviewPlayer).
 *  offline, on the calling thread: analyze (pipeline.CaptureAnalysis) and evaluate (eval.*) feed
 *  core.DeviceAnalysis the same way, so a replay gives the live run's events
 *  (pipeline.ReplayEqualsLiveIT checks every source).
 *  Other threads: "rollsense-shutdown" (Ctrl-C), "rollsense-speech" (FreeTTS),
 *  "rollsense-audio-device" (opens the speaker), "report-chart".
 * </pre>
 *
 * <h2>Packages (arrows are imports; no cycles)</h2>
 * <pre>
 *  cli      ──► any package below (commands and option mixins only)
 *  app      ──► any package but cli (a command's run: outputs, review player, start window actions)
 *  eval     ──► sim, core                       sink    ──► session (EventCodec), api, core
 *  pipeline ──► source, sim, session, api, core ui      ──► report, session, audio, sink (Wording), api, core
 *  source   ──► sim, protocol                   report  ──► session, core
 *  sim      ──► protocol                        session ──► api, core
 *                                               audio   ──► api, core
 *  api      ──► core ──► protocol
 *  session, ui and report never import pipeline or app (checked by ImportRulesTest).
 * </pre>
 * <ul>
 *   <li>{@code protocol}: wire format v1 (hello, frame, CRC, streaming decoder, encoder). Imports nothing of ours.</li>
 *   <li>{@code core}: pure analysis in device time: no I/O, threads, Swing or clocks.
 *       {@link io.rollsense.core.DeviceAnalysis} pairs a device with its analyzer for every command.</li>
 *   <li>{@code sim}: body-and-roller model, scenarios, ground truth, simulated people following routines.</li>
 *   <li>{@code routine}: guided routines: model, YAML file format, built-ins, and the pure step-by-step
 *       judge fed (on the analyzer thread, through {@code pipeline.RoutineCoach}) the same fields and events.</li>
 *   <li>{@code source}: serial, MQTT, file replay and simulator sources; reconnection.</li>
 *   <li>{@code api}: the contracts (listener, control, recording control, status events) that session, ui and
 *       report may import.</li>
 *   <li>{@code pipeline}: the wiring of sources to the analyzer thread and its listeners, live, offline
 *       and in review playback; latency (HdrHistogram).</li>
 *   <li>{@code app}: what a command's run is made of (live outputs in order, the review player with
 *       sound, the start window's actions, session setup, file analysis, simulation spec).</li>
 *   <li>{@code sink}: JSON lines and the headless console, printed off the analyzer thread.</li>
 *   <li>{@code eval}: accuracy evaluation against simulator truth and the real recordings in {@code data/}.</li>
 *   <li>{@code session}: crash-safe recording, reading, library, summaries, export.</li>
 *   <li>{@code audio}: eyes-free coaching: metronome, earcons, spoken cues, one mixer into the speaker and WAV.</li>
 *   <li>{@code report}: PNG/HTML reports. {@code ui}: live and review windows.</li>
 *   <li>{@code cli}: picocli commands and option mixins only; only {@code Main} picks an exit code.</li>
 * </ul>
 */
package io.rollsense;
