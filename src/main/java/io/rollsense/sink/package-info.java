/**
 * Text output of analysis: JSON lines ({@link io.rollsense.sink.EventJson} for {@code analyze --json},
 * {@link io.rollsense.sink.LiveJson} for {@code live --json}) and the headless console
 * ({@link io.rollsense.sink.ConsoleReporter}). Listeners here are called on the analyzer thread.
 */
package io.rollsense.sink;
