package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(byte[] bytes, int max) throws IOException {
        List<LineReader.Line> out = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), max)) {
            for (LineReader.Line line; (line = reader.next()) != null; ) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void splitsOnLfAndCrlfAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines("one\r\ntwo\n\nfour".getBytes(), 100)).extracting(LineReader.Line::text)
                .containsExactly("one", "two", "", "four");
    }

    @Test
    void skipsALineOverTheCapWithoutLosingTheNextOne() throws IOException {
        List<LineReader.Line> lines = lines(("short\n" + "z".repeat(200_000) + "\nafter\n").getBytes(), 1000);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).ok()).isFalse();
        assertThat(lines.get(1).problem()).isEqualTo("line of 200000 bytes is longer than the limit of 1000 bytes; skipped");
        assertThat(lines.get(2).number()).isEqualTo(3);
        assertThat(lines.get(2).text()).isEqualTo("after");
    }

    @Test
    void acceptsALineOfExactlyTheCap() throws IOException {
        assertThat(lines(("a".repeat(1000) + "\n").getBytes(), 1000).get(0).ok()).isTrue();
    }

    @Test
    void reportsInvalidUtf8ForThatLineOnly() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', 'a', (byte) 0xff, 'd', '\n', (byte) 0xc3, (byte) 0xa9, '\n'};

        List<LineReader.Line> lines = lines(bytes, 100);

        assertThat(lines.get(0).text()).isEqualTo("ok");
        assertThat(lines.get(1).problem()).isEqualTo("not valid UTF-8: byte 0xFF at byte 3 of the line");
        assertThat(lines.get(2).text()).isEqualTo("é");
    }

    @Test
    void rejectsATruncatedMultiByteCharacterAtTheEndOfALine() throws IOException {
        assertThat(lines(new byte[] {'a', (byte) 0xe2, (byte) 0x82, '\n'}, 100).get(0).problem())
                .startsWith("not valid UTF-8: byte 0xE2 at byte 2");
    }
}
