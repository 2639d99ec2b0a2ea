package org.paperkg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import org.paperkg.graph.EntityGraph;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.ResultValue;
import org.paperkg.graph.Support;

/**
 * Writes an entity graph as Cytoscape.js elements ({@code {"nodes":[{"data":..}],"edges":[..]}}),
 * the format Cytoscape.js takes and Cytoscape desktop imports as .cyjs.
 */
public final class CytoscapeJson {

    private CytoscapeJson() {
    }

    /** A whole .cyjs document: {@code {"elements": {...}}}. */
    public static void writeDocument(JsonGenerator json, EntityGraph graph) throws IOException {
        json.writeStartObject();
        json.writeFieldName("elements");
        writeElements(json, graph, node -> null);
        json.writeEndObject();
        json.flush();
    }

    /**
     * The elements object.
     *
     * @param roleOf a role per node ("center", "ancestor", ...) written as data.role and as the
     *               element's class, or null for none
     */
    public static void writeElements(JsonGenerator json, EntityGraph graph, Function<GraphNode, String> roleOf)
            throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("nodes");
        for (GraphNode node : graph.nodes()) {
            String role = roleOf.apply(node);
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", node.iri());
            json.writeStringField("label", node.label());
            json.writeStringField("type", node.type().label());
            if (role != null) {
                json.writeStringField("role", role);
            }
            json.writeEndObject();
            if (role != null) {
                json.writeStringField("classes", role);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        for (GraphEdge edge : graph.edges()) {
            writeEdge(json, edge);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEdge(JsonGenerator json, GraphEdge edge) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("relation", edge.relation().localName());
        json.writeStringField("label", EdgeLabels.label(edge));
        writeDecimal(json, "confidence", edge.confidence());
        json.writeArrayFieldStart("support");
        for (Support s : edge.support()) {
            json.writeStartObject();
            json.writeStringField("claim", s.claimIri());
            writeString(json, "evidence", s.evidence());
            writeDecimal(json, "confidence", s.confidence());
            writeString(json, "paper", s.paperIri());
            writeString(json, "paperTitle", s.paperTitle());
            if (s.result() != null) {
                ResultValue r = s.result();
                json.writeObjectFieldStart("result");
                writeString(json, "value", r.value());
                writeString(json, "delta", r.delta());
                writeString(json, "unit", r.unit());
                writeString(json, "dataset", r.datasetIri());
                writeString(json, "datasetLabel", r.datasetLabel());
                json.writeStringField("text", r.describe());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeString(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void writeDecimal(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeNumberField(field, value);
        }
    }
}
