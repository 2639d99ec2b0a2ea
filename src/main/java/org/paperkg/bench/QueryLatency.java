package org.paperkg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryCancelledException;
import org.paperkg.query.Page;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;
import org.paperkg.store.PaperStore;

/**
 * Median latency of each saved query on a store, run the way the CLI and the HTTP API run it
 * (parameters bound, the default first page of rows, read in full). Each query runs with the
 * examples its header gives for its parameters and, when none is required, also with no
 * parameters (its whole-graph form).
 */
final class QueryLatency {

    /** Parameter values for headers that give no example; names of seed entities. */
    private static final Map<String, String> FALLBACK = Map.of(
            "method", "Transformer", "dataset", "COCO", "metric", "AP", "task", "object detection", "titleWord", "detection");
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s*(.+?)\\s*(?:\\(|$)");
    /** A run slower than this is not repeated: its time is already the answer. */
    private static final double SLOW_SECONDS = 10;
    /** A run is stopped after this long. */
    static final long LIMIT_SECONDS = 120;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paperkg-bench-query-limit");
        t.setDaemon(true);
        return t;
    });

    /** One query, one parameter set. */
    record Timing(String query, Map<String, String> params, long rows, double medianMillis, int runs) {
    }

    private QueryLatency() {
    }

    static List<Timing> measure(PaperStore store, int runs) {
        List<Timing> out = new ArrayList<>();
        for (SavedQuery q : SavedQueries.builtIn()) {
            for (Map<String, String> params : parameterSets(q)) {
                out.add(time(store, q, params, runs));
            }
        }
        return out;
    }

    static List<Map<String, String>> parameterSets(SavedQuery q) {
        List<Map<String, String>> sets = new ArrayList<>();
        if (q.params().stream().noneMatch(SavedQuery.Param::required)) {
            sets.add(Map.of());
        }
        Map<String, String> examples = new LinkedHashMap<>();
        for (SavedQuery.Param p : q.params()) {
            Matcher m = EXAMPLE.matcher(p.description());
            String value = m.find() ? m.group(1) : FALLBACK.get(p.name());
            if (value != null) {
                examples.put(p.name(), value);
            }
        }
        if (!examples.isEmpty()) {
            sets.add(examples);
        }
        return sets;
    }

    static Timing time(PaperStore store, SavedQuery q, Map<String, String> params, int runs) {
        long[] rows = {0};
        // One unmeasured run first: parsing, JIT and the OS file cache settle.
        double first = run(store, q, params, rows);
        boolean slow = first / 1000 > SLOW_SECONDS;   // infinite when stopped at the limit
        double[] millis = slow ? new double[] {first} : new double[runs];
        for (int i = 0; !slow && i < runs; i++) {
            millis[i] = run(store, q, params, new long[1]);
        }
        Arrays.sort(millis);
        return new Timing(q.name(), params, rows[0], millis[millis.length / 2], millis.length);
    }

    /** Runs the query once, reading all rows; returns its milliseconds, or infinity when it was stopped at the limit. */
    private static double run(PaperStore store, SavedQuery q, Map<String, String> params, long[] rows) {
        long t = System.nanoTime();
        try {
            QueryRunner.run(store.dataset(), q, params, QueryRunner.Limits.NONE, Page.FIRST, exec -> {
                ScheduledFuture<?> stop = TIMER.schedule(exec::abort, LIMIT_SECONDS, TimeUnit.SECONDS);
                try {
                    exec.select().forEachRemaining(b -> rows[0]++);
                } finally {
                    stop.cancel(false);
                }
                return null;
            });
        } catch (QueryCancelledException e) {
            return Double.POSITIVE_INFINITY;
        }
        return (System.nanoTime() - t) / 1e6;
    }
}
