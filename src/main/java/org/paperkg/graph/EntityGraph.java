package org.paperkg.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The knowledge graph seen as a property graph: typed, labelled nodes and relation-labelled edges
 * with their claims. What the exports and the lineage view draw.
 */
public record EntityGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String iri) {
        return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst();
    }

    /** Nodes by IRI, in graph order. */
    public Map<String, GraphNode> nodesByIri() {
        return nodes.stream().collect(Collectors.toMap(GraphNode::iri, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
