package org.paperkg.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.model.Paper;

/** Reads papers from JSONL lines of {id, title, abstract} (the format of gold/dev-papers.jsonl). */
public final class PaperLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PaperLines() {
    }

    public static List<Paper> read(Path file) throws IOException {
        List<Paper> papers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(line);
                String title = node.path("title").asText(null);
                String text = node.path("abstract").asText(null);
                if (title == null || text == null) {
                    throw new IOException(file + ":" + n + ": a paper needs \"title\" and \"abstract\"");
                }
                papers.add(new Paper(node.path("id").asText(null), title, text, List.of(), null, null, List.of(),
                        file.getFileName() + ":" + n));
            }
        }
        return papers;
    }
}
