package io.rollsense.testing;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Window tests need a display: skipped with a reason on a developer machine without one, failed in CI. */
public final class Display {
    private Display() {
    }

    /**
     * Skips the calling test when there is no display, unless {@code CI=true}: CI's {@code .ci/run}
     * always starts Xvfb, so a missing display there is a broken set-up, never a reason to skip.
     */
    public static void require(String what) {
        if (!GraphicsEnvironment.isHeadless()) {
            return;
        }
        String reason = "no display for the " + what + ": set DISPLAY (e.g. Xvfb :99 & DISPLAY=:99)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true: .ci/run should have started Xvfb)");
        }
        Assumptions.abort(reason);
    }
}
