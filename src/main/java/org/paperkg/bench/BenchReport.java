package org.paperkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.paperkg.query.Page;

/**
 * The figures of one benchmark run, and the targets they are checked against. {@code ingestOneCore}
 * is the one-thread ingest with the whole JVM pinned to one core (null where taskset is missing).
 */
public record BenchReport(Machine machine, int inputFiles, double parserLoadSeconds, double extractorLoadSeconds,
                          Throughput.Phase parse, Throughput.Phase extract, Throughput.Phase ingest1,
                          Throughput.Phase ingestOneCore, Throughput.Phase ingest2, List<CliStartup.Timing> startup, LargeGraph.Built graph,
                          List<QueryLatency.Timing> queries) {

    static final double PARSE_SPEEDUP = 1.5;
    static final double STORE_OVERHEAD = 0.15;
    static final double THREAD_SPEEDUP = 1.8;
    static final long HEAP_LIMIT = 1L << 30;
    static final double STARTUP_SECONDS = 1.5;
    static final double QUERY_MILLIS = 100;

    /** Where it ran; the load average tells how much other work shared the cores. */
    record Machine(Instant when, int cores, String java, long maxHeapBytes, String loadAverage) {
        static Machine now() {
            String load;
            try {
                load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (IOException | UncheckedIOException | ArrayIndexOutOfBoundsException e) {
                double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                load = l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
            }
            return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory(), load);
        }
    }

    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        line(b, "# paperkg benchmark");
        line(b, "");
        line(b, "Run %s on %d cores, %s, max heap %d MB; load average at start %s (other processes share the cores,"
                        + " so wall times vary between runs). Input: %d files, %d distinct papers. Models load outside"
                        + " the timings: full parse %.1f s, extractor %.1f s; the JIT is warmed first by a full parse of %d abstracts and an ingest of all the input.",
                machine.when(), machine.cores(), machine.java(), mb(machine.maxHeapBytes()), machine.loadAverage(),
                inputFiles, parse.papers(), parserLoadSeconds, extractorLoadSeconds, 20);
        line(b, "");
        line(b, "## Throughput (read, then extract/parse, then store)");
        line(b, "");
        line(b, ("CPU s counts every thread of the JVM (GC and JIT too); serial CPU s is the calling thread's share"
                + " (reading, and for ingest mapping to RDF and writing the store); others' CPU s is what other processes"
                + " took of the cores meanwhile (from /proc/stat): wall times are only comparable where it is near 0."
                + " Extract and ingest on 1 thread"
                + " ran %d times each, alternately; the run with the least CPU time is shown.").formatted(Benchmark.ROUNDS));
        line(b, "");
        line(b, "| phase | threads | papers | wall s | abstracts/s | CPU s | abstracts per CPU s | serial CPU s | others' CPU s | peak heap MB |");
        line(b, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Throughput.Phase> phases = new java.util.ArrayList<>(List.of(parse, extract, ingest1));
        if (ingestOneCore != null) {
            phases.add(ingestOneCore);
        }
        phases.add(ingest2);
        for (Throughput.Phase p : phases) {
            String name = p == ingestOneCore ? "ingest, whole JVM pinned to 1 core" : p.name();
            line(b, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %d |", name, p.threads(), p.papers(),
                    p.seconds(), p.perSecond(), p.cpuSeconds(), p.perCpuSecond(), p.callerCpuSeconds(),
                    Double.isNaN(p.othersCpuSeconds()) ? "?" : "%.1f".formatted(p.othersCpuSeconds()),
                    mb(p.peakHeapBytes()));
        }
        line(b, "");
        line(b, "## Targets");
        line(b, "");
        line(b, "Work ratios are judged on CPU time (wall time in brackets), which other processes on the cores"
                + " do not distort; thread scaling can only be judged on wall time.");
        line(b, "");
        line(b, "| target | measured | met |");
        line(b, "|---|---|---|");
        double parseRatio = ingest1.perCpuSecond() / parse.perCpuSecond();
        target(b, "ingest (1 thread) >= %.1fx a full CoreNLP parse".formatted(PARSE_SPEEDUP),
                "%.2fx (wall %.2fx)".formatted(parseRatio, ingest1.perSecond() / parse.perSecond()),
                parseRatio >= PARSE_SPEEDUP);
        double overhead = ingest1.cpuSeconds() / extract.cpuSeconds() - 1;
        target(b, "ingest within %.0f%% of extract-only (1 thread)".formatted(STORE_OVERHEAD * 100),
                "%+.1f%% (wall %+.1f%%)".formatted(overhead * 100, (ingest1.seconds() / extract.seconds() - 1) * 100),
                overhead <= STORE_OVERHEAD);
        double threads = ingest2.perSecond() / ingest1.perSecond();
        String unpinned = "%.2fx against 1 thread not pinned, whose JIT and GC had the 2nd core (%.1f CPU s in %.1f s wall)"
                .formatted(threads, ingest1.cpuSeconds(), ingest1.seconds());
        if (ingestOneCore != null) {
            double cores = ingest2.perSecond() / ingestOneCore.perSecond();
            target(b, "ingest on 2 threads (2 cores) >= %.1fx 1 thread (1 core)".formatted(THREAD_SPEEDUP),
                    "%.2fx wall against 1 thread pinned to 1 core; %s".formatted(cores, unpinned),
                    cores >= THREAD_SPEEDUP);
        } else {
            target(b, "ingest on 2 threads >= %.1fx 1 thread".formatted(THREAD_SPEEDUP),
                    "%s; not pinned to 1 core (no taskset)".formatted(unpinned), threads >= THREAD_SPEEDUP);
        }
        long heap = Math.max(ingest1.peakHeapBytes(), ingest2.peakHeapBytes());
        target(b, "ingest peak heap < 1 GB", mb(heap) + " MB", heap < HEAP_LIMIT);
        if (!startup.isEmpty()) {
            double slowest = startup.stream().mapToDouble(CliStartup.Timing::medianSeconds).max().orElse(0);
            long nlp = startup.stream().mapToLong(CliStartup.Timing::coreNlpClasses).sum();
            double slowestCpu = startup.stream().mapToDouble(CliStartup.Timing::medianCpuSeconds).max().orElse(0);
            target(b, "quick commands < %.1f s wall".formatted(STARTUP_SECONDS),
                    "slowest %.2f s (CPU %.2f s)".formatted(slowest, slowestCpu), slowest < STARTUP_SECONDS);
            target(b, "quick commands load no CoreNLP class", nlp + " classes", nlp == 0);
        }
        long fast = queries.stream().filter(q -> q.medianMillis() < QUERY_MILLIS).count();
        target(b, "saved queries median < %.0f ms on %d papers".formatted(QUERY_MILLIS, graph.papers()),
                "%d of %d runs".formatted(fast, queries.size()), fast == queries.size());
        line(b, "");
        if (!startup.isEmpty()) {
            line(b, "## Quick commands on the seed store (bin/paperkg, median of 3 runs)");
            line(b, "");
            line(b, "| command | wall s | CPU s | CoreNLP classes loaded |");
            line(b, "|---|---:|---:|---:|");
            for (CliStartup.Timing t : startup) {
                line(b, "| `paperkg %s` | %.2f | %.2f | %d |", t.command().replaceAll("--db \\S+", "--db SEEDS").replaceAll("-o \\S+", "-o FILE"),
                        t.medianSeconds(), t.medianCpuSeconds(), t.coreNlpClasses());
            }
            line(b, "");
        }
        line(b, "## Saved queries on %d papers", graph.papers());
        line(b, "");
        line(b, graph.reused()
                ? "Graph of %d quads reused from an earlier run.".formatted(graph.quads())
                : "Graph of %d quads bulk-loaded in %.0f s (%.0f quads/s), replicated from the seed extractions."
                        .formatted(graph.quads(), graph.seconds(), graph.quads() / graph.seconds()));
        line(b, ("Each query answers its first page (at most %d rows), as `paperkg query` and `/api/queries` do by default."
                + " Median of the timed runs after one warm-up (a query over 10 s runs once; none runs over %d s).")
                .formatted(Page.DEFAULT_LIMIT, QueryLatency.LIMIT_SECONDS));
        line(b, "");
        line(b, "| query | parameters | rows | median ms | runs |");
        line(b, "|---|---|---:|---:|---:|");
        for (QueryLatency.Timing q : queries) {
            String params = q.params().isEmpty() ? "(none)" : q.params().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
            String median = Double.isInfinite(q.medianMillis())
                    ? "stopped at %d s".formatted(QueryLatency.LIMIT_SECONDS) : "%.1f".formatted(q.medianMillis());
            line(b, "| %s | %s | %s | %s | %d |", q.query(), params, Double.isInfinite(q.medianMillis()) ? "?" : q.rows(),
                    median, q.runs());
        }
        return b.toString();
    }

    private static void target(StringBuilder b, String target, String measured, boolean met) {
        line(b, "| %s | %s | %s |", target, measured, met ? "yes" : "**no**");
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
