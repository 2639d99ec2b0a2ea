package org.paperkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query service with a ceiling on result size: a query without a LIMIT, or with
 * a larger one, runs with LIMIT {@code maxRows}, and the response says so in a header.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {

    /** Response header naming the row limit that was applied to the query. */
    static final String ROW_LIMIT_HEADER = "X-Paperkg-Row-Limit";

    private final long maxRows;

    CappedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }
}
