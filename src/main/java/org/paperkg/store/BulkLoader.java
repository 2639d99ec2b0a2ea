package org.paperkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads many paper graphs at once. {@link #loadShards} (the {@code load} command on a store that
 * holds papers) replaces papers in one write transaction, so a load that is killed or fails changes
 * nothing. TDB2's bulk loader is much faster, but it commits its indexes in separate steps: killed
 * between them it leaves indexes that disagree. So it only builds new stores:
 * {@link #loadShardsIntoNewStore} builds one in a sibling folder and renames it into place once the
 * load is complete, and {@link #loadQuads} fills a store that is thrown away if the load does not
 * finish (benchmark graphs). Nothing else may use the store while it loads. Every path leaves the
 * store's usage counts and listing keys exact.
 */
public final class BulkLoader {

    /** Prints nothing. */
    public static final MonitorOutput QUIET = (fmt, args) -> { };

    private BulkLoader() {
    }

    /** What a load did. */
    public record LoadCounts(long graphs, long replaced, long quads) {
    }

    /**
     * Loads N-Quads files (gzipped when named .gz) whose named graphs are paper graphs, replacing
     * the stored graph of each paper they contain, as ingest does; all in one write transaction.
     */
    public static LoadCounts loadShards(PaperStore store, List<Path> shards, MonitorOutput output) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            ReplacingSink sink = new ReplacingSink(dsg, output);
            for (Path shard : shards) {
                try (InputStream in = open(shard)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
                } catch (RiotException e) {
                    throw new StoreException("cannot load " + shard + " (nothing was loaded): " + e.getMessage(), e);
                }
            }
            sink.graphs.forEach(g -> sink.touched.add(dsg.getGraph(g)));
            UsageCounts.refresh(dsg, sink.touched);
            ListingKeys.update(dsg, sink.graphs);
            output.print("loaded %,d quads of %,d paper graphs", sink.quads, sink.graphs.size());
            return new LoadCounts(sink.graphs.size(), sink.replaced, sink.quads);
        });
    }

    /** Adds quads, first dropping the stored graph of each paper the first time one of its quads arrives. */
    private static final class ReplacingSink extends StreamRDFBase {
        private static final long REPORT_EVERY = 100_000;
        private final DatasetGraph dsg;
        private final MonitorOutput output;
        private final Set<Node> graphs = new HashSet<>();
        private final UsageCounts.Touched touched = new UsageCounts.Touched();
        private long replaced;
        private long quads;

        ReplacingSink(DatasetGraph dsg, MonitorOutput output) {
            this.dsg = dsg;
            this.output = output;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (!quad.isDefaultGraph() && graphs.add(g) && dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                touched.remove(dsg.getGraph(g));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                replaced++;
            }
            dsg.add(quad);
            if (++quads % REPORT_EVERY == 0) {
                output.print("%,d quads", quads);
            }
        }
    }

    /** True when {@code dir} is missing or an empty folder: a load there may build the store from scratch. */
    public static boolean isNewStore(Path dir) {
        return SiblingBuild.isNew(dir);
    }

    /**
     * Bulk-loads N-Quads shards into a new store at {@code dir} (missing or an empty folder). The
     * store is built in a sibling folder and moved to {@code dir} in one rename when the load is
     * complete: a load that is killed or fails leaves {@code dir} as it was.
     */
    public static LoadCounts loadShardsIntoNewStore(Path dir, List<Path> shards, MonitorOutput output) {
        if (!isNewStore(dir)) {
            throw new StoreException("not a new store (the folder holds files): " + dir);
        }
        CountingStream[] counted = new CountingStream[1];
        try {
            boolean placed = SiblingBuild.build(dir, "loading", building -> {
                try (PaperStore store = PaperStore.open(building)) {
                    counted[0] = loadQuadsCounting(store, shards, output);
                }
            });
            if (!placed) {
                throw new StoreException("another process created a store at " + dir + " during the load; nothing was loaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the store " + dir + ": " + e.getMessage(), e);
        }
        output.print("loaded %,d quads of %,d paper graphs", counted[0].quads, counted[0].graphs.size());
        return new LoadCounts(counted[0].graphs.size(), 0, counted[0].quads);
    }

    private static CountingStream loadQuadsCounting(PaperStore store, List<Path> shards, MonitorOutput output) {
        CountingStream[] counted = new CountingStream[1];
        loadQuads(store, stream -> {
            counted[0] = new CountingStream(stream);
            for (Path shard : shards) {
                try (InputStream in = open(shard)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(counted[0]);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
                } catch (RiotException e) {
                    throw new StoreException("cannot load " + shard + " (nothing was loaded): " + e.getMessage(), e);
                }
            }
        }, output);
        return counted[0];
    }

    /** Passes quads on, counting them and their named graphs. */
    private static final class CountingStream extends StreamRDFWrapper {
        private final Set<Node> graphs = new HashSet<>();
        private long quads;

        CountingStream(StreamRDF out) {
            super(out);
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.isDefaultGraph()) {
                graphs.add(quad.getGraph());
            }
            quads++;
            super.quad(quad);
        }
    }

    /** A shard's bytes, gunzipped when its name ends in .gz (Spark names its shards part-NNNNN[.gz]). */
    private static InputStream open(Path shard) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Bulk-loads the quads {@code source} writes into a new store; returns their number. Not crash-safe. */
    public static long loadQuads(PaperStore store, Consumer<StreamRDF> source, MonitorOutput output) {
        return load(store, loader -> source.accept(loader.stream()), output);
    }

    private static long load(PaperStore store, Consumer<DataLoader> work, MonitorOutput output) {
        DataLoader loader = LoaderFactory.createLoader(store.datasetGraph(), output);
        loader.startBulk();
        try {
            work.accept(loader);
            loader.finishBulk();
            Txn.executeWrite(store.datasetGraph(), () -> {
                UsageCounts.rebuild(store.datasetGraph());
                ListingKeys.rebuild(store.datasetGraph());
            });
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
        return loader.countQuads() + loader.countTriples();
    }
}
