package io.rollsense.core;

import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Frame;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Test helper: drives an analyzer with frames from a function of (time s, channel) and keeps the events. */
final class Recorder implements EventSink {
    static final double[] ROLLER_MM = {-105, -75, -45, -15, 15, 45, 75, 105};
    static final double[] BALLS_MM = {-32, 32};

    final List<AnalysisEvent> events = new ArrayList<>();
    final Analyzer analyzer;
    final double rateHz;
    long seq;
    double timeS;

    Recorder(Analyzer analyzer, double rateHz) {
        this.analyzer = analyzer;
        this.rateHz = rateHz;
    }

    static Hello roller(double rateHz) {
        return new Hello("roller-t", DeviceKind.ROLLER, rateHz, PressureUnit.KPA, ROLLER_MM);
    }

    static Hello balls(double rateHz) {
        return new Hello("balls-t", DeviceKind.BALLS, rateHz, PressureUnit.KPA, BALLS_MM);
    }

    static Recorder of(Hello hello) {
        return new Recorder(new Analyzer(hello, AnalysisSettings.DEFAULTS), hello.rateHz());
    }

    @Override
    public void accept(AnalysisEvent event) {
        events.add(event);
    }

    /** Feeds {@code seconds} of frames; {@code f} gets (time since start in s, channel) and returns the value. */
    Recorder run(double seconds, BiFunction<Double, Integer, Double> f) {
        int n = (int) Math.round(seconds * rateHz);
        int ch = analyzer.hello().channelCount();
        for (int k = 0; k < n; k++) {
            double[] v = new double[ch];
            for (int i = 0; i < ch; i++) {
                v[i] = Math.max(0, f.apply(timeS, i));
            }
            analyzer.onFrame(new Frame(seq++, Math.round(timeS * 1000), v), this);
            timeS += 1 / rateHz;
        }
        return this;
    }

    Recorder finish() {
        analyzer.finish(this);
        return this;
    }

    <T extends AnalysisEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Cadence values (null = not rolling) with time in [fromMs, toMs). */
    List<Double> spm(long fromMs, long toMs) {
        List<Double> out = new ArrayList<>();
        for (AnalysisEvent.Cadence c : of(AnalysisEvent.Cadence.class)) {
            if (c.timeMs() >= fromMs && c.timeMs() < toMs) {
                out.add(c.spm());
            }
        }
        return out;
    }
}
