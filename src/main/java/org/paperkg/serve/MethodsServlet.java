package org.paperkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.paperkg.graph.GraphNode;

/** {@code GET /api/methods?prefix=de&limit=20}: method names for autocompletion, prefix matches first. */
final class MethodsServlet extends JsonServlet {

    /** One suggestion. */
    record Suggestion(String iri, String label) {
    }

    MethodsServlet(ApiContext api) {
        super(api);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        int limit = intParam(request, "limit", 20, 1, 200);
        List<Suggestion> methods = api.reader().methods(prefix, limit).stream()
                .map((GraphNode n) -> new Suggestion(n.iri(), n.label())).toList();
        writeJson(response, methods);
    }
}
