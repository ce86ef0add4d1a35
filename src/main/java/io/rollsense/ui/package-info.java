/**
 * The live chart view: what someone lying on a roller sees from a metre or two away.
 *
 * <pre>
 *  analyzer thread                         │  Swing event thread (javax.swing.Timer, 20 Hz)
 *  PipelineListener = LiveFeed             │  LiveWindow.tick()
 *    onField  → SampleRing.append (lock-free, single writer, volatile publish)
 *    onEvent / onStatus / onHello → ConcurrentLinkedQueue
 *    latest field → volatile reference     │    drain queue → LiveState (alerts, rhythm, status)
 *                                          │    AlertBanner, RhythmPanel, AlertListPanel, StatusLine
 *                                          │    SoundToggle: M mutes the audio.AudioCoach (its own thread)
 *                                          │    SampleRing.copySince → report.Decimator (min/max per
 *                                          │      pixel column) → ColumnDataset → TimeChart (≤ 10 Hz)
 *                                          │    ProfileChart (width profile, spine zone)
 * </pre>
 *
 * <p>Nothing here blocks the analyzer thread: the listener only appends or enqueues. There is
 * never one {@code invokeLater} per frame. {@link io.rollsense.sink.ConsoleReporter} is the headless
 * counterpart (status lines, alerts, rhythm cues on the console). Window length, window bounds and
 * sound on/off are remembered in {@code live-view.properties} in the user's config dir.
 */
package io.rollsense.ui;
