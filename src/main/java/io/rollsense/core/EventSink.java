package io.rollsense.core;

/** Receives analysis events on the analyzer's thread, in time order. Must not throw. */
@FunctionalInterface
public interface EventSink {
    void accept(AnalysisEvent event);
}
