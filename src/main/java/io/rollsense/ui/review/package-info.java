/**
 * The review window ({@code rollsense review}): the whole session on a zoomable timeline, the alert
 * list, and playback at 1–10× through the live view ({@link io.rollsense.ui.LiveView}) fed by an
 * {@link io.rollsense.api.Playback} of the command's player (the one pipeline and pacer, with sound).
 * Swing event thread only; the playback's listeners run on its analyzer thread.
 */
package io.rollsense.ui.review;
