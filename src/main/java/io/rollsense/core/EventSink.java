package io.rollsense.core;

/**
 * Receives analysis events on the analyzer's thread, in the order the analyzer decides them. Event
 * times are mostly increasing, with three documented exceptions: an alert is raised after its
 * debounce, so {@code AlertRaised.startMs} lies up to a few hundred ms before the frame that
 * delivered it; an {@code AlertCleared} carries the end where the pressure fell, 300 ms before it
 * is delivered; strokes seen before the rhythm is confirmed are delivered once it is, with their own
 * earlier times. Must not throw.
 */
@FunctionalInterface
public interface EventSink {
    void accept(AnalysisEvent event);
}
