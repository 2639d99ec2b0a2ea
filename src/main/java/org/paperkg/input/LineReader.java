package org.paperkg.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into UTF-8 lines, each decoded strictly on its own so one bad line does
 * not spoil the rest, and buffering at most {@link InputLimits#MAX_LINE_BYTES} of any line.
 */
final class LineReader implements Closeable {

    /**
     * One line: its 1-based number and either its text (without the line ending) or the problem
     * that kept it from being read.
     */
    record Line(long number, String text, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long number;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the last line returned. */
    long lineNumber() {
        return number;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        lineLength = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = chunkPos;
            int newline = indexOf(chunk, (byte) '\n', start, chunkEnd);
            int end = newline < 0 ? chunkEnd : newline;
            length += end - start;
            if (length <= maxLineBytes) {
                append(start, end);
            }
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (length > maxLineBytes) {
            return new Line(number, null, "line of " + length + " bytes is longer than the limit of "
                    + maxLineBytes + " bytes; skipped");
        }
        int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        return decode(n);
    }

    private Line decode(int n) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, n);
        CharBuffer chars = CharBuffer.allocate(n);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            return new Line(number, null, String.format("not valid UTF-8: byte 0x%02X at byte %d of the line",
                    line[bytes.position()] & 0xff, bytes.position() + 1));
        }
        decoder.flush(chars);
        chars.flip();
        return new Line(number, chars.toString(), null);
    }

    private void append(int start, int end) {
        int n = end - start;
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(chunk, start, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        chunkPos = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
