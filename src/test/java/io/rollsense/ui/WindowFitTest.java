package io.rollsense.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** The live and start windows open within the usable screen, down to a 1280×720 laptop. */
class WindowFitTest {
    @Test
    void theDefaultSizeShrinksToASmallLaptopScreen() {
        Rectangle usable = new Rectangle(0, 27, 1366, 741); // 1366×768 less a top panel
        assertEquals(new Rectangle(0, 27, 1366, 741), WindowFit.fit(null, 1440, 900, usable));
        Rectangle small = new Rectangle(0, 0, 1280, 720);
        assertEquals(new Rectangle(0, 0, 1280, 720), WindowFit.fit(null, 1440, 900, small));
    }

    @Test
    void aDefaultSizeThatFitsIsCentred() {
        assertEquals(new Rectangle(80, 50, 1440, 900), WindowFit.fit(null, 1440, 900, new Rectangle(0, 0, 1600, 1000)));
    }

    @Test
    void aRememberedWindowOffScreenOrTooLargeIsMovedAndShrunk() {
        Rectangle usable = new Rectangle(0, 0, 1280, 720);
        assertEquals(new Rectangle(0, 0, 1280, 720), WindowFit.fit(new Rectangle(-300, -50, 1440, 900), 0, 0, usable));
        assertEquals(new Rectangle(480, 220, 800, 500), WindowFit.fit(new Rectangle(900, 600, 800, 500), 0, 0, usable));
        // a second screen to the right: the window stays on it
        Rectangle right = new Rectangle(1920, 0, 1280, 720);
        assertEquals(new Rectangle(2000, 100, 800, 500), WindowFit.fit(new Rectangle(2000, 100, 800, 500), 0, 0, right));
    }
}
