package io.rollsense.cli;

import io.rollsense.pipeline.CaptureDecoding;
import io.rollsense.pipeline.CaptureSummary;
import io.rollsense.pipeline.CheckReport;
import io.rollsense.protocol.DecoderStats;
import io.rollsense.protocol.LineDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollsense check FILE|-}: decodes a capture of wire-protocol lines and reports what a
 * firmware author needs (devices, frames, drops, log lines, bad lines by category with examples,
 * measured vs declared frame rate). Exit 0 whenever the input could be read, bad lines or not;
 * an unreadable input is an exception naming the file (Main turns it into exit 1).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a capture for protocol problems (for firmware authors).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "Capture of wire-protocol lines; '-' reads standard input.")
    String input;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LineDecoder decoder = new LineDecoder();
        CaptureSummary summary = new CaptureSummary();
        if ("-".equals(input)) {
            decode(System.in, "standard input", decoder, summary);
        } else {
            try (InputStream in = open(input)) {
                decode(in, input, decoder, summary);
            }
        }
        DecoderStats stats = decoder.stats();
        PrintWriter out = spec.commandLine().getOut();
        String name = "-".equals(input) ? "standard input" : input;
        if (json) {
            out.println(CheckReport.json(name, stats, summary));
        } else {
            CheckReport.text(out, name, stats, summary);
        }
        out.flush();
        return 0;
    }

    private static InputStream open(String file) throws IOException {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IOException("capture file not found: " + file, e);
        } catch (IOException | InvalidPathException e) {
            throw new IOException("cannot open capture file " + file + ": " + e, e);
        }
    }

    private static void decode(InputStream in, String name, LineDecoder decoder, CaptureSummary summary) throws IOException {
        try {
            CaptureDecoding.decodeAll(in, decoder, summary);
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("cannot read capture " + name + ": " + e.getMessage(), e);
        }
    }
}
