package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TDB2StorageBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.model.Iris;
import org.paperkg.model.PKG;

/**
 * The embedded TDB2 store: one named graph per paper, queries over their union, and the
 * {@link UsageCounts} and {@link ListingKeys} that each write keeps exact in the default graph.
 * <pre>
 * try (PaperStore store = PaperStore.open(Path.of("paperkg-db"))) {
 *     store.replacePapers(List.of(new PaperGraph(key, model)));
 * }
 * </pre>
 */
public final class PaperStore implements AutoCloseable {

    /** The default store folder, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("paperkg-db");
    /** How TDB2 (ProcessFileLock) says the folder's lock is held by another live process. */
    private static final String LOCK_HELD = "Failed to get a lock";
    /** The folder TDB2 keeps a store's first generation of files in (the next compaction writes Data-0002). */
    private static final String DATA_FOLDER = "Data-0001";

    private final Dataset dataset;

    private PaperStore(Dataset dataset) {
        this.dataset = dataset;
        // Queries (saved, CLI, endpoint) see all paper graphs as one default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (Txn.calculateRead(dataset, () -> UsageCounts.missing(datasetGraph()))) {
            Txn.executeWrite(dataset, () -> UsageCounts.rebuild(datasetGraph()));
        }
        if (Txn.calculateRead(dataset, () -> ListingKeys.missing(datasetGraph()))) {
            Txn.executeWrite(dataset, () -> ListingKeys.rebuild(datasetGraph()));
        }
    }

    /** Opens (creating if needed) the store in a folder. */
    public static PaperStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw notAFolder(dir);
        }
        requireStoreOrEmpty(dir);
        if (SiblingBuild.isNew(dir)) {
            create(dir);
        }
        Location location = Location.create(dir.toAbsolutePath().toString());
        try {
            return new PaperStore(TDB2Factory.connectDataset(location));
        } catch (RuntimeException e) {
            if (isLockedByOtherProcess(e)) {
                throw new StoreException("the store " + dir + " is in use by another paperkg process"
                        + " (ingest or serve); wait for it to finish or use another --db", e);
            }
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the TDB2 files of a new store beside {@code dir} and renames them into place: killed
     * while TDB2 writes its index files one by one, creating in place would leave indexes that a
     * later write finds broken. The files are formatted by TDB2's storage builder, which neither
     * locks them nor registers them with TDB2, so they are closed without an expel (whose full
     * garbage collection costs a JVM holding the extraction models a few tenths of a CPU second).
     */
    private static void create(Path dir) {
        try {
            SiblingBuild.build(dir, "creating", building -> {
                Path data = building.resolve(DATA_FOLDER);
                try {
                    Files.createDirectories(data);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                DatasetGraphTDB created = TDB2StorageBuilder.build(Location.create(data.toString()));
                try {
                    Txn.executeWrite(created, () -> { });
                } finally {
                    created.shutdown();
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot create the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store; a missing folder is an error rather than a new empty store. */
    public static PaperStore openExisting(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw notAFolder(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (run `paperkg ingest --db " + dir + " FILE...` first)");
        }
        return open(dir);
    }

    /**
     * Refuses a folder that holds files but no TDB2 database (its Data-NNNN folders or its lock):
     * --db pointed at the wrong folder, which the store would otherwise fill with its files.
     */
    private static void requireStoreOrEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            if (!names.isEmpty() && names.stream().noneMatch(n -> n.equals("tdb.lock") || n.matches("Data-\\d+"))) {
                throw new StoreException("the folder " + dir + " is not a paperkg store (it holds other files, e.g. "
                        + names.get(0) + "); give --db a new or empty folder");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static StoreException notAFolder(Path dir) {
        return new StoreException("store path is not a folder: " + dir);
    }

    /** A store in memory (tests). */
    public static PaperStore inMemory() {
        return new PaperStore(TDB2Factory.createDataset());
    }

    /** The Jena dataset; its default graph is the union of the paper graphs. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Replaces each paper's named graph in one transaction, with the usage counts and listing keys they change:
     * all of the batch is stored or none.
     */
    public void replacePapers(Collection<PaperGraph> papers) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = datasetGraph();
            UsageCounts.Touched touched = new UsageCounts.Touched();
            List<Node> graphs = new ArrayList<>();
            for (PaperGraph p : papers) {
                Node graph = NodeFactory.createURI(Iris.paperGraph(p.paperKey()));
                touched.remove(dsg.getGraph(graph));
                dsg.removeGraph(graph);
                dsg.addGraph(graph, p.model().getGraph());
                touched.add(p.model().getGraph());
                graphs.add(graph);
            }
            UsageCounts.refresh(dsg, touched);
            ListingKeys.update(dsg, graphs);
        });
    }

    public void replacePaper(String paperKey, Model model) {
        replacePapers(java.util.List.of(new PaperGraph(paperKey, model)));
    }

    /** True when the paper is stored with this content hash (so it need not be extracted again). */
    public boolean has(String paperKey, String contentHash) {
        Node g = NodeFactory.createURI(Iris.paperGraph(paperKey));
        Node p = NodeFactory.createURI(Iris.paper(paperKey));
        return Txn.calculateRead(dataset, () -> datasetGraph().contains(g, p,
                PKG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash)));
    }

    @Override
    public void close() {
        // Expel rather than just close: frees the folder's lock so another process (or a later
        // open in this one) can use the store.
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** TDB2's lock on the folder is held by another process (not just any message mentioning "lock"). */
    private static boolean isLockedByOtherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || String.valueOf(t.getMessage()).startsWith(LOCK_HELD)) {
                return true;
            }
        }
        return false;
    }
}
