package io.rollsense.cli;

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

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
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
        cl.setExitCodeExceptionMapper(t -> EXIT_FAILURE);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (anyVerbose(parseResult)) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("rollsense: error: " + describe(ex));
            cmd.getErr().flush();
            return EXIT_FAILURE;
        });
        return cl;
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
        err.println("rollsense: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return EXIT_USAGE;
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
