package org.paperkg.model;

/** What an entity is; each kind is a class in the ontology. */
public enum Kind {
    METHOD, DATASET, METRIC, TASK;

    /** Lower-case name as used in the gold record format ("method", "dataset", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
