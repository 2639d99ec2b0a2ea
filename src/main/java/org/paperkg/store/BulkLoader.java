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
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads many paper graphs at once with TDB2's bulk loader, much faster than transactions of
 * {@link PaperStore#replacePapers}: for N-Quads shards written by a cluster, and for benchmark
 * graphs. Nothing else may use the store while it loads.
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
     * Loads N-Quads files (gzipped when named .gz) whose named graphs are paper graphs,
     * first dropping the stored graphs of the papers they contain, so a paper loaded again is
     * replaced rather than merged, as with ingest.
     */
    public static LoadCounts loadShards(PaperStore store, List<Path> shards, MonitorOutput output) {
        Set<Node> graphs = new HashSet<>();
        StreamRDF names = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (!quad.isDefaultGraph()) {
                    graphs.add(quad.getGraph());
                }
            }
        };
        for (Path shard : shards) {
            try (InputStream in = open(shard)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(names);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
            }
        }
        long replaced = dropExisting(store.datasetGraph(), graphs);
        long quads = load(store, loader -> shards.forEach(shard -> {
            try (InputStream in = open(shard)) {
                loader.loadFromInputStream(shard.toUri().toString(), in, Lang.NQUADS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + shard + ": " + e.getMessage(), e);
            }
        }), output);
        return new LoadCounts(graphs.size(), replaced, quads);
    }

    /** A shard's bytes, gunzipped when its name ends in .gz (Spark names its shards part-NNNNN[.gz]). */
    private static InputStream open(Path shard) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Bulk-loads the quads {@code source} writes to the stream it is given; returns their number. */
    public static long loadQuads(PaperStore store, Consumer<StreamRDF> source, MonitorOutput output) {
        return load(store, loader -> source.accept(loader.stream()), output);
    }

    private static long load(PaperStore store, Consumer<DataLoader> work, MonitorOutput output) {
        DataLoader loader = LoaderFactory.createLoader(store.datasetGraph(), output);
        loader.startBulk();
        try {
            work.accept(loader);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
        return loader.countQuads() + loader.countTriples();
    }

    private static long dropExisting(DatasetGraph dsg, Set<Node> graphs) {
        return Txn.calculateWrite(dsg, () -> {
            long dropped = 0;
            for (Node g : graphs) {
                if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    dropped++;
                }
            }
            return dropped;
        });
    }
}
