package org.paperkg.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.paperkg.store.StoreException;

/** Exit statuses, and the one place exceptions become them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run finished, but some input was rejected or some check failed. */
    public static final int SOME_REJECTED = 1;
    /** Bad command line (picocli's own code). */
    public static final int USAGE = 2;
    /** The store could not be opened or used. */
    public static final int STORE = 3;
    /** Anything unexpected: a bug. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int of(Exception e) {
        if (e instanceof StoreException) {
            return STORE;
        }
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof NoSuchFileException) {
            return USAGE;
        }
        return INTERNAL;
    }

    static String message(Exception e) {
        if (of(e) == INTERNAL) {
            // A bug: keep the stack trace for the report.
            java.io.StringWriter out = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(out));
            return "internal error: " + out;
        }
        // its message is the bare path: say what is wrong with it, as the input reader does
        return e instanceof NoSuchFileException missing ? missing.getFile() + ": no such file" : e.getMessage();
    }
}
