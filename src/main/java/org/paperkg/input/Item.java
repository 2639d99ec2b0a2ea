package org.paperkg.input;

import org.paperkg.model.Paper;

/** What a record source yields: a paper, or a record it could not read. */
sealed interface Item {

    /** The 1-based line the record starts on. */
    long line();

    record Found(long line, Paper paper) implements Item {
    }

    /**
     * @param record which record of a JSON document ("record 3"), or null
     * @param fatal  true when the rest of the file cannot be read after this
     */
    record Bad(long line, String record, String reason, boolean fatal) implements Item {

        static Bad of(long line, String reason) {
            return new Bad(line, null, reason, false);
        }
    }
}
