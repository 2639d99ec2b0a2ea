package org.paperkg.input;

/**
 * What a read produced.
 *
 * @param read       distinct papers handed on
 * @param duplicates records skipped because the same paper (same key, same content) was already read
 * @param rejected   rejections reported (bad records and unreadable or empty files)
 */
public record ReadSummary(long read, long duplicates, long rejected) {

    @Override
    public String toString() {
        return count(read, "paper") + " read, " + count(duplicates, "duplicate") + " merged, " + rejected + " rejected";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
