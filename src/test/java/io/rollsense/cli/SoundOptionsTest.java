package io.rollsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.audio.MetronomeMode;
import io.rollsense.audio.SoundSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Sound options: the command line over the {@code --config} file, with one message shape for bad values. */
class SoundOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "t")
    static final class Host {
        @Mixin
        AnalysisOptions analysis;

        @Mixin
        SoundOptions sound;
    }

    SoundSettings parse(String... args) throws IOException {
        Host h = new Host();
        new CommandLine(h).parseArgs(args);
        return h.sound.settings(h.analysis);
    }

    @Test
    void configFileThenCommandLineAndAudioOutRelativeToTheConfig() throws IOException {
        Path cfg = dir.resolve("sound.conf");
        Files.writeString(cfg, "volume=40\nvoice=off\nmetronome=12\nmetronome-mode=always  # a comment\n"
                + "audio-out=out/s.wav\nspine-kpa=30\n");
        SoundSettings s = parse("--config", cfg.toString(), "--volume", "70");
        assertEquals(70, s.volumePercent(), "command line wins");
        assertFalse(s.voice());
        assertEquals(12, s.metronomeSpm());
        assertEquals(MetronomeMode.ALWAYS, s.metronomeMode());
        assertEquals(dir.resolve("out/s.wav"), s.audioOut());
        assertEquals(SoundSettings.DEFAULTS, parse(), "defaults");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOption() throws IOException {
        Path cfg = dir.resolve("bad.conf");
        Files.writeString(cfg, "earcons=spine,boom\n");
        assertTrue(assertThrows(CommandLine.ParameterException.class, () -> parse("--config", cfg.toString()))
                .getMessage().startsWith("earcons must be all, none or a list of spine,too-hard"));
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"demo", "--headless", "--duration", "1s", "--volume", "150", "--no-record"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("volume must be in 0..100, was 150"), err.toString());
    }
}
