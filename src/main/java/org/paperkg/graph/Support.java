package org.paperkg.graph;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One claim backing an edge: the sentence it was read from, how sure the extractor was, and the paper.
 *
 * @param claimIri   the claim node
 * @param evidence   the evidence sentence, or null if none was recorded
 * @param confidence in [0,1], or null if none was recorded
 * @param paperIri   the paper the claim came from, or null
 * @param paperTitle that paper's title, or null
 * @param result     the reported number for improves claims, else null
 */
public record Support(String claimIri, String evidence, BigDecimal confidence, String paperIri, String paperTitle,
                      ResultValue result) {

    public Support {
        Objects.requireNonNull(claimIri, "claimIri");
    }

    /** Confidence as a plain number; 0 when unknown so unknown sorts last. */
    public double confidenceOrZero() {
        return confidence == null ? 0 : confidence.doubleValue();
    }
}
