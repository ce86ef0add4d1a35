package io.rollsense.audio;

import io.rollsense.api.StatusEvent;
import io.rollsense.core.AlertKind;
import io.rollsense.core.AnalysisEvent;
import io.rollsense.core.AnalysisSettings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to play for what happened: earcons for alerts (repeated, spaced out, until they clear),
 * back-in-range, device and recording trouble; spoken cues for alerts and pace; the session time.
 * Pace is judged from the analyzer's once-a-second cadence against the target band, with
 * {@link #PACE_SECONDS} seconds of agreement before a change counts, for each device apart (with
 * several devices every device is coached, and a spoken cue names its device). Times are mixer samples.
 * Used only by the audio thread.
 */
final class CoachRules {
    static final String OFF_SPINE = "off the spine";
    static final String LIGHTER = "lighter";
    static final String SLOWER = "roll slower";
    static final String FASTER = "a little faster";
    static final String GOOD_PACE = "good pace";
    /** Phrases synthesised ahead, at start. */
    static final List<String> COMMON = List.of(OFF_SPINE, LIGHTER, SLOWER, FASTER, GOOD_PACE);
    /** Consecutive cadence reports that must agree before the pace counts as changed. */
    static final int PACE_SECONDS = 3;
    /** Shortest time between two identical pace cues while the pace stays off. */
    static final long PACE_REPEAT_MS = 20_000;
    /** First repeat of an alert earcon, growth per repeat, longest spacing. */
    static final long REPEAT_FIRST_MS = 3_000;
    static final double REPEAT_GROWTH = 1.5;
    static final long REPEAT_MAX_MS = 9_000;

    private enum Pace { UNKNOWN, SLOW, IN, FAST }

    private final SoundSettings sound;
    private volatile double minSpm; // written by band() from the routine's thread, read by the audio thread
    private volatile double maxSpm;
    private final SoundMixer mixer;
    private final SpeechScheduler speech;
    private final Metronome metronome;
    private final Map<Earcon, float[]> earcons = Synth.earcons();
    /** Alerts and pace of each device ({@code live --device +}: every device is coached). */
    private final Map<String, DeviceCues> devices = new LinkedHashMap<>();
    private long nextTimeMs;
    private boolean recordingFailed;

    /** A new target band for the pace cues, strokes/min (a guided routine's step); any thread. */
    void band(double min, double max) {
        minSpm = min;
        maxSpm = max;
    }

    /** @param metronome the metronome, or null when off */
    CoachRules(SoundSettings sound, AnalysisSettings analysis, SoundMixer mixer, SpeechScheduler speech,
               Metronome metronome) {
        this.sound = sound;
        this.minSpm = analysis.targetMinSpm();
        this.maxSpm = analysis.targetMaxSpm();
        this.mixer = mixer;
        this.speech = speech;
        this.metronome = metronome;
        this.nextTimeMs = sound.sayTimeEveryMin() * 60_000L;
    }

    /** The cue state of one device. */
    private static final class DeviceCues {
        final Map<AlertKind, long[]> raised = new EnumMap<>(AlertKind.class); // {next sample, spacing ms}
        Pace pace = Pace.UNKNOWN;
        Pace candidate = Pace.UNKNOWN;
        int agreeing;
        long lastPaceCueMs = Long.MIN_VALUE / 2;
    }

    /**
     * An analysis event of {@code device} to play from sample {@code at}; {@code deviceMs} = device
     * time now (of the device the clock follows). With several devices the spoken cues name the device.
     *
     * @param clockDevice whether {@code device} is the one the clock follows (its pace drives the metronome)
     */
    void onEvent(String device, boolean clockDevice, AnalysisEvent e, long at, long deviceMs, long causeNanos) {
        DeviceCues d = devices.computeIfAbsent(String.valueOf(device), k -> new DeviceCues());
        if (e instanceof AnalysisEvent.AlertRaised r && !d.raised.containsKey(r.kind())) {
            Earcon earcon = r.kind() == AlertKind.SPINE ? Earcon.SPINE : Earcon.TOO_HARD;
            earcon(earcon, at, causeNanos);
            d.raised.put(r.kind(), new long[] {at + samples(REPEAT_FIRST_MS), REPEAT_FIRST_MS});
            boolean spine = r.kind() == AlertKind.SPINE; // the spine comes first: never press on it
            say(device, spine ? OFF_SPINE : LIGHTER, spine ? CuePriority.URGENT : CuePriority.HIGH, at, causeNanos);
        } else if (e instanceof AnalysisEvent.AlertCleared c && d.raised.remove(c.kind()) != null && d.raised.isEmpty()) {
            earcon(Earcon.BACK_IN_RANGE, at, causeNanos);
        } else if (e instanceof AnalysisEvent.Cadence c) {
            cadence(device, d, clockDevice, c.spm(), at, deviceMs, causeNanos);
        }
    }

