package org.paperkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.paperkg.store.PaperStore;

/** The hand-written DETR lineage graph (lineage.trig) in an in-memory store. */
public final class LineageFixture {

    public static final String RESOURCE = "/org/paperkg/serve/lineage.trig";
    public static final String METHOD = "https://w3id.org/paperkg/id/method/";
    public static final String DETR = METHOD + "detr";
    public static final String DEFORMABLE_DETR = METHOD + "deformable-detr";
    public static final String DINO = METHOD + "dino";
    public static final String FOCUS_DETR = METHOD + "focus-detr";
    public static final String COCO = "https://w3id.org/paperkg/id/dataset/coco";
    public static final String AP = "https://w3id.org/paperkg/id/metric/ap";

    private LineageFixture() {
    }

    /** A fresh in-memory store holding the fixture. */
    public static PaperStore store() {
        PaperStore store = PaperStore.inMemory();
        Dataset ds = store.dataset();
        try (InputStream in = LineageFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, in, Lang.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** The fixture store's dataset: default graph = union of the paper graphs. */
    public static Dataset dataset() {
        return store().dataset();
    }
}
