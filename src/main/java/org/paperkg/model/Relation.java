package org.paperkg.model;

/** The relations the extractor states. PROPOSES and MENTIONS have the paper as subject. */
public enum Relation {
    PROPOSES("proposes"),
    EVALUATED_ON("evaluatedOn"),
    IMPROVES("improves"),
    EXTENDS("extends"),
    OUTPERFORMS("outperforms"),
    ADDRESSES("addresses"),
    MENTIONS("mentions");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    /** The property's local name in the ontology. */
    public String localName() {
        return localName;
    }

    public boolean paperIsSubject() {
        return this == PROPOSES || this == MENTIONS;
    }
}
