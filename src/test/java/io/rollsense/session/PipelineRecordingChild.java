package io.rollsense.session;

import io.rollsense.api.PipelineListener;
import io.rollsense.core.PressureField;
import io.rollsense.pipeline.Pipeline;
import io.rollsense.source.GeneratorSource;
import io.rollsense.testing.TestDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small main run as a real child process by {@link SessionCrashIT} under a file size limit: a
 * real {@link Pipeline} (test device at 500 Hz, real time) recording through a {@link SessionRecorder}
 * given to the pipeline as its session. Prints what the pipeline's {@code recording()} and
 * {@code recordingFailed()} say at the start and once the write failure has happened, and whether
 * live analysis went on afterwards. Polls (sleeps) because this is a process, not a test. Args: {@code <dataDir>}.
 */
public final class PipelineRecordingChild {
    private PipelineRecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        SessionRecorder rec = SessionRecorder.start(Path.of(args[0]), SessionMetadata.of("child", "pipeline-child"),
                msg -> System.err.println("rollsense: " + msg));
        AtomicLong fields = new AtomicLong();
        Pipeline p = Pipeline.builder()
                .source(new GeneratorSource("child", new TestDevice("child-01", 500, 0), 1.0, Long.MAX_VALUE))
                .listener(new PipelineListener() {
                    @Override
                    public void onField(String deviceId, PressureField field) {
                        fields.incrementAndGet();
                    }
                })
                .listener(rec).session(rec).shutdownHook(false).build();
        System.out.println("START recording=" + p.recording() + " failed=" + p.recordingFailed());
        p.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!p.recordingFailed() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long atFailure = fields.get();
        while (fields.get() < atFailure + 250 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        System.out.println("AFTER recording=" + p.recording() + " failed=" + p.recordingFailed()
                + " liveContinued=" + (fields.get() >= atFailure + 250));
        p.stop();
        System.out.println("DONE stopped=" + p.awaitStopped(Duration.ofSeconds(10)));
    }
}
