package org.paperkg.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads SciERC (Luan et al., 2018): one abstract per line as JSON with {@code sentences} (token lists) and
 * {@code ner} ({@code [start, end, type]}, inclusive token offsets across the abstract). Each abstract
 * becomes one text; its Task and Metric spans are kept as TASK and METRIC (its Material mixes datasets
 * with any data, "English", "images", so it is not scored as datasets).
 */
public final class SciercReader {

    private static final Map<String, String> TYPES = Map.of("Task", "TASK", "Metric", "METRIC");
    private static final Map<String, String> BRACKETS = Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SciercReader() {
    }

    /** The file's abstracts; a line that is not a SciERC record fails with the file and line number. */
    public static List<TaggedSentence> read(Path file) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                JsonNode record;
                try {
                    record = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
                }
                if (!record.path("sentences").isArray() || !record.path("ner").isArray()) {
                    throw new IllegalArgumentException(where + ": expected a SciERC record with 'sentences' and 'ner'");
                }
                out.add(abstractOf(record, where));
            }
        }
        return out;
    }

    private static TaggedSentence abstractOf(JsonNode record, String where) {
        List<String> tokens = new ArrayList<>();
        record.get("sentences").forEach(s -> s.forEach(t -> tokens.add(BRACKETS.getOrDefault(t.asText(), t.asText()))));
        List<TaggedSentence.Mention> gold = new ArrayList<>();
        for (JsonNode sentence : record.get("ner")) {
            for (JsonNode span : sentence) {
                String type = TYPES.get(span.get(2).asText());
                int start = span.get(0).asInt();
                int end = span.get(1).asInt();
                if (type != null && start >= 0 && end < tokens.size() && start <= end) {
                    gold.add(new TaggedSentence.Mention(type, String.join(" ", tokens.subList(start, end + 1))));
                }
            }
        }
        return new TaggedSentence(where, String.join(" ", tokens), gold);
    }
}
