package io.rollsense.core;

import io.rollsense.session.CalibrationFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {
    @TempDir
    Path dir;

    /** Points of a sensor with a 50-count zero offset and kPa = 0.02 * x^1.3. */
    static List<CalibrationPoint> fsrPoints() {
        List<CalibrationPoint> pts = new ArrayList<>();
        for (double kpa : new double[] {5, 10, 20, 40, 60, 90}) {
            double x = Math.pow(kpa / 0.02, 1 / 1.3);
            pts.add(new CalibrationPoint(x + 50, kpa));
        }
        return pts;
    }

    @Test
    void powerLawFitRecoversTheCurveAfterTare() {
        Calibration c = Calibration.identity(4).withOffsets(new double[] {50, 50, 50, 50})
                .fitChannel(2, fsrPoints(), FsrCurve.Type.POWER);
        double[] coef = c.curves()[2].coefficients();
        assertEquals(0.02, coef[0], 1e-6);
        assertEquals(1.3, coef[1], 1e-6);
        assertEquals(40, c.apply(2, 50 + Math.pow(40 / 0.02, 1 / 1.3)), 1e-6);
        assertEquals(0, c.apply(2, 20), 0); // below the offset: never negative
        assertEquals(FsrCurve.LINEAR, c.curves()[0]);
    }

    @Test
    void polynomialAndLinearFits() {
        List<CalibrationPoint> quad = new ArrayList<>();
        for (int x = 0; x <= 100; x += 20) {
            quad.add(new CalibrationPoint(x, 1 + 0.5 * x + 0.01 * x * x));
        }
        Calibration c = Calibration.identity(1).fitChannel(0, quad, FsrCurve.Type.POLY);
        assertEquals(1 + 0.5 * 50 + 0.01 * 2500, c.apply(0, 50), 1e-6);
        Calibration lin = Calibration.identity(1).fitChannel(0,
                List.of(new CalibrationPoint(10, 5), new CalibrationPoint(20, 10)), FsrCurve.Type.LINEAR);
        assertEquals(0.5, lin.gains()[0], 1e-12);
        assertEquals(15, lin.apply(0, 30), 1e-12);
    }

    @Test
    void fitNeedsEnoughPoints() {
        Calibration c = Calibration.identity(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.fitChannel(0, List.of(new CalibrationPoint(10, 5)), FsrCurve.Type.POWER));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.fitChannel(3, fsrPoints(), FsrCurve.Type.POWER));
    }

    @Test
    void saveAndLoadRoundTripAsReadableText() throws IOException {
        Calibration c = Calibration.identity(3).withDeviceId("roller-01").withOffsets(new double[] {1.5, 2, 0})
                .withChannel(1, 2, 1.1, FsrCurve.power(0.02, 1.3)).withChannel(2, 0, 1, FsrCurve.poly(0, 0.5, 0.01));
        Path f = dir.resolve("cal.txt");
        CalibrationFiles.save(c, f);
        String text = Files.readString(f);
        assertTrue(text.contains("ch.1.curve=power 0.02 1.3"), text);
        assertTrue(text.contains("device=roller-01"), text);
        assertEquals(c, CalibrationFiles.load(f));
    }

    @Test
    void handEditedFileWithDefaultsAndComments() throws IOException {
        Path f = dir.resolve("hand.txt");
        Files.writeString(f, "# mine\nchannels=2\narea-mm2=150\nch.1.gain = 2   # doubled\n\nch.0.curve=power 0.1 1.5\n");
        Calibration c = CalibrationFiles.load(f);
        assertEquals(150, c.areaMm2());
        assertEquals(8, c.apply(1, 4), 1e-12);
        assertEquals(0.1 * Math.pow(4, 1.5), c.apply(0, 4), 1e-12);
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "channels=2\nch.0.gain=fast\n");
        IOException e = assertThrows(IOException.class, () -> CalibrationFiles.load(f));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("line 2"), e.getMessage());
        Files.writeString(f, "channels=2\nch.5.gain=1\n");
        e = assertThrows(IOException.class, () -> CalibrationFiles.load(f));
        assertTrue(e.getMessage().contains("ch.5.gain"), e.getMessage());
        Files.writeString(f, "channels=2\nch.0.curve=cubic 1\n");
        e = assertThrows(IOException.class, () -> CalibrationFiles.load(f));
        assertTrue(e.getMessage().contains("unknown curve"), e.getMessage());
        Files.writeString(f, "channels=2\nch.0.gain=0\n");
        e = assertThrows(IOException.class, () -> CalibrationFiles.load(f));
        assertTrue(e.getMessage().contains("gain of channel 0"), e.getMessage());
    }

    @Test
    void missingFileNamesIt() {
        IOException e = assertThrows(IOException.class, () -> CalibrationFiles.load(dir.resolve("none.txt")));
        assertTrue(e.getMessage().contains("none.txt"), e.getMessage());
    }
}
