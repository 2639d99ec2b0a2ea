package org.paperkg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.paperkg.model.Names;

/**
 * Runs saved queries with parameters bound as RDF terms by Jena (substituted into the parsed
 * query's algebra, never spliced into its text), so a value cannot change the query.
 * For each parameter {@code ?p} the runner also binds {@code ?pKey} to the value's normalised
 * entity key, which queries use to find an entity by name through an index.
 */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** Bounds on one run: a timeout and a row cap (zero or null for none). */
    public record Limits(Duration timeout, long maxRows) {
        public static final Limits NONE = new Limits(null, 0);
    }

    /**
     * Runs a SELECT query and returns its rows, read in full and detached from the store inside
     * the read transaction (TDB2 bindings are only valid inside it).
     */
    public static RowSetRewindable select(Dataset dataset, SavedQuery query, Map<String, String> params) {
        return select(dataset, query, params, Limits.NONE);
    }

    /**
     * Runs a SELECT query within limits: a query without LIMIT, or with a larger one, gets the row
     * cap; one running past the timeout is cancelled ({@code QueryCancelledException}).
     */
    public static RowSetRewindable select(Dataset dataset, SavedQuery query, Map<String, String> params,
                                          Limits limits) {
        return select(dataset, query, params, limits, Page.ALL);
    }

    /** Runs a SELECT query within limits and answers one page of its rows (the cap still applies). */
    public static RowSetRewindable select(Dataset dataset, SavedQuery query, Map<String, String> params,
                                          Limits limits, Page page) {
        return run(dataset, query, params, limits, page, exec -> {
            RowSet rows = exec.select();
            List<Binding> detached = new ArrayList<>();
            rows.forEachRemaining(b -> detached.add(b.detach()));
            return RowSetStream.create(rows.getResultVars(), detached.iterator()).rewindable();
        });
    }

    /** Runs a query inside a read transaction, handing the bound execution to {@code use}. */
    public static <T> T run(Dataset dataset, SavedQuery query, Map<String, String> params, Limits limits,
                            Function<QueryExec, T> use) {
        return run(dataset, query, params, limits, Page.ALL, use);
    }

    /** Runs one page of a query inside a read transaction, handing the bound execution to {@code use}. */
    public static <T> T run(Dataset dataset, SavedQuery query, Map<String, String> params, Limits limits, Page page,
                            Function<QueryExec, T> use) {
        Map<String, Node> bindings = bindings(query, params);
        Query parsed = parse(query);
        page.applyTo(parsed);
        if (limits.maxRows() > 0 && (!parsed.hasLimit() || parsed.getLimit() > limits.maxRows())) {
            parsed.setLimit(limits.maxRows());
        }
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset.asDatasetGraph()).query(parsed);
            if (limits.timeout() != null) {
                builder.timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                return use.apply(exec);
            }
        });
    }

    /** Checks the parameters against the query's header and makes their RDF terms. */
    public static Map<String, Node> bindings(SavedQuery query, Map<String, String> params) {
        Map<String, Node> out = new HashMap<>();
        params.forEach((name, value) -> {
            if (!query.hasParam(name)) {
                throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + name
                        + "'" + (query.params().isEmpty() ? "" : "; it takes: " + paramNames(query)));
            }
            out.put(name, NodeFactory.createLiteralString(value));
            out.put(name + "Key", NodeFactory.createLiteralString(Names.entityKey(value)));
        });
        query.params().stream().filter(SavedQuery.Param::required)
                .filter(p -> !params.containsKey(p.name()))
                .findFirst().ifPresent(p -> {
                    throw new IllegalArgumentException("query '" + query.name() + "' needs --param "
                            + p.name() + "=VALUE (" + p.description() + ")");
                });
        return out;
    }

    private static Query parse(SavedQuery query) {
        try {
            return QueryFactory.create(query.text());
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query '" + query.name() + "' is not valid SPARQL: " + e.getMessage(), e);
        }
    }

    private static String paramNames(SavedQuery query) {
        return String.join(", ", query.params().stream().map(SavedQuery.Param::name).toList());
    }
}
