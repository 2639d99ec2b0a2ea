package org.paperkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.model.Extraction;
import org.paperkg.store.PaperStore;

/**
 * Runs the whole benchmark: throughput on the input files (full parse, extract, ingest on one and
 * two threads), the quick commands' start-up, and saved-query latency on a large replicated graph.
 * <pre>
 * BenchReport report = new Benchmark(settings, log).run();
 * out.print(report.toMarkdown());
 * </pre>
 */
public final class Benchmark {

    /**
     * @param files    the input files (the seed dumps)
     * @param papers   the size of the query graph
     * @param work     where stores go; the query graph there is reused by later runs
     * @param runs     timed runs per query (after one warm-up)
     * @param launcher bin/paperkg for the start-up figures, or null to skip them
     */
    public record Settings(List<Path> files, long papers, Path work, int runs, Path launcher) {
        public Settings {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no input files");
            }
            if (papers < 1) {
                throw new IllegalArgumentException("papers must be at least 1: " + papers);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1: " + runs);
            }
        }
    }

    /** Runs of extract and of ingest on one thread; the least CPU-hungry of each is reported. */
    static final int ROUNDS = 2;

    private final Settings settings;
    private final PrintWriter log;

    public Benchmark(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchReport run() {
        BenchReport.Machine machine = BenchReport.Machine.now();
        Throughput throughput = new Throughput(settings.files(), problem -> log.println("  " + problem));
        step("loading CoreNLP (full parse and extractor) and warming up");
        throughput.prepare(freshDir("warm-up-store"));
        step("full parse, 1 thread");
        Throughput.Phase parse = throughput.fullParse();
        // The JIT keeps compiling CoreNLP and Jena code for minutes: of ROUNDS runs of each,
        // the one with the least CPU time is the steady state a long ingest runs in.
        List<Extraction> extractions = new ArrayList<>();
        Throughput.Phase extract = null;
        Throughput.Phase ingest1 = null;
        Path seedStore = settings.work().resolve("seed-store-1");
        for (int round = 1; round <= ROUNDS; round++) {
            step("extract, 1 thread, round " + round + " of " + ROUNDS);
            extractions.clear();
            extract = leastCpu(extract, throughput.extract(1, extractions));
            step("ingest, 1 thread, round " + round + " of " + ROUNDS);
            ingest1 = leastCpu(ingest1, throughput.ingest(1, freshDir(seedStore.getFileName().toString())));
        }
        // The fair baseline for two threads on two cores: one thread on one core, JIT and GC included.
        Throughput.Phase ingestOneCore = null;
        if (CoreAffinity.oneCore()) {
            try {
                step("ingest, 1 thread, pinned to one core");
                ingestOneCore = throughput.ingest(1, freshDir("seed-store-1-core"));
            } finally {
                CoreAffinity.allCores();
            }
        }
        step("ingest, 2 threads");
        Throughput.Phase ingest2 = throughput.ingest(2, freshDir("seed-store-2"));

        List<CliStartup.Timing> startup = List.of();
        if (settings.launcher() != null) {
            step("quick commands through " + settings.launcher());
            String db = seedStore.toString();
            startup = CliStartup.measure(settings.launcher(), List.of(
                    List.of("queries"),
                    List.of("stats", "--db", db),
                    List.of("query", "--db", db, "lineage-descendants", "--param", "method=DETR"),
                    List.of("export", "--db", db, "--format", "graphml", "-o",
                            settings.work().resolve("seeds.graphml").toString())), 3);
        }

        step("query graph of " + settings.papers() + " papers (built once per --work folder)");
        LargeGraph.Built graph = LargeGraph.buildOrReuse(settings.work(), settings.papers(), extractions);
        step("saved queries, median of " + settings.runs());
        List<QueryLatency.Timing> queries;
        try (PaperStore store = PaperStore.open(graph.dir())) {
            queries = QueryLatency.measure(store, settings.runs());
        }
        return new BenchReport(machine, settings.files().size(), throughput.parserLoadSeconds(),
                throughput.extractorLoadSeconds(), parse, extract, ingest1, ingestOneCore, ingest2, startup, graph, queries);
    }

    private Path freshDir(String name) {
        Path dir = settings.work().resolve(name);
        try {
            Folders.deleteTree(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Throughput.Phase leastCpu(Throughput.Phase best, Throughput.Phase next) {
        return best == null || next.cpuSeconds() < best.cpuSeconds() ? next : best;
    }

    private void step(String what) {
        log.println("bench: " + what + "...");
        log.flush();
    }
}
