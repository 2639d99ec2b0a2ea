package org.paperkg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.graph.LineageFixture.DEFORMABLE_DETR;
import static org.paperkg.graph.LineageFixture.DETR;
import static org.paperkg.graph.LineageFixture.DINO;
import static org.paperkg.graph.LineageFixture.FOCUS_DETR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperkg.graph.EntityGraph;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.Lineage;
import org.paperkg.graph.LineageFixture;
import org.paperkg.graph.NodeType;
import org.paperkg.model.PKG;
import org.paperkg.model.Relation;
import org.paperkg.testing.ExternalTool;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExporterTest {

    private final Dataset dataset = LineageFixture.dataset();
    private final EntityGraph graph = GraphReader.of(dataset).all();

    @Test
    void graphMlParsesAndDeclaresEveryKeyItUses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(export(ExportFormat.GRAPHML, null)));

        Set<String> declared = new HashSet<>();
        NodeList keys = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            declared.add(((Element) keys.item(i)).getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(declared).contains(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(graph.nodes().size());
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(graph.edges().size());
        Element focus = nodeElement(doc, FOCUS_DETR);
        assertThat(focus.getTextContent()).contains("Focus-DETR", "Method");
    }

    @Test
    void graphMlEdgesCarryEvidenceAndResultValues() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(export(ExportFormat.GRAPHML, null)));
        NodeList edges = doc.getElementsByTagName("edge");
        String improves = null;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("source").equals(FOCUS_DETR) && e.getTextContent().contains("improves")) {
                improves = e.getTextContent();
            }
        }
        assertThat(improves).contains("50.4", "+2.2", "COCO", "Focus-DETR reaches 50.4 AP on COCO");
    }

    @Test
    void dotRendersWithGraphviz(@TempDir Path dir) throws Exception {
        Path dot = ExternalTool.require("/usr/bin/dot", "graphviz");
        Path file = dir.resolve("graph.dot");
        Files.write(file, export(ExportFormat.DOT, null));

        String svg = render(dot, file);

        assertThat(svg).contains("<svg", "Focus&#45;DETR", "Deformable DETR", "improves 50.4 (+2.2)");
        assertThat(svg.split("class=\"node\"", -1)).hasSize(graph.nodes().size() + 1);
    }

    @Test
    void dotEscapesQuotesBackslashesAndLineBreaksInLabels(@TempDir Path dir) throws Exception {
        Path dot = ExternalTool.require("/usr/bin/dot", "graphviz");
        String nasty = "A \"quoted\" C:\\path\\ name\nwith a break \\";
        GraphNode a = new GraphNode("urn:x:a\"b", NodeType.METHOD, nasty);
        GraphNode b = new GraphNode("urn:x:c", NodeType.DATASET, "{braces} <angle> ;");
        EntityGraph tricky = new EntityGraph(List.of(a, b),
                List.of(new GraphEdge(a.iri(), Relation.EVALUATED_ON, b.iri(), List.of())));
        Path file = dir.resolve("tricky.dot");
        try (var out = Files.newBufferedWriter(file)) {
            DotWriter.write(tricky, out);
        }

        String svg = render(dot, file);

        assertThat(svg).contains("A &quot;quoted&quot; C:\\path\\ name", "break \\", "{braces} &lt;angle&gt; ;");
    }

    @Test
    void cytoscapeJsonHasNodesAndEdgesWithEvidence() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(export(ExportFormat.CYTOSCAPE, null));

        JsonNode elements = doc.get("elements");
        assertThat(elements.get("nodes")).hasSize(graph.nodes().size());
        assertThat(elements.get("edges")).hasSize(graph.edges().size());
        JsonNode extendsEdge = null;
        for (JsonNode e : elements.get("edges")) {
            if (e.at("/data/source").asText().equals(DINO) && e.at("/data/relation").asText().equals("extends")) {
                extendsEdge = e;
            }
        }
        assertThat(extendsEdge).isNotNull();
        assertThat(extendsEdge.at("/data/target").asText()).isEqualTo(DEFORMABLE_DETR);
        assertThat(extendsEdge.at("/data/confidence").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(extendsEdge.at("/data/support/0/evidence").asText()).contains("improves over Deformable DETR");
        assertThat(extendsEdge.at("/data/support/0/paperTitle").asText()).startsWith("DINO:");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQ", "JSONLD"})
    void quadFormatsRoundTripEveryPaperGraph(ExportFormat format) {
        byte[] bytes = export(format, null);

        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).parse(parsed);

        long expected = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        assertThat(parsed.stream().count()).isEqualTo(expected);
        assertThat(parsed.listGraphNodes()).toIterable().hasSize(4);
        assertThat(parsed.contains(NodeFactory.createURI("https://w3id.org/paperkg/id/paper/dino"),
                NodeFactory.createURI(DINO), PKG.extends_.asNode(), NodeFactory.createURI(DEFORMABLE_DETR))).isTrue();
    }

    @Test
    void turtleHoldsTheUnionOfThePaperGraphs() {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TTL, null))).lang(Lang.TURTLE).parse(parsed);

        long distinct = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream()
                .map(q -> q.asTriple()).distinct().count());
        assertThat((long) parsed.size()).isEqualTo(distinct);
        assertThat(new String(export(ExportFormat.TTL, null), StandardCharsets.UTF_8)).contains("PREFIX pkg:");
    }

    @Test
    void methodExportIsLimitedToTheLineage() {
        Lineage lineage = GraphReader.of(dataset).lineage(DINO, 1);

        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TRIG, lineage))).lang(Lang.TRIG).parse(parsed);

        var dino = NodeFactory.createURI(DINO);
        assertThat(parsed.contains(null, dino, PKG.extends_.asNode(), NodeFactory.createURI(DEFORMABLE_DETR))).isTrue();
        assertThat(parsed.contains(null, null, null, NodeFactory.createLiteralString(
                "We present DINO, a DETR-like detector that improves over Deformable DETR."))).isTrue();
        assertThat(parsed.contains(null, NodeFactory.createURI(FOCUS_DETR), null, null)).isFalse();
        assertThat(parsed.contains(null, NodeFactory.createURI(DEFORMABLE_DETR), PKG.extends_.asNode(),
                NodeFactory.createURI(DETR))).as("depth 1 stops at the parent").isFalse();
    }

    private byte[] export(ExportFormat format, Lineage lineage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(dataset, format, lineage, out);
        return out.toByteArray();
    }

    private static Lang lang(ExportFormat format) {
        return switch (format) {
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            default -> Lang.TURTLE;
        };
    }

    private static Element nodeElement(Document doc, String iri) {
        NodeList nodes = doc.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("id").equals(iri)) {
                return e;
            }
        }
        throw new AssertionError("no node " + iri);
    }

    private static String render(Path dot, Path file) throws Exception {
        Process p = new ProcessBuilder(dot.toString(), "-Tsvg", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Error", "Warning");
        return output;
    }
}
