package org.paperkg.model;

/**
 * The relations the extractor states. PROPOSES and MENTIONS have the paper as subject; ADDRESSES
 * has the method, or the paper itself when it proposes nothing the task can hang on (a study).
 */
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

    /** Whether the paper may stand as subject: always for PROPOSES and MENTIONS, and for ADDRESSES. */
    public boolean paperMayBeSubject() {
        return paperIsSubject() || this == ADDRESSES;
    }
}
