package org.paperkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.paperkg.extract.BaselineParser;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingestor;
import org.paperkg.ingest.OrderedExtraction;
import org.paperkg.input.PaperInputs;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;
import org.paperkg.store.PaperStore;

/**
 * Times the three ways through the same abstracts: a bare full CoreNLP parse, extraction, and
 * ingest into a fresh TDB2 store. Every phase reads the input files itself, as the CLI does.
 */
final class Throughput {

    private static final int WARM_UP_PAPERS = 20;

    /**
     * One timed phase over the input. CPU times are immune to other processes sharing the cores,
     * which wall times are not: the work ratios are read from them.
     *
     * @param cpuSeconds     CPU time of the whole JVM (all threads, GC and JIT included)
     * @param callerCpuSeconds CPU time of the calling thread: reading and storing, the serial part
     * @param othersCpuSeconds CPU time that other processes took on the machine meanwhile (NaN where unknown)
     */
    record Phase(String name, int threads, long papers, double seconds, double cpuSeconds, double callerCpuSeconds,
                 double othersCpuSeconds, long peakHeapBytes) {
        double perSecond() {
            return papers / seconds;
        }

        double perCpuSecond() {
            return papers / cpuSeconds;
        }
    }

    private final List<Path> files;
    private final Consumer<String> problems;
    private BaselineParser parser;
    private Extractor extractor;
    private double parserLoadSeconds;
    private double extractorLoadSeconds;

    Throughput(List<Path> files, Consumer<String> problems) {
        this.files = List.copyOf(files);
        this.problems = problems;
    }

    /**
     * Loads both pipelines and warms the JIT up, outside any timing: a full parse of a few
     * abstracts, and an ingest of the whole input into a scratch store, so that extraction and
     * store code alike run compiled when timed (a long ingest runs compiled nearly all along).
     */
    void prepare(Path scratchStore) {
        long t = System.nanoTime();
        parser = BaselineParser.create(BaselineParser.FULL);
        parserLoadSeconds = seconds(t);
        t = System.nanoTime();
        extractor = Extractor.create();
        extractorLoadSeconds = seconds(t);
        List<Paper> some = new ArrayList<>();
        PaperInputs.read(files, p -> {
            if (some.size() < WARM_UP_PAPERS) {
                some.add(p);
            }
        }, r -> { });
        for (Paper p : some) {
            parser.parse(p.title());
            parser.parse(p.abstractText());
        }
        try (PaperStore store = PaperStore.open(scratchStore);
             Ingestor ingestor = new Ingestor(store, extractor::extract, 1, true, problems, () -> { })) {
            PaperInputs.read(files, ingestor::accept, r -> { });
            ingestor.finish();
        }
    }

    double parserLoadSeconds() {
        return parserLoadSeconds;
    }

    double extractorLoadSeconds() {
        return extractorLoadSeconds;
    }

    /** Parses every title and abstract with the full annotator set, on one thread. */
    Phase fullParse() {
        return timed("full CoreNLP parse (" + BaselineParser.FULL + ")", 1, count -> PaperInputs.read(files, p -> {
            parser.parse(p.title());
            parser.parse(p.abstractText());
            count[0]++;
        }, r -> { }));
    }

    /** Extracts every paper without storing; the extractions are handed to {@code results} in input order. */
    Phase extract(int threads, List<Extraction> results) {
        return timed("extract", threads, count -> {
            try (OrderedExtraction run = new OrderedExtraction(extractor::extract, threads, outcome -> {
                if (outcome.failure() != null) {
                    problems.accept(outcome.paper().source() + ": extraction failed: " + outcome.failure());
                } else {
                    results.add(outcome.extraction());
                    count[0]++;
                }
            })) {
                PaperInputs.read(files, run::submit, r -> { });
                run.finish();
            }
        });
    }

    /** Ingests every paper into a new, empty store. */
    Phase ingest(int threads, Path storeDir) {
        return timed("ingest", threads, count -> {
            try (PaperStore store = PaperStore.open(storeDir);
                 Ingestor ingestor = new Ingestor(store, extractor::extract, threads, false, problems, () -> { })) {
                PaperInputs.read(files, ingestor::accept, r -> { });
                count[0] = ingestor.finish().stored();
            }
        });
    }

    private static Phase timed(String name, int threads, Consumer<long[]> work) {
        HeapPeak.reset();
        long[] count = {0};
        long cpu = CpuTime.process();
        long caller = CpuTime.currentThread();
        long machine = CpuTime.machine();
        long t = System.nanoTime();
        work.accept(count);
        double cpuSeconds = (CpuTime.process() - cpu) / 1e9;
        double others = machine < 0 ? Double.NaN : Math.max(0, (CpuTime.machine() - machine) / 1e9 - cpuSeconds);
        return new Phase(name, threads, count[0], seconds(t), cpuSeconds,
                (CpuTime.currentThread() - caller) / 1e9, others, HeapPeak.bytes());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
