package org.paperkg.graph;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-written DETR lineage graph (lineage.trig) in an in-memory TDB2 store shaped like the real one. */
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

    /** A fresh dataset holding the fixture, default graph = union of the paper graphs. */
    public static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = LineageFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, in, Lang.TRIG));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return ds;
    }
}
