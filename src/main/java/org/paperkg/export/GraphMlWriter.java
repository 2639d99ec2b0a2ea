package org.paperkg.export;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperkg.graph.EntityGraph;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.ResultValue;
import org.paperkg.graph.Support;

/**
 * Writes an entity graph as GraphML (Gephi, yEd, Cytoscape), streaming. Every attribute is a
 * declared key; edges carry the most confident claim's evidence and result.
 */
public final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** A GraphML key: id, domain, attribute name and type, and how to read it. */
    private record Key<T>(String id, String domain, String name, String type, Function<T, Object> value) {
    }

    private static final List<Key<GraphNode>> NODE_KEYS = List.of(
            new Key<>("label", "node", "label", "string", GraphNode::label),
            new Key<>("type", "node", "type", "string", n -> n.type().label()),
            new Key<>("iri", "node", "iri", "string", GraphNode::iri));

    private static final List<Key<GraphEdge>> EDGE_KEYS = List.of(
            new Key<>("relation", "edge", "relation", "string", e -> e.relation().localName()),
            new Key<>("elabel", "edge", "label", "string", EdgeLabels::label),
            new Key<>("confidence", "edge", "confidence", "double", GraphEdge::confidence),
            new Key<>("claims", "edge", "claims", "int", e -> e.support().size()),
            new Key<>("evidence", "edge", "evidence", "string", e -> best(e, Support::evidence)),
            new Key<>("paper", "edge", "paper", "string", e -> best(e, Support::paperIri)),
            new Key<>("paperTitle", "edge", "paperTitle", "string", e -> best(e, Support::paperTitle)),
            new Key<>("value", "edge", "value", "string", e -> result(e, ResultValue::value)),
            new Key<>("delta", "edge", "delta", "string", e -> result(e, ResultValue::delta)),
            new Key<>("unit", "edge", "unit", "string", e -> result(e, ResultValue::unit)),
            new Key<>("dataset", "edge", "dataset", "string", e -> result(e, ResultValue::datasetLabel)));

    private GraphMlWriter() {
    }

    public static void write(EntityGraph graph, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            declare(xml, NODE_KEYS);
            declare(xml, EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "paperkg");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (GraphNode node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.iri());
                data(xml, NODE_KEYS, node);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int i = 0;
            for (GraphEdge edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, EDGE_KEYS, edge);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static <T> void declare(XMLStreamWriter xml, List<Key<T>> keys) throws XMLStreamException {
        for (Key<T> key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key.id());
            xml.writeAttribute("for", key.domain());
            xml.writeAttribute("attr.name", key.name());
            xml.writeAttribute("attr.type", key.type());
            xml.writeCharacters("\n");
        }
    }

    private static <T> void data(XMLStreamWriter xml, List<Key<T>> keys, T element) throws XMLStreamException {
        for (Key<T> key : keys) {
            Object value = key.value().apply(element);
            if (value != null) {
                xml.writeStartElement("data");
                xml.writeAttribute("key", key.id());
                xml.writeCharacters(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
                xml.writeEndElement();
            }
        }
    }

    private static String best(GraphEdge edge, Function<Support, String> field) {
        return edge.best().map(field).orElse(null);
    }

    private static String result(GraphEdge edge, Function<ResultValue, String> field) {
        return edge.best().map(Support::result).map(field).orElse(null);
    }
}
