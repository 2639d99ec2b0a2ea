package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.paperkg.export.ExportFormat;
import org.paperkg.export.Exporter;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.Lineage;
import org.paperkg.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperkg export}: the graph, or one method's lineage, as GraphML, DOT, Cytoscape.js JSON or RDF. */
@Command(name = "export", description = {
    "Writes the graph for graph tools (GraphML, DOT, Cytoscape.js) or as RDF.",
    "graphml (Gephi, yEd, Cytoscape), dot (Graphviz),",
    "cytoscape (Cytoscape.js JSON), or RDF: ttl (union of the paper graphs), trig, nq, jsonld",
    "(one named graph per paper). --method limits it to one method's lineage."})
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, dot, cytoscape, ttl, trig, nq or jsonld.")
    String format;

    @Option(names = "--method", paramLabel = "NAME",
            description = "Only this method's lineage (name, label or IRI).")
    String method;

    @Option(names = "--depth", defaultValue = "3", paramLabel = "N",
            description = "With --method: extends steps followed each way. Default: ${DEFAULT-VALUE}.")
    int depth;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = ExportFormat.fromCliName(format);
        if (depth < 0) {
            throw new IllegalArgumentException("--depth must be >= 0: " + depth);
        }
        try (PaperStore store = db.openExisting()) {
            Lineage lineage = null;
            if (method != null) {
                GraphReader reader = GraphReader.of(store.dataset());
                GraphNode found = reader.method(method).orElseThrow(() -> new IllegalArgumentException(
                        "no method '" + method + "' in " + db.path()));
                lineage = reader.lineage(found.iri(), depth);
            }
            if (output == null) {
                OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                        .setCharset(StandardCharsets.UTF_8).get();
                Exporter.export(store.dataset(), exportFormat, lineage, out);
                out.flush();
                spec.commandLine().getOut().flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    Exporter.export(store.dataset(), exportFormat, lineage, out);
                }
                spec.commandLine().getErr().println("paperkg: wrote " + output);
            }
        }
        return ExitCodes.OK;
    }
}
