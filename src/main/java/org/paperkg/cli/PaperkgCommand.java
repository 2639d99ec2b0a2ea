package org.paperkg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperkg} command: builds and queries a knowledge graph of paper abstracts. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, version = "paperkg 0.1.0",
        // --help and --version work on every subcommand too.
        scope = CommandLine.ScopeType.INHERIT,
        description = "Reads scientific abstracts and builds a knowledge graph of what they claim.",
        subcommands = {
            IngestCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            EvaluateMentionsCommand.class,
            QueriesCommand.class,
            QueryCommand.class,
            ServeCommand.class,
            LineageCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            ValidateCommand.class,
            LoadCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class PaperkgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: user errors print one clear line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PaperkgCommand());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("paperkg: " + ExitCodes.message(ex));
            return ExitCodes.of(ex);
        });
        return cmd;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
