package io.rollsense.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rollsense.pipeline.Pipeline;
import io.rollsense.protocol.DeviceKind;
import io.rollsense.protocol.PressureUnit;
import io.rollsense.sim.Simulator;
import io.rollsense.source.SimulatorSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Printing never stalls the analyzer: a terminal that blocks holds up only the printer thread. */
class LinePrinterTest {
    /** A terminal that blocks every write until released. */
    private static final class StalledTerminal extends Writer {
        final CountDownLatch release = new CountDownLatch(1);
        final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] buf, int off, int len) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (text) {
                text.append(buf, off, len);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStalledTerminalDoesNotStallAnalysis() throws Exception {
        StalledTerminal terminal = new StalledTerminal();
        StringWriter err = new StringWriter();
        LinePrinter printer = new LinePrinter(terminal, new PrintWriter(err), 64);
        Simulator sim = Simulator.of("steady:120", DeviceKind.ROLLER, PressureUnit.KPA, 100, 3, 0);
        Pipeline p = Pipeline.builder().source(SimulatorSource.of("sim", sim, Double.POSITIVE_INFINITY))
                .listener(new LiveJson(new PrintWriter(printer))).shutdownHook(false).build();
        p.start();
        assertTrue(p.awaitStopped(java.time.Duration.ofSeconds(30)), "two minutes of frames analysed while the terminal is stalled");
        assertTrue(printer.droppedLines() > 0, "the lines the queue could not hold are counted");
        terminal.release.countDown();
        printer.close();
        String printed;
        synchronized (terminal.text) {
            printed = terminal.text.toString();
        }
        assertTrue(printed.startsWith("{"), printed);
        assertTrue(err.toString().contains(printer.droppedLines() + " output line(s) not printed"), err.toString());
    }

    @Test
    void everythingIsPrintedInOrderWhenTheTerminalKeepsUp() {
        StringWriter out = new StringWriter();
        LinePrinter printer = new LinePrinter(out, new PrintWriter(new StringWriter()));
        PrintWriter w = new PrintWriter(printer);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            w.println("line " + i);
            w.flush();
            expected.append("line ").append(i).append(System.lineSeparator());
        }
        w.print("unflushed tail");
        printer.close();
        assertEquals(expected + "unflushed tail", out.toString());
        assertEquals(0, printer.droppedLines());
    }
}
