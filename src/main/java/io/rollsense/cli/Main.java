package io.rollsense.cli;

import io.rollsense.sink.HelpText;
import io.rollsense.source.Secrets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Entry point: {@code rollsense <command> [options]}. Only this class picks exit codes:
 * 0 success, 1 runtime failure (one clear line on stderr; stack trace with {@code --verbose}),
 * 2 usage error (unknown command or bad option, with a short usage hint).
 */
@Command(name = "rollsense", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Self-massage coach for sensor foam rollers and tennis-ball pads.",
        subcommands = {
            CheckCommand.class,
            SimulateCommand.class,
            DemoCommand.class,
            AnalyzeCommand.class,
            EvaluateCommand.class,
            LiveCommand.class,
            PortsCommand.class,
            CalibrateCommand.class,
            SessionsCommand.class,
            ReviewCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            RoutinesCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    /** Exit code for a runtime failure. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for a usage error. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Without a command: the session library the start window shows (default as for sessions).")
    java.nio.file.Path dataDir;

    /**
     * No command: on a desktop, the start window (until it is closed); without a display, the help.
     */
    @Override
    public Integer call() throws InterruptedException {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        io.rollsense.app.StartCommands.openAndWait(dataDir, Main::run);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams and returns its exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line: exit codes, error handlers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        wrapHelp(cl, HelpText.width());
        cl.setExitCodeExceptionMapper(t -> EXIT_FAILURE);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (anyVerbose(parseResult)) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("rollsense: error: " + Secrets.redact(describe(ex), parseResult.originalArgs().toArray(String[]::new)));
            cmd.getErr().flush();
            return EXIT_FAILURE;
        });
        return cl;
    }

    /**
     * Help of {@code cl} and its subcommands wrapped at spaces to {@code width} columns
     * ({@link HelpText}): picocli renders each section unwrapped, HelpText wraps it.
     */
    private static void wrapHelp(CommandLine cl, int width) {
        cl.setUsageHelpWidth(10_000); // wide enough that picocli never wraps itself
        for (String key : cl.getHelpSectionKeys()) {
            CommandLine.IHelpSectionRenderer r = cl.getHelpSectionMap().get(key);
            if (r != null && key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                // rendered after the "Usage: " heading, on the same line
                cl.getHelpSectionMap().put(key, help -> HelpText.wrap("Usage: " + r.render(help), width).substring(7));
            } else if (r != null) {
                cl.getHelpSectionMap().put(key, help -> HelpText.wrap(r.render(help), width));
            }
        }
        cl.getSubcommands().values().forEach(sub -> wrapHelp(sub, width));
    }

    private static boolean anyVerbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (Secrets.passwordOnCommandLine(args)) {
            err.println("rollsense: " + Secrets.passwordRefusal());
            err.flush();
            return EXIT_USAGE;
        }
        err.println("rollsense: " + Secrets.redact(ex.getMessage(), args));
        String hint = durationHint(ex, args);
        if (hint != null) {
            err.println(hint);
        } else if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * The hint for a duration written with a space ({@code --duration 5 minutes}): the unit became an
     * argument of its own. Null when the error is something else.
     */
    static String durationHint(CommandLine.ParameterException ex, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
            return null;
        }
        for (int i = 2; i < args.length; i++) {
            if (args[i - 2].equals("--duration") && u.getUnmatched().contains(args[i])
                    && args[i].toLowerCase(java.util.Locale.ROOT).matches(DurationConverter.UNIT_WORDS)) {
                return "Write the duration as one word: --duration " + args[i - 1] + DurationConverter.unit(args[i])
                        + " (units: ms, s, m, h)";
            }
        }
        return null;
    }

    /** One line for a failure: the message, or the exception type when there is none. */
    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        Throwable cause = ex.getCause();
        if (cause != null && cause.getMessage() != null && !msg.contains(cause.getMessage())) {
            msg += ": " + cause.getMessage();
        }
        return msg.replace('\n', ' ');
    }
}
