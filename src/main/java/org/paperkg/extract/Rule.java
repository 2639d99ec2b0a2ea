package org.paperkg.extract;

/**
 * The rules the extractor applies, each with the confidence its statements get: about the share of
 * its statements that matched a gold item on the 148 training abstracts (dev gold and the repo's
 * annotated sets A, C and held-out-30), rounded down so that statements at 0.8 or more are right
 * at least 80% of the time. Claims attributed by reference ("our model", "it") are
 * scaled by {@link ClaimSubject.Attribution#certainty()}. Measured table: README.md, "Confidence".
 */
enum Rule {
    // proposes
    TITLE_NAME(0.9),
    TITLE_WORDS(0.75),
    CALLED_NAME(0.85),
    CUE_NAME(0.9),
    ACRONYM_AFTER_CUE(0.7),
    APPOSITIVE_NAME(0.7),
    VARIANT_NAME(0.7),
    OUR_NAME(0.65),
    TITLE_PHRASE(0.7),
    CUE_PHRASE(0.5),
    // evaluatedOn
    DATASET_IN_CLAIM(0.9),
    DATASET_IN_EVALUATION(0.5),
    DATASET_CONTEXTUAL(0.5),
    // improves
    METRIC_WITH_VALUE(0.8),
    METRIC_WITH_DELTA(0.65),
    EFFICIENCY_FACTOR(0.7),
    METRIC_IN_CLAIM(0.6),
    OPEN_METRIC(0.5),
    // extends
    SUFFIX_VARIANT(0.6),
    BASED_ON(0.65),
    EXTENSION_CUE(0.7),
    FAMILY_BASED(0.65),
    TITLE_FAMILY(0.6),
    NAME_COMPOUND(0.6),
    // outperforms
    OUTPERFORMS_NAMED(0.7),
    // tasks
    TITLE_FOR_TASK(0.85),
    TITLE_GERUND_TASK(0.55),
    OPENING_TASK(0.45),
    TASK_NOUN(0.4),
    TASK_LIST(0.4),
    BACKGROUND_TASK_LIST(0.35),
    TITLE_LEAD_TASK(0.6),
    FREQUENT_TASK(0.4),
    KNOWN_TASK_IN_TITLE(0.55),
    KNOWN_TASK(0.5),
    // mentions
    MENTION(0.6);

    private final double confidence;

    Rule(double confidence) {
        this.confidence = confidence;
    }

    double confidence() {
        return confidence;
    }
}
