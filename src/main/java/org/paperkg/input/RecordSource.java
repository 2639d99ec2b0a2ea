package org.paperkg.input;

import java.io.Closeable;
import java.io.IOException;

/** The records of one input file, pulled one at a time so nothing holds the whole file. */
interface RecordSource extends Closeable {

    /** The next record, or null at the end of the file. */
    Item next() throws IOException;
}
