package org.paperkg.input;

/** Thrown while building a paper from a record that cannot be one; the message says why. */
final class BadRecordException extends Exception {

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
