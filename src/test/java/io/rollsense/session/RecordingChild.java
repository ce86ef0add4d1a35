package io.rollsense.session;

import io.rollsense.api.PipelineListener;
import java.nio.file.Path;

/**
 * A small main run as a real child process by {@link SessionCrashIT}: records frame lines through a
 * {@link SessionRecorder} at about 100 Hz (paced by sleeping; this is a process, not a test) and
 * prints {@code FED <i>} after each line. Args: {@code <dataDir> <frames> [painBefore]}; the pain
 * rating, when given, is set after 50 lines (as the live window's pain row does). A second, "live"
 * listener counts what it was fed, to show that live feedback continues after a write failure.
 */
public final class RecordingChild {
    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int frames = Integer.parseInt(args[1]);
        SessionRecorder rec = SessionRecorder.start(dir, SessionMetadata.of("child", "child-process"),
                msg -> System.err.println("rollsense: " + msg));
        int[] live = new int[1];
        PipelineListener liveView = new PipelineListener() {
            @Override
            public void onRawLine(String deviceId, String line, long hostTimeMs) {
                live[0]++;
            }
        };
        System.out.println("STARTED " + rec.file());
        for (int i = 0; i < frames; i++) {
            String line = TestSessions.frameLine(i, 8);
            long now = System.currentTimeMillis();
            rec.onRawLine("roller-01", line, now);
            liveView.onRawLine("roller-01", line, now);
            if (i == 50 && args.length > 2) {
                rec.setPainBefore(Integer.parseInt(args[2]));
            }
            System.out.println("FED " + i);
            Thread.sleep(10);
        }
        rec.onStop();
        System.out.println("DONE live=" + live[0] + " recording=" + rec.recording() + " failed=" + rec.failed());
    }
}
