package org.paperkg.graph;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.paperkg.model.PKG;

/** What a node of the entity graph is: a paper or one of the entity kinds. */
public enum NodeType {
    PAPER(PKG.Paper), METHOD(PKG.Method), DATASET(PKG.Dataset), METRIC(PKG.Metric), TASK(PKG.Task),
    /** A node the graph links to without typing it. */
    OTHER(null);

    private final Resource rdfClass;

    NodeType(Resource rdfClass) {
        this.rdfClass = rdfClass;
    }

    /** The ontology class, or null for {@link #OTHER}. */
    public Resource rdfClass() {
        return rdfClass;
    }

    /** Capitalised name as shown to people and in exports ("Method"). */
    public String label() {
        String s = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static NodeType ofClass(Resource rdfClass) {
        for (NodeType t : values()) {
            if (t.rdfClass != null && t.rdfClass.equals(rdfClass)) {
                return t;
            }
        }
        return OTHER;
    }
}
