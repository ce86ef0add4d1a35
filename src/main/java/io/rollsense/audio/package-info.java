/**
 * Eyes-free coaching (issue 11): a metronome at the target pace, earcons for alerts and device
 * trouble, and spoken cues (FreeTTS, offline), through one software mixer into the speaker and,
 * with {@code audio-out}, a WAV file of exactly the same sound.
 *
 * <pre>
 *  analyzer thread             │  "rollsense-audio" (one mixer thread)                      │ outputs
 *  AudioCoach (listener)       │                                                            │
 *    onField → volatile Tick ──┼─► AudioClock (device time → samples; free-runs when frames │
 *    onEvent/onStatus ──► bounded queue ──► CoachRules (earcons, alert repeats, pace, time) │
 *  announce(text, priority) ──►│      Metronome (exact beats, off-pace fade)                │
 *    (any thread)              │      SpeechScheduler (no overlap, urgent first, no repeats)│
 *                              │      SoundMixer: 10 ms blocks, volume, mute, limiter ──────┼─► LineOutput (SourceDataLine,
 *  "rollsense-speech":         │                                                            │     opened on "rollsense-audio-device")
 *    SpeechEngine (FreeTTS     │◄── words (cached floats)                                   │─► WavWriter (same blocks)
 *    kevin16, 16 kHz)          │                                                            │
 * </pre>
 *
 * <p>Everything runs at 16 kHz mono, the voice's own rate. Settings: {@link io.rollsense.audio.SoundSettings};
 * what each sound means: {@code docs/sound.md}.
 */
package io.rollsense.audio;
