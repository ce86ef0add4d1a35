package io.rollsense.cli;

import io.rollsense.session.CalibrationFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.core.AnalysisSettings;
import io.rollsense.core.Calibration;
import io.rollsense.core.FsrCurve;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.Hello;
import io.rollsense.protocol.PressureUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

class AnalysisOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "t")
    static final class Host {
        @Mixin
        AnalysisOptions analysis;
    }

    AnalysisOptions parse(String... args) {
        Host h = new Host();
        new CommandLine(h).parseArgs(args);
        return h.analysis;
    }

    @Test
    void configFileThenCommandLine() throws IOException {
        Path cfg = dir.resolve("a.conf");
        Files.writeString(cfg, "spine-kpa=30   # mine\n--spine-zone-mm = 15\ntarget-min-spm=10\n");
        AnalysisSettings s = parse("--config", cfg.toString(), "--spine-kpa", "35").settings();
        assertEquals(35, s.spineKpa());
        assertEquals(15, s.spineZoneMm());
        assertEquals(10, s.targetMinSpm());
        assertEquals(60, s.overpressureKpaFor(DeviceKind.ROLLER));
    }

    @Test
    void calibrationFromConfigIsRelativeToIt() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        CalibrationFiles.save(Calibration.identity(2).withChannel(1, 3, 2, FsrCurve.power(0.1, 1.2)), sub.resolve("balls.cal"));
        Files.writeString(sub.resolve("a.conf"), "calibration=balls.cal\n");
        AnalysisOptions o = parse("--config", sub.resolve("a.conf").toString());
        Hello balls = new Hello("b", DeviceKind.BALLS, 50, PressureUnit.RAW, -32, 32);
        assertEquals(2, o.calibrationFor(balls).gains()[1]);
        Hello roller = new Hello("r", DeviceKind.ROLLER, 50, PressureUnit.RAW, 0, 1, 2);
        IOException e = assertThrows(IOException.class, () -> o.calibrationFor(roller));
        assertTrue(e.getMessage().contains("balls.cal") && e.getMessage().contains("3"), e.getMessage());
        assertEquals(Calibration.identity(3), parse().calibrationFor(roller));
    }

    @Test
    void onlyGivenOptionsReplaceRecordedSettings() throws IOException {
        AnalysisSettings recorded = new AnalysisSettings(70, 30, 15, 200, 10, 25);
        AnalysisSettings s = parse("--spine-kpa", "22").settingsOver(recorded);
        assertEquals(new AnalysisSettings(70, 22, 15, 200, 10, 25), s, "one option given: one value replaced");
        assertEquals(recorded, parse().settingsOver(recorded), "nothing given: the session's settings");
    }

    @Test
    void outOfRangeOptionIsAParameterError() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--spine-zone-mm", "500").settings()); // ranges are AnalysisSettings'
        assertTrue(e.getMessage().contains("spine-zone-mm must be in 1..100"), e.getMessage());
    }
}
