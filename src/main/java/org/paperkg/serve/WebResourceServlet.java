package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the lineage page and its scripts from the classpath, so the tool works offline:
 * {@code /} is the page, {@code /web/NAME} a file of the page, {@code /web/cytoscape.min.js}
 * Cytoscape.js from its WebJar.
 */
final class WebResourceServlet extends HttpServlet {

    static final String WEB_ROOT = "org/paperkg/serve/web/";
    /** Where the Cytoscape.js WebJar keeps its browser build. */
    static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    /** The files that may be served, by request path, with their content types. */
    private static final Map<String, Resource> FILES = Map.of(
            "/", new Resource(WEB_ROOT + "index.html", "text/html;charset=utf-8"),
            "/web/lineage.js", new Resource(WEB_ROOT + "lineage.js", "text/javascript;charset=utf-8"),
            "/web/lineage.css", new Resource(WEB_ROOT + "lineage.css", "text/css;charset=utf-8"),
            "/web/cytoscape.min.js", new Resource(CYTOSCAPE, "text/javascript;charset=utf-8"));

    private record Resource(String classpath, String contentType) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Resource file = FILES.get(path.isEmpty() ? "/" : path);
        InputStream in = file == null ? null : WebResourceServlet.class.getClassLoader().getResourceAsStream(file.classpath());
        if (in == null) {
            response.sendError(404, "not found: " + path);
            return;
        }
        try (in) {
            response.setContentType(file.contentType());
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
