package org.paperkg.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;

/**
 * Extracts papers on worker threads and hands the results on in input order, with a bounded
 * number in flight so memory stays flat however long the input is.
 * <pre>
 * try (var run = new OrderedExtraction(extractor::extract, 2, outcome -> ...)) {
 *     papers.forEach(run::submit);
 * }
 * </pre>
 */
public final class OrderedExtraction implements AutoCloseable {

    /** A paper and either its extraction or why extraction failed. */
    public record Outcome(Paper paper, Extraction extraction, Exception failure) {
    }

    private final Function<Paper, Extraction> extract;
    private final ExecutorService workers;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final int maxInFlight;
    private final Consumer<Outcome> sink;

    private record Pending(Paper paper, Future<Extraction> future) {
    }

    public OrderedExtraction(Function<Paper, Extraction> extract, int threads, Consumer<Outcome> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.extract = extract;
        this.sink = sink;
        this.maxInFlight = threads * 8;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a paper; blocks while too many are in flight, handing finished ones to the sink. */
    public void submit(Paper paper) {
        inFlight.addLast(new Pending(paper, workers.submit(() -> extract.apply(paper))));
        while (inFlight.size() >= maxInFlight) {
            deliverHead();
        }
    }

    /** Waits for everything in flight and delivers it. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    @Override
    public void close() {
        finish();
        workers.shutdownNow();
    }

    private void deliverHead() {
        Pending head = inFlight.removeFirst();
        try {
            sink.accept(new Outcome(head.paper(), head.future().get(), null));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            sink.accept(new Outcome(head.paper(), null, cause instanceof Exception ex ? ex : new RuntimeException(cause)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
    }
}
