package org.paperkg.evaluate;

import java.util.List;

/**
 * One sentence of public annotated data (TDMSci) with the entity mentions its annotators marked.
 *
 * @param source where it starts, "file:line", for messages and for finding it again
 * @param text   the sentence, tokens placed at their character offsets
 * @param gold   the annotated mentions, in order
 */
public record TaggedSentence(String source, String text, List<Mention> gold) {

    public TaggedSentence {
        gold = List.copyOf(gold);
    }

    /** An annotated span: its type as the data names it (TASK, DATASET, METRIC) and its text. */
    public record Mention(String type, String text) {
    }
}
