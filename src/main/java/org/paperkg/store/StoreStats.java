package org.paperkg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** Counts of what a store holds. */
public record StoreStats(long papers, long methods, long datasets, long metrics, long tasks,
                         long statements, long triples) {

    private static final String COUNTS = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            SELECT
              (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?method) AS ?methods)
              (COUNT(DISTINCT ?dataset) AS ?datasets) (COUNT(DISTINCT ?metric) AS ?metrics)
              (COUNT(DISTINCT ?task) AS ?tasks) (COUNT(DISTINCT ?claim) AS ?statements)
            WHERE {
              { ?paper a pkg:Paper } UNION { ?method a pkg:Method } UNION { ?dataset a pkg:Dataset }
              UNION { ?metric a pkg:Metric } UNION { ?task a pkg:Task } UNION { ?claim a pkg:Claim }
            }""";

    public static StoreStats of(PaperStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            QuerySolution row;
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(COUNTS).build()) {
                row = qe.execSelect().next();
            }
            long triples = 0;
            var it = store.datasetGraph().find();
            while (it.hasNext()) {
                it.next();
                triples++;
            }
            return new StoreStats(count(row, "papers"), count(row, "methods"), count(row, "datasets"),
                    count(row, "metrics"), count(row, "tasks"), count(row, "statements"), triples);
        });
    }

    private static long count(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }
}
