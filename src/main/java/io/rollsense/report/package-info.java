/**
 * Reports of a session: the charts ({@link io.rollsense.report.SessionCharts}: timeline, width-profile
 * heat map, cadence; {@link io.rollsense.report.TrendChart}: across sessions), shared with the review
 * window, and the HTML page with PNG charts ({@link io.rollsense.report.ReportWriter}). Long series are
 * decimated per pixel column ({@link io.rollsense.report.Decimator}). Headless; no threads of its own
 * except two short-lived chart renderers in {@code ReportWriter}.
 */
package io.rollsense.report;
