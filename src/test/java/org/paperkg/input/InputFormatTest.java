package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

    @ParameterizedTest(name = "{0} starting {1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            seeds.txt                        | [{"title": "x"}]          | TEXT_DUMP
            papers.jsonl                     | [1, 2]                    | JSON_LINES
            papers.ndjson                    | {"title": "x"}            | JSON_LINES
            papers.json                      | [{"title": "x"}]          | JSON_DOCUMENT
            papers.json                      | `  {"title": "x"}\\n{}`    | JSON_LINES
            arxiv-metadata-oai-snapshot.json | `{"id": "1"}\\n{"id": "2"}` | JSON_LINES
            one.json                         | `{\\n  "title": "x"\\n}`    | JSON_DOCUMENT
            papers.json                      | title line                | JSON_LINES
            no-extension                     | `\\n  [ ]`                 | JSON_DOCUMENT
            no-extension                     | `{"a": 1}\\n`              | JSON_LINES
            no-extension                     | Subscribe                 | TEXT_DUMP
            """)
    void choosesByExtensionThenByContent(String name, String content, InputFormat expected) {
        byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(InputFormat.of(name, bytes, bytes.length)).isEqualTo(expected);
    }
}
