package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Paper;

/** Large inputs are read one record at a time, and readers can stop early. */
class StreamingTest {

    private static final int RECORDS = 200_000;
    /** The JSON array repeats the first records of the JSON Lines file. */
    private static final int ARRAY_RECORDS = 50_000;

    @TempDir
    static Path tmp;

    private static Path lines;
    private static Path array;

    @BeforeAll
    static void writeLargeInputs() throws IOException {
        lines = write("big.jsonl", RECORDS, false);
        array = write("big.json", ARRAY_RECORDS, true);
    }

    private static Path write(String name, int records, boolean array) throws IOException {
        Path file = tmp.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(array ? "[\n" : "");
            for (int i = 0; i < records; i++) {
                out.write("{\"id\": \"gen-" + i + "\", \"title\": \"Generated paper " + i + "\", \"abstract\": \"We propose"
                        + " method " + i + ". It improves accuracy on the benchmark by " + (i % 97) + " points.\"}");
                out.write(array && i < records - 1 ? ",\n" : "\n");
            }
            out.write(array ? "]\n" : "");
        }
        return file;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // about 2 s on an idle machine; a guard, not a benchmark
    void reads200kJsonLinesThenAJsonArrayOfTheSamePapersOneAtATime() throws IOException {
        AtomicLong count = new AtomicLong();
        AtomicLong lastLine = new AtomicLong();
        List<Rejection> rejections = new ArrayList<>();

        ReadSummary summary = PaperInputs.read(List.of(array, lines), p -> {
            count.incrementAndGet();
            lastLine.set(Long.parseLong(p.source().substring(p.source().lastIndexOf(':') + 1)));
        }, rejections::add);

        assertThat(rejections).isEmpty();
        assertThat(count).hasValue(RECORDS);
        assertThat(summary).isEqualTo(new ReadSummary(RECORDS, ARRAY_RECORDS, 0));
        assertThat(Files.size(lines)).isGreaterThan(20_000_000L);
        assertThat(lastLine).hasValue(RECORDS);
    }

    @Test
    void countsTheBytesReadForProgress() throws IOException {
        List<Path> files = List.of(lines, tmp.resolve("missing.jsonl"));

        try (PaperReader reader = PaperReader.open(files, r -> { })) {
            assertThat(reader.bytesRead()).isZero();
            reader.next();
            assertThat(reader.bytesRead()).isPositive().isLessThan(PaperInputs.totalBytes(files));
            reader.forEachRemaining(p -> { });
            assertThat(reader.bytesRead()).isEqualTo(PaperInputs.totalBytes(files)).isEqualTo(Files.size(lines));
        }
    }

    @Test
    void stopsReadingWhenTheStreamIsClosedEarly() {
        PaperReader reader = PaperReader.open(List.of(lines), r -> { });

        List<Paper> first;
        try (var papers = reader.stream()) {
            first = papers.limit(3).toList();
        }

        assertThat(first).extracting(Paper::id).containsExactly("gen-0", "gen-1", "gen-2");
        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.summary().read()).isEqualTo(3);
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        InputStream stdin = System.in;
        try (InputStream in = Files.newInputStream(JsonInputTest.good("papers.jsonl"))) {
            System.setIn(in);
            List<Paper> papers = new ArrayList<>();

            PaperInputs.read(List.of(Path.of("-")), papers::add, r -> { });

            assertThat(papers).hasSize(3);
            assertThat(papers.get(0).source()).isEqualTo("<stdin>:1");
        } finally {
            System.setIn(stdin);
        }
    }
}
