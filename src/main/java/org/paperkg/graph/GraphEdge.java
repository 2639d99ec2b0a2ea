package org.paperkg.graph;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperkg.model.Relation;

/**
 * One relation between two nodes, with every claim that supports it (none for plain triples
 * such as pkg:proposes that carry no claim).
 *
 * @param source   IRI of the subject
 * @param relation the relation
 * @param target   IRI of the object
 * @param support  the claims, most confident first
 */
public record GraphEdge(String source, Relation relation, String target, List<Support> support) {

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(target, "target");
        support = support.stream()
                .sorted(Comparator.comparingDouble(Support::confidenceOrZero).reversed()
                        .thenComparing(Support::claimIri))
                .toList();
    }

    /** A stable id: "source relation target". */
    public String id() {
        return source + " " + relation.localName() + " " + target;
    }

    /** The most confident claim, if any. */
    public Optional<Support> best() {
        return support.stream().findFirst();
    }

    /** The highest confidence of any claim, or null when no claim has one. */
    public BigDecimal confidence() {
        return best().map(Support::confidence).orElse(null);
    }
}
