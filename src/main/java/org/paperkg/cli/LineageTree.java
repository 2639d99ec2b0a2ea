package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.Lineage;
import org.paperkg.graph.Support;
import org.paperkg.model.Relation;

/** Prints a lineage as two trees: what the method builds on (up) and what builds on it (down). */
final class LineageTree {

    private final Lineage lineage;
    private final PrintWriter out;
    private final boolean evidence;

    LineageTree(Lineage lineage, PrintWriter out, boolean evidence) {
        this.lineage = lineage;
        this.out = out;
        this.evidence = evidence;
    }

    void print() {
        String center = lineage.center().iri();
        out.println(lineage.center().label() + "  <" + center + ">");
        out.println();
        out.println("Builds on (extends, up to " + lineage.depth() + " steps):");
        branch(center, e -> lineage.from(e, Relation.EXTENDS), GraphEdge::target, "", new HashSet<>(Set.of(center)));
        out.println();
        out.println("Built on by (extended by, up to " + lineage.depth() + " steps):");
        branch(center, e -> lineage.to(e, Relation.EXTENDS), GraphEdge::source, "", new HashSet<>(Set.of(center)));
        list("Outperforms", lineage.from(center, Relation.OUTPERFORMS), GraphEdge::target);
        list("Outperformed by", lineage.to(center, Relation.OUTPERFORMS), GraphEdge::source);
        list("Evaluated on", lineage.from(center, Relation.EVALUATED_ON), GraphEdge::target);
        list("Improves", lineage.from(center, Relation.IMPROVES), GraphEdge::target);
        list("Addresses", lineage.from(center, Relation.ADDRESSES), GraphEdge::target);
        out.flush();
    }

    private void branch(String iri, Function<String, List<GraphEdge>> next, Function<GraphEdge, String> other,
                        String indent, Set<String> path) {
        List<GraphEdge> edges = next.apply(iri);
        if (edges.isEmpty() && indent.isEmpty()) {
            out.println("  (none found)");
        }
        for (int i = 0; i < edges.size(); i++) {
            GraphEdge edge = edges.get(i);
            boolean last = i == edges.size() - 1;
            String node = other.apply(edge);
            out.println("  " + indent + (last ? "└── " : "├── ") + lineage.node(node).label() + support(edge));
            String childIndent = indent + (last ? "    " : "│   ");
            evidence(edge, "  " + childIndent + "    ");
            if (path.add(node)) {
                branch(node, next, other, childIndent, path);
                path.remove(node);
            }
        }
    }

    private void list(String title, List<GraphEdge> edges, Function<GraphEdge, String> other) {
        if (edges.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (GraphEdge edge : edges) {
            String result = edge.best().map(Support::result).map(r -> " " + r.describe()).orElse("");
            out.println("  - " + lineage.node(other.apply(edge)).label() + result + support(edge));
            evidence(edge, "      ");
        }
    }

    /** "  [0.85] Paper title" for the most confident claim, and how many more papers say so. */
    private static String support(GraphEdge edge) {
        return edge.best().map(s -> {
            String conf = s.confidence() == null ? "" : "[" + s.confidence().stripTrailingZeros().toPlainString() + "] ";
            String paper = s.paperTitle() == null ? "" : s.paperTitle();
            String more = edge.support().size() > 1 ? " (+" + (edge.support().size() - 1) + " more)" : "";
            return "   " + conf + paper + more;
        }).orElse("");
    }

    private void evidence(GraphEdge edge, String indent) {
        if (evidence) {
            edge.best().map(Support::evidence).ifPresent(e -> out.println(indent + "\"" + e + "\""));
        }
    }
}
