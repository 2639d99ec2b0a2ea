package org.paperkg.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperkg.model.Paper;

/**
 * Turns one JSON object into a paper. Fields: {@code title} and {@code abstract} (required),
 * {@code id} (string or number), {@code authors} (list, or one string "A, B and C"),
 * {@code date}, else {@code year}, else {@code update_date}; {@code url}; {@code categories}
 * (list, or one space-separated string, as in the arXiv metadata snapshot). Other fields are
 * ignored. Records with categories and an arXiv-style id get an arxiv.org url when they have none.
 */
final class JsonRecords {

    /** Strict JSON with bounded strings and nesting; duplicate keys are errors. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(InputLimits.MAX_LINE_BYTES)
                            .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads exactly one JSON value from a string: anything after it is an error. */
    static final ObjectReader ONE_VALUE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** New-style ("2307.12612v2") and old-style ("hep-th/9901001") arXiv identifiers. */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "\\d{4}\\.\\d{4,5}(v\\d+)?|[a-z-]+(\\.[A-Z]{2})?/\\d{7}(v\\d+)?");
    /** Jackson's pointers to its own internals: where the source was, which setting a limit is. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?|, from `[^`]*`");

    private JsonRecords() {
    }

    /** The paper a JSON value describes. */
    static Paper paper(JsonNode node, String source) throws BadRecordException {
        if (!node.isObject()) {
            throw new BadRecordException(describe(node) + ", not an object with title and abstract");
        }
        if (!node.has("title") && !node.has("abstract")) {
            throw new BadRecordException("no title and no abstract" + hintForFields(node));
        }
        String id = scalar(node, "id");
        List<String> categories = list(node.get("categories"), "categories", "\\s+");
        String url = text(node, "url");
        if (url == null && id != null && !categories.isEmpty() && ARXIV_ID.matcher(id.strip()).matches()) {
            url = "https://arxiv.org/abs/" + id.strip();
        }
        String date = firstScalar(node, "date", "year", "update_date");
        return PaperCheck.paper(id, text(node, "title"), text(node, "abstract"), authors(node.get("authors")),
                date, url, categories, source);
    }

    /** "not valid JSON: Unexpected end-of-input ... (column 80)", without Jackson's source noise. */
    static String invalid(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = JACKSON_SOURCE.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
        if (message.length() > 200) {
            message = message.substring(0, 197) + "...";
        }
        String at = e.getLocation() != null && e.getLocation().getColumnNr() > 0
                ? " (column " + e.getLocation().getColumnNr() + ")" : "";
        return "not valid JSON: " + message + at;
    }

    /** Says where the records may be when an object holds a list of objects, else which fields it has. */
    private static String hintForFields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getValue().isArray() && field.getValue().path(0).isObject()) {
                return "; if " + field.getKey() + " holds the records, give them as a top-level array or one per line";
            }
            names.add(field.getKey());
        }
        return names.isEmpty() ? "" : " (its fields: " + String.join(", ", names.subList(0, Math.min(8, names.size())))
                + (names.size() > 8 ? ", ..." : "") + ")";
    }

    private static String text(JsonNode node, String field) throws BadRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRecordException(field + " is " + describe(value) + ", not a string");
        }
        return value.textValue();
    }

    private static String scalar(JsonNode node, String field) throws BadRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadRecordException(field + " is " + describe(value) + ", not a string or number");
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String firstScalar(JsonNode node, String... fields) throws BadRecordException {
        for (String field : fields) {
            String value = scalar(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static List<String> list(JsonNode value, String field, String separator) throws BadRecordException {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.textValue().strip().split(separator));
        }
        if (!value.isArray()) {
            throw new BadRecordException(field + " is " + describe(value) + ", not a list or string");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (element.isValueNode() && !element.isNull()) {
                out.add(element.asText());
            }
        }
        return out;
    }

    /** Authors as a list of names (or of objects with a "name"), or one string "A, B and C". */
    private static List<String> authors(JsonNode value) throws BadRecordException {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return AuthorList.split(value.textValue());
        }
        if (!value.isArray()) {
            throw new BadRecordException("authors is " + describe(value) + ", not a list or string");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (element.isTextual()) {
                out.add(element.textValue());
            } else if (element.path("name").isTextual()) {
                out.add(element.path("name").textValue());
            }
        }
        return out;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
