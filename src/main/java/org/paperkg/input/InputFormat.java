package org.paperkg.input;

import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats, chosen by file extension, else by the first bytes of the content. */
enum InputFormat {
    /** A text dump of a paper listing page: title line, abstract line. */
    TEXT_DUMP,
    /** JSON Lines: one object per line (.jsonl, .ndjson, and the arXiv snapshot's .json). */
    JSON_LINES,
    /** A JSON document: an array of objects, or objects spread over several lines. */
    JSON_DOCUMENT;

    /**
     * The format of a file: .txt is a text dump and .jsonl/.ndjson JSON Lines. Otherwise (.json,
     * other or no extension) content decides: '[' starts a JSON document; '{' starts JSON Lines
     * when the first line is a complete JSON value on its own, else a JSON document; anything
     * else is a text dump (or, for .json, JSON Lines, whose parser then says what is wrong).
     *
     * @param name   the file name, without any .gz
     * @param prefix the first bytes of the (decompressed) content, after any byte-order mark
     */
    static InputFormat of(String name, byte[] prefix, int length) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return TEXT_DUMP;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        int start = 0;
        while (start < length && Character.isWhitespace(prefix[start])) {
            start++;
        }
        if (start < length && prefix[start] == '[') {
            return JSON_DOCUMENT;
        }
        if (start < length && prefix[start] == '{') {
            return firstLineIsWhole(prefix, start, length) ? JSON_LINES : JSON_DOCUMENT;
        }
        return lower.endsWith(".json") ? JSON_LINES : TEXT_DUMP;
    }

    /** True unless the first line is the start of a JSON value that goes on past the line. */
    private static boolean firstLineIsWhole(byte[] prefix, int start, int length) {
        int end = start;
        while (end < length && prefix[end] != '\n') {
            end++;
        }
        if (end == length) {
            return true; // no line end in the prefix: a long JSON line, or a one-line document
        }
        try {
            JsonRecords.ONE_VALUE.readTree(new String(prefix, start, end - start, StandardCharsets.UTF_8));
            return true;
        } catch (JsonEOFException e) {
            return false;
        } catch (IOException e) {
            return true; // a broken line: JSON Lines reading reports it and goes on
        }
    }
}
