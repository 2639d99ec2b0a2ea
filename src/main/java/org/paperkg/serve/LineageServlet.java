package org.paperkg.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.paperkg.export.CytoscapeJson;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.Lineage;
import org.paperkg.graph.NodeType;

/**
 * {@code GET /api/lineage?method=IRI-or-name&depth=N}: a method's lineage as Cytoscape.js
 * elements, each node with its role (center, ancestor, descendant, method, dataset, ...) and each
 * edge with its claims (evidence, confidence, paper, result).
 */
final class LineageServlet extends JsonServlet {

    static final int DEFAULT_DEPTH = 3;
    static final int MAX_DEPTH = 10;

    LineageServlet(ApiContext api) {
        super(api);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = required(request, "method");
        int depth = intParam(request, "depth", DEFAULT_DEPTH, 0, MAX_DEPTH);
        GraphNode center = api.reader().method(method)
                .orElseThrow(() -> ApiException.notFound("no method '" + method + "' in the graph"));
        Lineage lineage = api.reader().lineage(center.iri(), depth);
        Set<String> ancestors = lineage.ancestors();
        Set<String> descendants = lineage.descendants();

        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator json = JSON.getFactory().createGenerator(response.getOutputStream())) {
            json.writeStartObject();
            json.writeObjectFieldStart("center");
            json.writeStringField("iri", center.iri());
            json.writeStringField("label", center.label());
            json.writeEndObject();
            json.writeNumberField("depth", depth);
            json.writeFieldName("elements");
            CytoscapeJson.writeElements(json, lineage.graph(), node -> role(node, center, ancestors, descendants));
            json.writeEndObject();
        }
    }

    private static String role(GraphNode node, GraphNode center, Set<String> ancestors, Set<String> descendants) {
        if (node.iri().equals(center.iri())) {
            return "center";
        }
        if (ancestors.contains(node.iri())) {
            return "ancestor";
        }
        if (descendants.contains(node.iri())) {
            return "descendant";
        }
        return node.type() == NodeType.METHOD ? "related" : node.type().label().toLowerCase(Locale.ROOT);
    }
}
