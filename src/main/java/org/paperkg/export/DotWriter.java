package org.paperkg.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import org.paperkg.graph.EntityGraph;
import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.GraphNode;
import org.paperkg.graph.NodeType;
import org.paperkg.model.Relation;

/** Writes an entity graph as a Graphviz digraph, one node shape and colour per type. */
public final class DotWriter {

    private static final Map<NodeType, String> NODE_STYLE = Map.of(
            NodeType.PAPER, "shape=note, fillcolor=\"#eeeeee\"",
            NodeType.METHOD, "shape=box, style=\"rounded,filled\", fillcolor=\"#cfe2ff\"",
            NodeType.DATASET, "shape=cylinder, fillcolor=\"#d1f2d9\"",
            NodeType.METRIC, "shape=ellipse, fillcolor=\"#fff3bf\"",
            NodeType.TASK, "shape=hexagon, fillcolor=\"#f3d9fa\"",
            NodeType.OTHER, "shape=ellipse, fillcolor=white");

    private static final Map<Relation, String> EDGE_STYLE = Map.of(
            Relation.EXTENDS, "color=\"#1c5bd9\", penwidth=2",
            Relation.OUTPERFORMS, "color=\"#d9480f\"",
            Relation.IMPROVES, "color=\"#b08800\"",
            Relation.EVALUATED_ON, "color=\"#2b8a3e\", style=dashed",
            Relation.ADDRESSES, "color=\"#862e9c\", style=dashed",
            Relation.PROPOSES, "color=\"#555555\"",
            Relation.MENTIONS, "color=\"#aaaaaa\", style=dotted");

    private DotWriter() {
    }

    public static void write(EntityGraph graph, Writer out) {
        PrintWriter dot = new PrintWriter(out);
        dot.println("digraph paperkg {");
        dot.println("  rankdir=BT;");
        dot.println("  node [style=filled, fontname=\"Helvetica\", fontsize=11];");
        dot.println("  edge [fontname=\"Helvetica\", fontsize=9];");
        for (GraphNode node : graph.nodes()) {
            dot.printf("  %s [label=%s, tooltip=%s, %s];%n", quote(node.iri()), quote(wrap(node.label())),
                    quote(node.type().label() + ": " + node.iri()), NODE_STYLE.get(node.type()));
        }
        for (GraphEdge edge : graph.edges()) {
            dot.printf("  %s -> %s [label=%s, %s];%n", quote(edge.source()), quote(edge.target()),
                    quote(EdgeLabels.label(edge)), EDGE_STYLE.get(edge.relation()));
        }
        dot.println("}");
        dot.flush();
        if (dot.checkError()) {
            throw new ExportException("cannot write DOT output", null);
        }
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> { }
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }

    /** Breaks long labels (paper titles) onto lines of about 30 characters. */
    private static String wrap(String label) {
        if (label.length() <= 32) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : label.split(" ")) {
            if (line > 0 && line + word.length() > 30) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
