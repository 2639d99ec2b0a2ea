package org.paperkg.input;

import java.util.Objects;

/**
 * A record or file that was not read, and why; {@link #message()} is what the user sees.
 *
 * @param file   the file as it was given ("&lt;stdin&gt;" for standard input)
 * @param line   the 1-based line the record starts on, or 0 when the problem is the whole file
 * @param record which record of a JSON document ("record 3"), or null
 * @param reason what is wrong, in words
 */
public record Rejection(String file, long line, String record, String reason) {

    public Rejection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A problem with a whole file (missing, unreadable, empty, binary). */
    public static Rejection ofFile(String file, String reason) {
        return new Rejection(file, 0, null, reason);
    }

    /** "file:line: reason", "file:line: record 3: reason" or "file: reason". */
    public String message() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (record != null) {
            out.append(record).append(": ");
        }
        return out.append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
