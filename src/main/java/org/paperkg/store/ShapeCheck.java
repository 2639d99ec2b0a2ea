package org.paperkg.store;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;

/** Validates a store, or one graph, against the SHACL shapes shipped in {@code ontology/shapes.ttl}. */
public final class ShapeCheck {

    public static final String SHAPES_RESOURCE = "paperkg/ontology/shapes.ttl";

    /** Violations found, as one readable line each, and the size of what was checked. */
    public record Report(List<String> violations, long triples) {
    }

    private ShapeCheck() {
    }

    public static Report validate(PaperStore store) {
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionModel().getGraph()));
    }

    public static Report validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        List<String> lines = report.getEntries().stream().map(ShapeCheck::describe).toList();
        return new Report(lines, data.size());
    }

    public static Shapes shapes() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shapes missing from the classpath: " + SHAPES_RESOURCE);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Shapes.parse(m.getGraph());
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message();
    }
}
