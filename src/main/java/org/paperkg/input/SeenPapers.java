package org.paperkg.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The papers read so far, as a 64-bit hash of the key, a 32-bit hash of the content and where
 * each was first read, in open-addressing arrays at most 3/4 full: 27 to 53 bytes a paper, about
 * 110 MB for the 2.7 million papers of the arXiv snapshot. Two different keys share a hash with
 * odds of about n²/2⁶⁵ (10⁻⁷ for 3 million papers); a changed content goes unnoticed with odds 2⁻³².
 */
final class SeenPapers {

    /** What adding a paper found. */
    enum Outcome { NEW, SAME, DIFFERENT }

    private final MessageDigest sha256;
    private long[] keys = new long[1 << 12];
    private int[] contents = new int[1 << 12];
    private long[] places = new long[1 << 12];
    private int size;
    private long lastPlace;

    SeenPapers() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Records a paper first read at {@code place}, unless its key was seen before: then says
     * whether the content was the same, and {@link #previousPlace()} tells where it was seen.
     */
    Outcome add(String key, String content, long place) {
        long k = hash(key);
        int c = (int) hash(content);
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == k) {
                lastPlace = places[i];
                return contents[i] == c ? Outcome.SAME : Outcome.DIFFERENT;
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        contents[i] = c;
        places[i] = place;
        if (++size > keys.length / 4 * 3) {
            grow();
        }
        return Outcome.NEW;
    }

    /** Where the paper of the last SAME or DIFFERENT outcome was first read. */
    long previousPlace() {
        return lastPlace;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldContents = contents;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        contents = new int[keys.length];
        places = new long[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                contents[i] = oldContents[j];
                places[i] = oldPlaces[j];
            }
        }
    }

    /** The first 8 bytes of SHA-256; never 0, which marks an empty slot. */
    private long hash(String s) {
        byte[] d = sha256.digest(s.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h == 0 ? 1 : h;
    }
}
