package org.paperkg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paperkg.model.Relation;

/**
 * One method's lineage: the methods it extends (ancestors) and that extend it (descendants) up to
 * a depth, with the outperforms edges, datasets, metrics and tasks of all of them.
 *
 * @param center the method the lineage is about
 * @param depth  how many pkg:extends steps were followed each way
 * @param graph  the nodes and edges of the neighbourhood
 */
public record Lineage(GraphNode center, int depth, EntityGraph graph) {

    public Lineage {
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(graph, "graph");
    }

    /** Edges of a relation leaving a node. */
    public List<GraphEdge> from(String iri, Relation relation) {
        return graph.edges().stream().filter(e -> e.source().equals(iri) && e.relation() == relation).toList();
    }

    /** Edges of a relation arriving at a node. */
    public List<GraphEdge> to(String iri, Relation relation) {
        return graph.edges().stream().filter(e -> e.target().equals(iri) && e.relation() == relation).toList();
    }

    /** The methods the center extends, directly or through others. */
    public Set<String> ancestors() {
        return reach(true);
    }

    /** The methods that extend the center, directly or through others. */
    public Set<String> descendants() {
        return reach(false);
    }

    private Set<String> reach(boolean up) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(center.iri()));
        while (!todo.isEmpty()) {
            String m = todo.removeFirst();
            for (GraphEdge e : up ? from(m, Relation.EXTENDS) : to(m, Relation.EXTENDS)) {
                String next = up ? e.target() : e.source();
                if (!next.equals(center.iri()) && seen.add(next)) {
                    todo.addLast(next);
                }
            }
        }
        return seen;
    }

    public GraphNode node(String iri) {
        return graph.node(iri).orElseThrow(() -> new IllegalArgumentException("not in this lineage: " + iri));
    }
}
