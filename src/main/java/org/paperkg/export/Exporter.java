package org.paperkg.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.paperkg.graph.EntityGraph;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.Lineage;

/** Writes the whole store, or one method's lineage, in any {@link ExportFormat}. */
public final class Exporter {

    private Exporter() {
    }

    /**
     * @param lineage the neighbourhood to write, or null for the whole store
     */
    public static void export(Dataset dataset, ExportFormat format, Lineage lineage, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format.isRdf()) {
            if (lineage == null) {
                RdfExport.writeAll(dataset, format, out);
            } else {
                RdfExport.writeLineage(dataset, lineage, format, out);
            }
            return;
        }
        EntityGraph graph = lineage == null ? GraphReader.of(dataset).all() : lineage.graph();
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            switch (format) {
                case GRAPHML -> GraphMlWriter.write(graph, writer);
                case DOT -> DotWriter.write(graph, writer);
                case CYTOSCAPE -> {
                    JsonGenerator json = new JsonFactory().createGenerator(writer).useDefaultPrettyPrinter();
                    CytoscapeJson.writeDocument(json, graph);
                }
                default -> throw new IllegalStateException("unhandled format " + format);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }
}
