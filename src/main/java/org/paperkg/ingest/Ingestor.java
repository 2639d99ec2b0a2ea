package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;
import org.paperkg.model.RdfMapper;
import org.paperkg.store.PaperGraph;
import org.paperkg.store.PaperStore;

/**
 * Extracts papers and stores each as its own named graph, committing in batches: a crash loses
 * at most the batch in flight and never leaves a paper half-written. A paper already stored with
 * the same content is skipped, so re-running an interrupted ingest resumes it.
 */
public final class Ingestor implements AutoCloseable {

    /** Papers per write transaction: large enough to amortise the commit, small enough to lose little. */
    public static final int BATCH = 32;

    private final PaperStore store;
    private final OrderedExtraction extraction;
    private final Consumer<String> problems;
    private final Runnable onPaperDone;
    private final boolean force;
    /** Extractions waiting for the next commit; mapped to RDF only then, so their graphs do not outlive it. */
    private final List<Extraction> batch = new ArrayList<>();
    private long stored;
    private long skipped;
    private long failed;
    private long statements;

    /**
     * @param force       re-extract papers even when stored with the same content
     * @param problems    receives one message per paper that could not be extracted
     * @param onPaperDone called once per paper handled (stored, skipped or failed), for progress
     */
    public Ingestor(PaperStore store, Function<Paper, Extraction> extractor, int threads, boolean force,
                    Consumer<String> problems, Runnable onPaperDone) {
        this.store = store;
        this.force = force;
        this.problems = problems;
        this.onPaperDone = onPaperDone;
        this.extraction = new OrderedExtraction(extractor, threads, this::handle);
    }

    public void accept(Paper paper) {
        if (!force && store.has(paper.key(), RdfMapper.contentHash(paper))) {
            skipped++;
            onPaperDone.run();
            return;
        }
        extraction.submit(paper);
    }

    private void handle(OrderedExtraction.Outcome outcome) {
        if (outcome.failure() != null) {
            failed++;
            problems.accept(where(outcome.paper()) + "extraction failed: " + outcome.failure());
        } else {
            statements += outcome.extraction().statements().size();
            batch.add(outcome.extraction());
            if (batch.size() >= BATCH) {
                flush();
            }
        }
        onPaperDone.run();
    }

    private void flush() {
        if (!batch.isEmpty()) {
            store.replacePapers(batch.stream().map(e -> new PaperGraph(e.paper().key(), RdfMapper.toModel(e))).toList());
            stored += batch.size();
            batch.clear();
        }
    }

    /** Waits for the papers in flight and commits the last batch. */
    public IngestCounts finish() {
        extraction.finish();
        flush();
        return new IngestCounts(stored, skipped, failed, statements);
    }

    @Override
    public void close() {
        extraction.close();
    }

    private static String where(Paper p) {
        return p.source() == null ? "" : p.source() + ": ";
    }

    /** What an ingest did. */
    public record IngestCounts(long stored, long skipped, long failed, long statements) {
    }
}
