package org.paperkg.store;

/**
 * An integer that orders like the texts it is made from, as far as it can hold them: for texts
 * {@code a} before {@code b} in SPARQL's ORDER BY (character by character, UTF-16 code units),
 * {@code of(a) <= of(b)}. It keeps the first characters of a text exactly (printable ASCII, one
 * base-98 digit each) and stops at the first character it cannot keep exactly or when its digits
 * run out, so texts that differ later get the same key. TDB2 stores such integers inline and its
 * indexes list them in numeric order: a query can stream rows in key order and only sort the rows
 * that share a key.
 * <pre>SortKey.of("AP", "COCO")   // by "AP" first, then by "COCO"</pre>
 */
public final class SortKey {

    /** Digit 0 ends a text (shorter texts come first); 1 and 97 stand for any character below and above printable ASCII. */
    static final int BASE = 98;
    /** 98^8 < 2^53: the key stays inline in TDB2 (56 bits) and positive. */
    static final int DIGITS = 8;

    private SortKey() {
    }

    /**
     * The key of texts compared one after the other (ORDER BY ?a ?b); a null text (unbound,
     * which sorts first) ends the key.
     */
    public static long of(String... texts) {
        long key = 0;
        int digits = 0;
        parts:
        for (String text : texts) {
            if (text == null) {
                break;
            }
            for (int i = 0; i < text.length() && digits < DIGITS; i++) {
                int d = digit(text.charAt(i));
                key = key * BASE + d;
                digits++;
                if (d == 1 || d == BASE - 1) {
                    break parts;   // inexact: what follows must not order the key
                }
            }
            if (digits == DIGITS) {
                break;
            }
            key = key * BASE;   // end of this text
            digits++;
        }
        for (; digits < DIGITS; digits++) {
            key = key * BASE;
        }
        return key;
    }

    private static int digit(char c) {
        if (c < ' ') {
            return 1;
        }
        if (c > '~') {
            return BASE - 1;
        }
        return c - ' ' + 2;
    }
}
