package io.rollsense.sim;

/**
 * The truth behind one simulated sample, whether or not its frame reached the wire.
 *
 * @param sampleIndex    index of the sample from 0 (frame seq minus the first seq, before any wrap)
 * @param elapsedMs      ms since the first frame
 * @param pressureKpa    noise-free pressure per taxel in kPa (a fresh array per sample)
 * @param spineMm        true lateral spine position in device coordinates, mm
 * @param spinePressureKpa highest noise-free taxel pressure within ±20 mm of the true spine (0 when none)
 * @param peakKpa        highest noise-free taxel pressure
 * @param sent           false when the frame was dropped or replaced by a bad line
 */
public record SimFrameTruth(long sampleIndex, long elapsedMs, double[] pressureKpa, double spineMm,
                            double spinePressureKpa, double peakKpa, boolean sent) {
}
