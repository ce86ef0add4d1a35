/**
 * The review window ({@code rollsense review}): the whole session on a zoomable timeline, the alert
 * list, and playback at 1–10× through the live view ({@link io.rollsense.ui.LiveView}) fed by a
 * {@link io.rollsense.session.SessionReplay}. Swing event thread only, except the replay's own thread.
 */
package io.rollsense.ui.review;
