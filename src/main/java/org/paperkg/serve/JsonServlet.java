package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Base of the JSON API servlets: GET only, and every failure answered as {@code {"error": ..., "status": ...}}. */
abstract class JsonServlet extends HttpServlet {

    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);

    protected final transient ApiContext api;

    JsonServlet(ApiContext api) {
        this.api = api;
    }

    /** Answers one GET; throw {@link ApiException} or IllegalArgumentException to refuse it. */
    protected abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            get(request, response);
        } catch (ApiException e) {
            error(response, e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            error(response, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            error(response, 503, "query stopped after the server's timeout of " + api.timeout().toSeconds() + " s");
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            error(response, 500, "internal error: " + e);
        }
    }

    static void writeJson(HttpServletResponse response, Object body) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** A required request parameter, or 400. */
    static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing parameter '" + name + "'");
        }
        return value;
    }

    /** An integer request parameter within bounds, its default when absent, or 400. */
    static int intParam(HttpServletRequest request, String name, int defaultValue, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest("parameter '" + name + "' must be in " + min + ".." + max + ": " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' is not an integer: " + value);
        }
    }
}
