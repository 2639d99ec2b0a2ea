package org.paperkg.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document with a streaming parser, one record in memory at a time: an array of
 * objects, one object, or several top-level objects or arrays one after another. A syntax error
 * ends the file, since a streaming parser cannot find the next record after one.
 */
final class JsonDocumentSource implements RecordSource {

    private final String file;
    private final JsonParser parser;
    private boolean inArray;
    private boolean finished;
    private long record;

    JsonDocumentSource(String file, InputStream in) throws IOException {
        this.file = file;
        this.parser = JsonRecords.MAPPER.createParser(in);
    }

    @Override
    public Item next() throws IOException {
        if (finished) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        long current = record + 1;
        try {
            JsonToken token = parser.nextToken();
            while (token == JsonToken.START_ARRAY && !inArray || token == JsonToken.END_ARRAY && inArray) {
                inArray = token == JsonToken.START_ARRAY;
                token = parser.nextToken();
            }
            if (token == null) {
                finished = true;
                return null;
            }
            record++;
            line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            try {
                return new Item.Found(line, JsonRecords.paper(node, file + ":" + line));
            } catch (BadRecordException e) {
                return new Item.Bad(line, "record " + record, e.getMessage(), false);
            }
        } catch (JsonProcessingException e) {
            finished = true;
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            return new Item.Bad(at, "record " + current, JsonRecords.invalid(e)
                    + "; the rest of the file is not read", true);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