    private void cadence(String device, DeviceCues d, boolean clockDevice, Double spm, long at, long deviceMs,
                         long causeNanos) {
        Pace now = spm == null ? Pace.UNKNOWN : spm < minSpm ? Pace.SLOW : spm > maxSpm ? Pace.FAST : Pace.IN;
        d.agreeing = now == d.candidate ? d.agreeing + 1 : 1;
        d.candidate = now;
        if (d.agreeing >= PACE_SECONDS && now != d.pace) {
            Pace before = d.pace;
            d.pace = now;
            if (now == Pace.IN && (before == Pace.SLOW || before == Pace.FAST)) {
                say(device, GOOD_PACE, CuePriority.LOW, at, causeNanos);
            }
            d.lastPaceCueMs = Long.MIN_VALUE / 2;
        }
        if ((d.pace == Pace.SLOW || d.pace == Pace.FAST) && deviceMs - d.lastPaceCueMs >= PACE_REPEAT_MS) {
            d.lastPaceCueMs = deviceMs;
            say(device, d.pace == Pace.SLOW ? FASTER : SLOWER, CuePriority.NORMAL, at, causeNanos);
        }
        if (metronome != null && clockDevice) {
            metronome.pace(d.pace == Pace.IN, deviceMs);
        }
    }

    /** Says a cue; with several devices it starts with the device's name ("sim-2, off the spine"). */
    private void say(String device, String words, CuePriority priority, long at, long causeNanos) {
        speech.request(devices.size() > 1 && device != null ? device + ", " + words : words, priority, at, causeNanos);
    }

    /** A status change of a device. */
    void onStatus(StatusEvent.Kind kind, long at, long causeNanos) {
        switch (kind) {
            case DISCONNECTED, OFFLINE -> earcon(Earcon.DEVICE_LOST, at, causeNanos);
            case CONNECTED, ONLINE -> earcon(Earcon.DEVICE_FOUND, at, causeNanos);
            default -> {
            }
        }
    }

    /** The session recorder failed (said once). */
    void recordingFailed(long at, long causeNanos) {
        if (!recordingFailed) {
            recordingFailed = true;
            earcon(Earcon.RECORDING_FAILED, at, causeNanos);
        }
    }

    /** Before the block [{@code start}, {@code end}): alert repeats and the session time. */
    void beforeBlock(long start, long end, long deviceMs) {
        for (DeviceCues d : devices.values()) {
            for (Map.Entry<AlertKind, long[]> r : d.raised.entrySet()) {
                long[] next = r.getValue();
                if (next[0] < end) {
                    earcon(r.getKey() == AlertKind.SPINE ? Earcon.SPINE : Earcon.TOO_HARD, next[0], 0);
                    next[1] = Math.min(REPEAT_MAX_MS, Math.round(next[1] * REPEAT_GROWTH));
                    next[0] += samples(next[1]);
                }
            }
        }
        if (sound.sayTimeEveryMin() > 0 && deviceMs >= nextTimeMs) {
            long minutes = nextTimeMs / 60_000;
            speech.request(minutes == 1 ? "1 minute" : minutes + " minutes", CuePriority.LOW, start, 0);
            nextTimeMs += sound.sayTimeEveryMin() * 60_000L;
        }
    }

    private void earcon(Earcon e, long at, long causeNanos) {
        if (sound.plays(e)) {
            mixer.play(earcons.get(e), at, 1f, causeNanos);
        }
    }

    private static long samples(long ms) {
        return ms * Synth.RATE / 1000;
    }
}
