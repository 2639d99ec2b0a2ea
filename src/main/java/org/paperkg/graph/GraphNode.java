package org.paperkg.graph;

import java.util.Objects;

/**
 * A paper or entity of the graph.
 *
 * @param iri   its IRI, also its id in every export
 * @param type  what it is
 * @param label the preferred label (entities) or title (papers)
 */
public record GraphNode(String iri, NodeType type, String label) {

    public GraphNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }
}
