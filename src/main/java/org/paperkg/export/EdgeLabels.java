package org.paperkg.export;

import org.paperkg.graph.GraphEdge;
import org.paperkg.graph.ResultValue;
import org.paperkg.graph.Support;

/** The short text drawn on an edge in every graph export. */
public final class EdgeLabels {

    private EdgeLabels() {
    }

    /** The relation name, with the reported value for improves edges ("improves 50.4 (+2.2)"). */
    public static String label(GraphEdge edge) {
        String value = edge.best().map(Support::result).map(ResultValue::value).orElse(null);
        String delta = edge.best().map(Support::result).map(ResultValue::delta).orElse(null);
        StringBuilder s = new StringBuilder(edge.relation().localName());
        if (value != null) {
            s.append(' ').append(value);
        }
        if (delta != null) {
            s.append(" (").append(delta).append(')');
        }
        return s.toString();
    }
}
