package io.rollsense.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS {@link AudioPlayer} that keeps the synthesised samples instead of playing them, so the
 * speech goes through our own mixer (one sound path, rendered to WAV the same way). FreeTTS's own
 * players open a javax.sound line per utterance, which fails without a sound card. Used only on the
 * speech thread, one utterance at a time.
 */
final class CapturePlayer implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(Synth.RATE, 16, 1, true, true);
    private float volume = 1;

    /** The samples captured since the last call, as floats (full scale 1.0); clears the buffer. */
    float[] take() {
        byte[] b = bytes.toByteArray();
        bytes.reset();
        int width = format.getSampleSizeInBits() / 8;
        if (width != 2 || format.getChannels() != 1 || Math.round(format.getSampleRate()) != Synth.RATE) {
            throw new IllegalStateException("FreeTTS voice format " + format + " is not 16-bit mono " + Synth.RATE + " Hz");
        }
        boolean big = format.isBigEndian();
        float[] out = new float[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = big ? b[2 * i] : b[2 * i + 1];
            int lo = (big ? b[2 * i + 1] : b[2 * i]) & 0xff;
            out[i] = (short) ((hi << 8) | lo) / 32768f;
        }
        return out;
    }

    @Override
    public void setAudioFormat(AudioFormat f) {
        format = f;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] audioData, int offset, int size) {
        bytes.write(audioData, offset, size);
        return true;
    }

    @Override
    public void reset() {
        // keep what was written: take() clears
    }

    @Override
    public void cancel() {
        bytes.reset();
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float v) {
        volume = v;
    }

    // Timing and line control mean nothing without a line.
    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void close() {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
