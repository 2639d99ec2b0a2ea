package org.paperkg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Runs a SELECT query and returns its rows, read in full and detached from the store inside
     * the read transaction (TDB2 bindings are only valid inside it).
     */
    public static RowSetRewindable select(Dataset dataset, SavedQuery query, Map<String, String> params) {
        return run(dataset, query, params, exec -> {
            RowSet rows = exec.select();
            List<Binding> detached = new ArrayList<>();
            rows.forEachRemaining(b -> detached.add(b.detach()));
            return RowSetStream.create(rows.getResultVars(), detached.iterator()).rewindable();
        });
    }

    /** Runs a query inside a read transaction, handing the bound execution to {@code use}. */
    public static <T> T run(Dataset dataset, SavedQuery query, Map<String, String> params,
                            Function<QueryExec, T> use) {
        Map<String, Node> bindings = bindings(query, params);
        Query parsed = parse(query);
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset.asDatasetGraph()).query(parsed);
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
