/**
 * Sessions: crash-safe recording, reading, the library, summaries, trend and export.
 *
 * <pre>
 *  analyzer thread                         session-writer thread           file (docs/session-format.md)
 *  SessionRecorder (a PipelineListener) ─► SessionWriter buffer ─200 ms─► &lt;id&gt;.rsession, append-only,
 *    formats records in memory               swap + write + (close) fsync    one record per line, locked while
 *                                                                            recorded
 *  any thread: SessionReader ─► SessionVisitor (SessionData, SummaryBuilder, review playback's source, analyze)
 *              SessionLibrary / SessionRecovery: list, resolve ID|PATH, close unfinished sessions
 *  review playback reads a session through pipeline.SessionSource (the one pipeline and pacer)
 * </pre>
 *
 * Errors: a write failure stops recording with one notice and never reaches the pipeline; a
 * damaged record is skipped and counted; I/O exceptions name the file.
 */
package io.rollsense.session;
