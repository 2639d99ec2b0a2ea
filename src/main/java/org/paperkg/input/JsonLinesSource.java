package org.paperkg.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads JSON Lines: one object per line, blank lines skipped, each line parsed on its own. */
final class JsonLinesSource implements RecordSource {

    private final String file;
    private final LineReader lines;

    JsonLinesSource(String file, LineReader lines) {
        this.file = file;
        this.lines = lines;
    }

    @Override
    public Item next() throws IOException {
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            if (!line.ok()) {
                return Item.Bad.of(line.number(), line.problem());
            }
            if (line.text().isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonRecords.ONE_VALUE.readTree(line.text());
            } catch (JsonProcessingException e) {
                return Item.Bad.of(line.number(), JsonRecords.invalid(e));
            }
            try {
                return new Item.Found(line.number(), JsonRecords.paper(node, file + ":" + line.number()));
            } catch (BadRecordException e) {
                return Item.Bad.of(line.number(), e.getMessage());
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
