package org.paperkg.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document with a streaming parser, one record in memory at a time: an array of
 * objects, one object, or several top-level objects or arrays one after another. A record may
 * take at most {@link InputLimits#MAX_LINE_BYTES} bytes, like a JSON line. A syntax error or an
 * oversized record ends the file, since a streaming parser cannot find the next record after one.
 */
final class JsonDocumentSource implements RecordSource {

    private final String file;
    private final RecordBudget budget;
    private final JsonParser parser;
    private boolean inArray;
    private boolean finished;
    private long record;

    JsonDocumentSource(String file, InputStream in) throws IOException {
        this.file = file;
        this.budget = new RecordBudget(in, InputLimits.MAX_LINE_BYTES);
        this.parser = JsonRecords.MAPPER.createParser(budget);
    }

    @Override
    public Item next() throws IOException {
        if (finished) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        long current = record + 1;
        try {
            budget.restart();
            JsonToken token = parser.nextToken();
            while (token == JsonToken.START_ARRAY && !inArray || token == JsonToken.END_ARRAY && inArray) {
                inArray = token == JsonToken.START_ARRAY;
                budget.restart();
                token = parser.nextToken();
            }
            if (token == null) {
                finished = true;
                return null;
            }
            record++;
            line = parser.currentTokenLocation().getLineNr();
            budget.restart();
            JsonNode node = parser.readValueAsTree();
            try {
                return new Item.Found(line, JsonRecords.paper(node, file + ":" + line));
            } catch (BadRecordException e) {
                return new Item.Bad(line, "record " + record, e.getMessage(), false);
            }
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            return fatal(at, current, JsonRecords.invalid(e));
        } catch (RecordBudget.Exceeded e) {
            return fatal(line, current, "larger than the limit of " + InputLimits.MAX_LINE_BYTES + " bytes");
        }
    }

    private Item fatal(long line, long record, String reason) {
        finished = true;
        return new Item.Bad(line, "record " + record, reason + "; the rest of the file is not read", true);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Fails a read once more than a record's worth of bytes has been read since the last restart. */
    private static final class RecordBudget extends FilterInputStream {

        /** Thrown through the parser when a record is too big. */
        static final class Exceeded extends IOException {
            Exceeded() {
                super("record too large", null);
            }
        }

        private final long max;
        private long left;

        RecordBudget(InputStream in, long max) {
            super(in);
            this.max = max;
            this.left = max;
        }

        void restart() {
            left = max;
        }

        @Override
        public int read() throws IOException {
            checkLeft();
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkLeft();
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        private void checkLeft() throws Exceeded {
            if (left <= 0) {
                throw new Exceeded();
            }
        }
    }
}
