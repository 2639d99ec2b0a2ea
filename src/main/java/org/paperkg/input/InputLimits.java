package org.paperkg.input;

/**
 * Sizes past which input is rejected rather than read: they bound memory per record and catch
 * files that are not lists of abstracts. Real data stays far below them (arXiv caps abstracts at
 * 1,920 characters; its longest metadata lines, with thousands of authors, are under 1 MB).
 */
public final class InputLimits {

    /** Longest title kept, in characters after whitespace is collapsed. */
    public static final int MAX_TITLE_CHARS = 1_000;

    /** Longest abstract kept, in characters after whitespace is collapsed. */
    public static final int MAX_ABSTRACT_CHARS = 30_000;

    /**
     * Longest line buffered, in bytes; a longer line is skipped to the next newline without
     * being held in memory. Also the largest record of a JSON document, and the most characters
     * of any one JSON string.
     */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    /** Deepest JSON nesting accepted; paper records are two levels deep. */
    public static final int MAX_JSON_DEPTH = 64;

    /** Shortest text-dump line taken for an abstract, in characters. */
    public static final int MIN_ABSTRACT_CHARS = 200;

    private InputLimits() {
    }
}
