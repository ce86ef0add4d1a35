package io.rollsense.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/** A WAV file read back with javax.sound, and the measurements the audio tests make on it. */
final class Rendered {
    final int rate;
    final short[] samples;

    private Rendered(int rate, short[] samples) {
        this.rate = rate;
        this.samples = samples;
    }

    static Rendered read(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getChannels() != 1 || f.getSampleSizeInBits() != 16 || f.isBigEndian()) {
                throw new IOException("unexpected format " + f);
            }
            byte[] b = in.readAllBytes();
            short[] s = new short[b.length / 2];
            ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
            return new Rendered(Math.round(f.getSampleRate()), s);
        }
    }

    double seconds() {
        return samples.length / (double) rate;
    }

    int sampleAt(double ms) {
        return (int) Math.round(ms * rate / 1000);
    }

    /** Highest absolute sample. */
    int peak() {
        int p = 0;
        for (short v : samples) {
            p = Math.max(p, Math.abs((int) v));
        }
        return p;
    }

    /** Amplitude (0..1 of full scale) of a sine at {@code hz} in [from, from + n) (Goertzel). */
    double tone(int from, int n, double hz) {
        double re = 0;
        double im = 0;
        int to = Math.min(samples.length, from + n);
        for (int i = Math.max(0, from); i < to; i++) {
            double ph = 2 * Math.PI * hz * i / rate;
            double v = samples[i] / 32768.0;
            re += v * Math.cos(ph);
            im -= v * Math.sin(ph);
        }
        return 2 * Math.hypot(re, im) / Math.max(1, to - from);
    }

    /** Start times (ms) where the tone at {@code hz}, in 10 ms windows, rises above {@code level}. */
    List<Double> onsetsMs(double hz, double level) {
        List<Double> out = new ArrayList<>();
        int win = rate / 100;
        boolean on = false;
        for (int i = 0; i + win <= samples.length; i += win) {
            boolean now = tone(i, win, hz) > level;
            if (now && !on) {
                out.add(i * 1000.0 / rate);
            }
            on = now;
        }
        return out;
    }

    /**
     * How many 32 ms frames in [fromMs, toMs) carry speech-band energy (300..3400 Hz) above
     * {@code rms} (0..1 of full scale).
     */
    int speechFrames(double fromMs, double toMs, double rms) {
        int n = 512;
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        int count = 0;
        for (int start = sampleAt(fromMs); start + n <= Math.min(samples.length, sampleAt(toMs)); start += n) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = samples[start + i] / 32768.0;
            }
            Complex[] spec = fft.transform(x, TransformType.FORWARD);
            double energy = 0;
            for (int k = 0; k <= n / 2; k++) {
                double hz = k * (double) rate / n;
                if (hz >= 300 && hz <= 3400) {
                    energy += 2 * spec[k].abs() * spec[k].abs();
                }
            }
            if (Math.sqrt(energy) / n > rms) {
                count++;
            }
        }
        return count;
    }
}
