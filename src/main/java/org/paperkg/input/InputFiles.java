package org.paperkg.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * Opens one input file as a record source: "-" is standard input, gzip is decompressed (by its
 * magic bytes, whatever the name), a UTF-8 byte-order mark is skipped, and files that cannot
 * hold papers (directories, binary files, UTF-16 text) are refused with a reason.
 */
final class InputFiles {

    static final String STDIN = "-";
    private static final int BUFFER = 64 * 1024;

    private InputFiles() {
    }

    /** Thrown when a whole file cannot be read; the message says why, without the file name. */
    static final class UnreadableFileException extends Exception {
        UnreadableFileException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The name a file goes by in messages and in {@code Paper.source}. */
    static String displayName(Path path) {
        return path.toString().equals(STDIN) ? "<stdin>" : path.toString();
    }

    /**
     * The records of one file.
     *
     * @param bytesRead counts the bytes taken from the file (before decompression), for progress
     */
    static RecordSource open(Path path, LongAdder bytesRead) throws UnreadableFileException, IOException {
        String name = displayName(path);
        InputStream raw = new Counting(path.toString().equals(STDIN) ? new KeepOpen(System.in) : openFile(path),
                bytesRead);
        try {
            return source(name, path.getFileName() == null ? name : path.getFileName().toString(),
                    new BufferedInputStream(raw, BUFFER));
        } catch (UnreadableFileException | IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static InputStream openFile(Path path) throws UnreadableFileException, IOException {
        if (Files.isDirectory(path)) {
            throw new UnreadableFileException("is a directory, not a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot be read: permission denied");
        }
    }

    private static RecordSource source(String name, String fileName, BufferedInputStream in)
            throws UnreadableFileException, IOException {
        byte[] prefix = new byte[BUFFER / 2];
        int n = peek(in, prefix);
        if (n >= 2 && (prefix[0] & 0xff) == 0x1f && (prefix[1] & 0xff) == 0x8b) {
            String inner = fileName.toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? fileName.substring(0, fileName.length() - 3) : fileName;
            return source(name, inner, new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER));
        }
        if (n >= 2 && ((prefix[0] & 0xff) == 0xfe && (prefix[1] & 0xff) == 0xff
                || (prefix[0] & 0xff) == 0xff && (prefix[1] & 0xff) == 0xfe)) {
            throw new UnreadableFileException("is UTF-16 text; only UTF-8 is read");
        }
        if (startsWith(prefix, n, "%PDF-")) {
            throw new UnreadableFileException("is a PDF file, not text or JSON");
        }
        if (startsWith(prefix, n, "PK\u0003\u0004")) {
            throw new UnreadableFileException("is a zip archive, not text or JSON; unzip it first");
        }
        for (int i = 0; i < n; i++) {
            if (prefix[i] == 0) {
                throw new UnreadableFileException("is a binary file (it contains NUL bytes), not text or JSON");
            }
        }
        if (n >= 3 && (prefix[0] & 0xff) == 0xef && (prefix[1] & 0xff) == 0xbb && (prefix[2] & 0xff) == 0xbf) {
            in.skipNBytes(3);
            n = peek(in, prefix);
        }
        return switch (InputFormat.of(fileName, prefix, n)) {
            case TEXT_DUMP -> new TextDumpSource(name, new LineReader(in, InputLimits.MAX_LINE_BYTES));
            case JSON_LINES -> new JsonLinesSource(name, new LineReader(in, InputLimits.MAX_LINE_BYTES));
            case JSON_DOCUMENT -> new JsonDocumentSource(name, in);
        };
    }

    /** Reads up to {@code into.length} bytes without consuming them. */
    private static int peek(BufferedInputStream in, byte[] into) throws IOException {
        in.mark(into.length);
        int n = in.readNBytes(into, 0, into.length);
        in.reset();
        return n;
    }

    private static boolean startsWith(byte[] prefix, int n, String magic) {
        if (n < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (prefix[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final LongAdder count;

        Counting(InputStream in, LongAdder count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.increment();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.add(skipped);
            return skipped;
        }
    }

    /** Standard input, which is not ours to close. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
