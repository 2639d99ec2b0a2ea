package org.paperkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.model.Extraction;
import org.paperkg.store.BulkLoader;
import org.paperkg.store.PaperStore;

/**
 * A TDB2 store of N papers replicated from real extractions, built once per work folder and
 * size and reused by later runs (a marker file says the load finished).
 */
final class LargeGraph {

    private static final String DONE = "paperkg-bench-complete";

    /** Where the graph is and what building it took (zero seconds when reused). */
    record Built(Path dir, long papers, long quads, double seconds, boolean reused) {
    }

    private LargeGraph() {
    }

    static Built buildOrReuse(Path work, long papers, List<Extraction> seeds) {
        Path dir = work.resolve("graph-" + papers);
        Path marker = dir.resolve(DONE);
        try {
            if (Files.exists(marker)) {
                return new Built(dir, papers, Long.parseLong(Files.readString(marker).strip()), 0, true);
            }
            Folders.deleteTree(dir);
            Files.createDirectories(dir);
            long t = System.nanoTime();
            long quads;
            try (PaperStore store = PaperStore.open(dir)) {
                quads = BulkLoader.loadQuads(store, out -> GraphReplicator.of(seeds).writeQuads(papers, out),
                        BulkLoader.QUIET);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            Files.writeString(marker, quads + "\n");
            return new Built(dir, papers, quads, seconds, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the benchmark graph in " + dir + ": " + e.getMessage(), e);
        }
    }
}
