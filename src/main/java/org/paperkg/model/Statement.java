package org.paperkg.model;

import java.util.Objects;

/**
 * One extracted claim with its evidence and confidence.
 *
 * @param subject    the method the claim is about; null when the subject is the paper
 *                   (PROPOSES, MENTIONS; ADDRESSES when the paper proposes no method)
 * @param relation   the relation
 * @param object     what the subject relates to
 * @param measure    value/delta/unit/dataset for IMPROVES, else {@link Measure#NONE}
 * @param evidence   the sentence it was read from
 * @param confidence in [0,1]
 */
public record Statement(Entity subject, Relation relation, Entity object, Measure measure,
                        Evidence evidence, double confidence) {

    public Statement {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        if (relation.paperIsSubject() && subject != null || subject == null && !relation.paperMayBeSubject()) {
            throw new IllegalArgumentException(relation + " must have "
                    + (relation.paperIsSubject() ? "the paper" : "a method") + " as subject");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        measure = measure == null ? Measure.NONE : measure;
    }
}
