package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.paperkg.model.Paper;

/**
 * The bad-input corpus: each case in {@code bad/cases.csv} is read on its own; the rejections
 * must be exactly the expected ones (file, line or record, and what is wrong) and every good
 * record in the same file must still be read.
 */
class BadInputTest {

    private static final String ABSTRACT = "We present a method. It works well on the benchmark. ";

    @TempDir
    static Path generated;

    @ParameterizedTest(name = "{0}: {3}")
    @CsvFileSource(resources = "bad/cases.csv", numLinesToSkip = 1)
    void reportsWhatIsWrongAndReadsTheRest(String file, int papers, String expected, String description)
            throws IOException {
        Path path = caseFile(file);
        List<Paper> read = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();

        ReadSummary summary = PaperInputs.read(List.of(path), read::add, rejections::add);

        List<String> expectations = expected == null ? List.of() : Arrays.asList(expected.split(" && "));
        assertThat(rejections).extracting(Rejection::message).hasSameSizeAs(expectations);
        for (int i = 0; i < expectations.size(); i++) {
            assertThat(rejections.get(i).file()).isEqualTo(path.toString());
            assertThat(rejections.get(i).message()).as(description)
                    .matches(pattern(path + expectations.get(i)));
        }
        assertThat(read).as(description).hasSize(papers);
        assertThat(summary.read()).isEqualTo(papers);
        assertThat(summary.rejected()).isEqualTo(expectations.size());
    }

    /** The expected message as a regex: literal text, with "..." matching anything. */
    private static String pattern(String expected) {
        StringBuilder regex = new StringBuilder();
        for (String part : expected.split("\\.\\.\\.", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return "(?s)" + regex + ".*";
    }

    /** A corpus file, or one made here when it is too big to commit or is not a file at all. */
    static Path caseFile(String name) throws IOException {
        URL resource = BadInputTest.class.getResource("bad/" + name);
        if (resource != null) {
            try {
                return Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path path = generated.resolve(name);
        switch (name) {
            case "ten-megabyte-line.jsonl" -> write(path, jsonLine("First"), hugeLine(), jsonLine("Third"));
            case "ten-megabyte-line.txt" -> write(path, "First paper\n", ABSTRACT.repeat(5) + "\n", hugeLine(),
                    "Third paper\n", ABSTRACT.repeat(5) + "\n");
            case "huge-string-in-array.json" -> write(path, "[\n" + jsonLine("First").strip() + ",\n",
                    "{\"title\": \"" + "x".repeat(5 * 1024 * 1024) + "\", \"abstract\": \"Too big.\"},\n",
                    jsonLine("Third").strip() + "\n]\n");
            case "huge-record-in-array.json" -> write(path, "[\n" + jsonLine("First").strip() + ",\n",
                    wideRecord(100_000) + ",\n",
                    jsonLine("Third").strip() + "\n]\n");
            case "a-directory.jsonl" -> Files.createDirectories(path);
            case "missing.jsonl" -> Files.deleteIfExists(path);
            default -> throw new IllegalArgumentException("no such case: " + name);
        }
        return path;
    }

    private static String jsonLine(String title) {
        return "{\"title\": \"" + title + " paper\", \"abstract\": \"" + ABSTRACT.repeat(5) + "\"}\n";
    }

    /** A record of many short fields: big without any big string. */
    private static String wideRecord(int fields) {
        StringBuilder record = new StringBuilder("{\"title\": \"Wide\", \"abstract\": \"Wide.\"");
        for (int i = 0; i < fields; i++) {
            record.append(", \"f").append(i).append("\": \"").append("w".repeat(50)).append('"');
        }
        return record.append('}').toString();
    }

    private static String hugeLine() {
        return "y".repeat(10 * 1024 * 1024) + "\n";
    }

    private static void write(Path path, String... parts) {
        try (OutputStream out = Files.newOutputStream(path)) {
            for (String part : parts) {
                out.write(part.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
