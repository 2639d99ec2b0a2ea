package org.paperkg.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.paperkg.graph.GraphReader;
import org.paperkg.query.SavedQuery;

/** What the JSON API servlets share: the store, the saved queries and the server's limits. */
record ApiContext(Dataset dataset, List<SavedQuery> queries, Duration timeout, int maxRows) {

    ApiContext {
        queries = List.copyOf(queries);
    }

    GraphReader reader() {
        return GraphReader.of(dataset);
    }

    Optional<SavedQuery> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
