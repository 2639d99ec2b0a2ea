package org.paperkg.extract;

import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.util.CoreMap;
import org.paperkg.model.Evidence;

/**
 * One sentence of a title or an abstract, tokenised and tagged.
 *
 * @param text    the sentence text
 * @param begin   offset of its first character in the source text
 * @param inTitle true for the title
 * @param tokens  its tokens
 * @param index   position in the abstract (the title is -1)
 * @param annotation the CoreNLP sentence, for a dependency parse on demand
 */
record Sentence(String text, int begin, boolean inTitle, List<Token> tokens, int index, CoreMap annotation) {

    /** Words that report the paper's results or evaluation: "experiments show", "achieves", "outperforms". */
    private static final Pattern REPORTS_RESULT = Pattern.compile(
            "\\b(?:experiment\\w*|evaluat\\w*|results?|outperform\\w*|benchmark\\w*|state-of-the-art|surpass\\w*|"
                    + "demonstrat\\w*|validat\\w*|achiev\\w*|competitive\\w*|show\\w*|"
                    + "empirical\\w*|find|found|observe\\w*)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the sentence reports results or an evaluation rather than describing the work. */
    boolean reportsResult() {
        return REPORTS_RESULT.matcher(text).find();
    }

    int end() {
        return begin + text.length();
    }

    Evidence evidence() {
        return new Evidence(text, begin, end(), inTitle);
    }

    /** The index of the first token starting at or after a character offset within the sentence. */
    int tokenAt(int offsetInSentence) {
        int abs = begin + offsetInSentence;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > abs) {
                return i;
            }
        }
        return tokens.size();
    }
}
