/**
 * The signal-processing core: pure, deterministic analysis of one device's frames in device time
 * (no I/O, threads, Swing or clocks), owned by one thread.
 *
 * <pre>
 *  Frame (hello's unit)
 *    │  Calibration: tare offset, gain, FSR curve (raw/kPa → kPa; N → N, then ÷ area × 1000)
 *    │  Tare: automatic over 1 s unloaded stretches, or on request
 *    ▼
 *  measured kPa per taxel ──► SlidingMedian (≈90 ms) ──► iirj Butterworth 8 Hz ──► filtered kPa
 *    │                                   │ glitch-free kPa                          │
 *    ▼                                   ▼                                          ▼
 *  PressureField: total, COP,      RhythmDetector (RawZero for raw        AlertDetector × 2 (overpressure on the
 *  spine line (SpineLine, 0.5 s),  devices): RhythmSignals in 100 ms bins  highest taxel, spine on the spine zone):
 *  spine pressure (±zone), peak    → PeriodicFit (line + 2 harmonics)       debounce, hysteresis, measured peaks
 *                                  → StrokePhase: Stroke, Cadence (1/s)     → AlertRaised / AlertCleared
 * </pre>
 *
 * Entry points: {@link io.rollsense.core.Analyzer}, {@link io.rollsense.core.Calibration},
 * {@link io.rollsense.core.AnalysisSettings}; rationale and figures in docs/thresholds.md,
 * docs/calibration.md, docs/accuracy.md and docs/performance.md.
 */
package io.rollsense.core;
