package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.paperkg.bench.BenchReport;
import org.paperkg.bench.Benchmark;
import org.paperkg.bench.Folders;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg bench}: throughput, start-up and query latency figures in one run. */
@Command(name = "bench", description = {
        "Measures throughput, memory, start-up and saved-query latency, and prints a Markdown report.",
        "In one run: abstracts/s of a full CoreNLP parse, of extraction and of ingest (1 and 2 threads) on",
        "the input, peak heap, the quick commands' start-up, and each saved query's median latency on a",
        "graph of --papers papers replicated from the input's extractions."})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Input files. Default: the seed dumps in ../shared/seeds next to the paperkg folder.")
    List<Path> files;

    @Option(names = "--papers", paramLabel = "N", defaultValue = "100000",
            description = "Papers in the query graph. Default: ${DEFAULT-VALUE}.")
    long papers;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the stores; the query graph built there is reused by later runs."
                    + " Default: a temporary folder, deleted afterwards.")
    Path work;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each saved query. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--results", paramLabel = "FILE", description = "Also write the report to this file.")
    Path results;

    @Option(names = "--no-startup", description = "Skip timing the quick commands through bin/paperkg.")
    boolean noStartup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("paperkg.home", ".")).toAbsolutePath().normalize();
        List<Path> inputs = files != null && !files.isEmpty() ? files : seedDumps(home);
        Path launcher = home.resolve("bin/paperkg");
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("paperkg-bench") : Files.createDirectories(work);
        try {
            Benchmark.Settings settings = new Benchmark.Settings(inputs, papers, dir, runs,
                    noStartup || !Files.isExecutable(launcher) ? null : launcher);
            BenchReport report = new Benchmark(settings, spec.commandLine().getErr()).run();
            String markdown = report.toMarkdown();
            out.print(markdown);
            out.flush();
            if (results != null) {
                Files.writeString(results, markdown);
            }
        } finally {
            if (temporary) {
                Folders.deleteTree(dir);
            }
        }
        return ExitCodes.OK;
    }

    private static List<Path> seedDumps(Path home) throws IOException {
        Path seeds = home.resolve("../shared/seeds").normalize();
        if (!Files.isDirectory(seeds)) {
            throw new IllegalArgumentException("no input files given and no seed dumps at " + seeds);
        }
        try (Stream<Path> list = Files.list(seeds)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
