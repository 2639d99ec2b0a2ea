package org.paperkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.paperkg.query.Page;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.SavedQuery;

/**
 * {@code GET /api/queries} lists the saved queries; {@code GET /api/queries/NAME?param=value}
 * runs one, its parameters bound as RDF terms by {@link QueryRunner#bindings}, and answers SPARQL
 * results JSON, or CSV/TSV/XML by {@code Accept} or {@code ?format=}.
 */
final class SavedQueryServlet extends JsonServlet {

    /** The request parameter that picks the result format rather than binding a variable. */
    static final String FORMAT_PARAM = "format";
    /** Request parameters that pick the page of rows. */
    static final String LIMIT_PARAM = "limit";
    static final String OFFSET_PARAM = "offset";

    /** How a saved query is listed. */
    record Listing(String name, String title, String description, List<SavedQuery.Param> parameters) {
    }

    SavedQueryServlet(ApiContext api) {
        super(api);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            writeJson(response, api.queries().stream()
                    .map(q -> new Listing(q.name(), q.title(), q.description(), q.params())).toList());
            return;
        }
        String name = path.substring(1);
        SavedQuery query = api.query(name).orElseThrow(() -> ApiException.notFound(
                "no saved query '" + name + "'; GET /api/queries lists them"));
        Lang lang = resultLang(request);
        Page page = Page.of(number(request, OFFSET_PARAM, 0), number(request, LIMIT_PARAM, Page.DEFAULT_LIMIT));
        RowSetRewindable rows = select(query, params(request), page);
        response.setStatus(200);
        response.setContentType(lang.getHeaderString());
        response.setCharacterEncoding("UTF-8");
        ResultSetMgr.write(response.getOutputStream(), ResultSet.adapt(rows), lang);
    }

    /** Runs the query under the server's timeout and row cap, reading all rows inside the transaction. */
    private RowSetRewindable select(SavedQuery saved, Map<String, String> params, Page page) {
        saved.params().stream().filter(SavedQuery.Param::required).filter(p -> !params.containsKey(p.name()))
                .findFirst().ifPresent(p -> {
                    throw ApiException.badRequest("query '" + saved.name() + "' needs the parameter '" + p.name()
                            + "' (" + p.description() + "): /api/queries/" + saved.name() + "?" + p.name() + "=VALUE");
                });
        return QueryRunner.select(api.dataset(), saved, params,
                new QueryRunner.Limits(api.timeout(), api.maxRows()), page);
    }

    private static long number(HttpServletRequest request, String name, long absent) {
        String value = request.getParameter(name);
        if (value == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("'" + name + "' must be a whole number, 0 or more, not '" + value + "'");
    }

    private static Map<String, String> params(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals(FORMAT_PARAM) || name.equals(LIMIT_PARAM) || name.equals(OFFSET_PARAM)) {
                return;
            }
            if (values.length != 1) {
                throw ApiException.badRequest("parameter '" + name + "' given " + values.length + " times");
            }
            params.put(name, values[0]);
        });
        return params;
    }

    /** ?format= wins over Accept; SPARQL results JSON by default. */
    static Lang resultLang(HttpServletRequest request) {
        String format = request.getParameter(FORMAT_PARAM);
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> ResultSetLang.RS_JSON;
                case "csv" -> ResultSetLang.RS_CSV;
                case "tsv" -> ResultSetLang.RS_TSV;
                case "xml" -> ResultSetLang.RS_XML;
                default -> throw ApiException.badRequest("unknown format '" + format + "'; use json, csv, tsv or xml");
            };
        }
        String accept = String.valueOf(request.getHeader("Accept")).toLowerCase(Locale.ROOT);
        if (accept.contains("text/csv")) {
            return ResultSetLang.RS_CSV;
        }
        if (accept.contains("text/tab-separated-values")) {
            return ResultSetLang.RS_TSV;
        }
        if (accept.contains("application/sparql-results+xml")) {
            return ResultSetLang.RS_XML;
        }
        return ResultSetLang.RS_JSON;
    }
}
