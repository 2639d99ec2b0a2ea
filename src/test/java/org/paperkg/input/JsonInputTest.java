package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Paper;

/** JSON Lines, JSON arrays and the arXiv metadata snapshot, from fixtures made of real abstracts. */
class JsonInputTest {

    @TempDir
    Path tmp;

    private final List<Paper> papers = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    static Path good(String name) {
        try {
            return Path.of(JsonInputTest.class.getResource("good/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReadSummary read(Path... files) {
        return PaperInputs.read(List.of(files), papers::add, rejections::add);
    }

    @Test
    void readsJsonLinesWithEveryOptionalField() {
        ReadSummary summary = read(good("papers.jsonl"));

        assertThat(rejections).isEmpty();
        assertThat(summary).isEqualTo(new ReadSummary(3, 0, 0));
        Paper focus = papers.get(0);
        assertThat(focus.id()).isEqualTo("2307.12612");
        assertThat(focus.key()).isEqualTo("2307.12612");
        assertThat(focus.title()).isEqualTo("Less is More: Focus Attention for Efficient DETR");
        assertThat(focus.abstractText()).startsWith("DETR-like models have significantly boosted");
        assertThat(focus.authors()).containsExactly("Dehua Zheng", "Wenhui Dong", "Hailin Hu", "Xinghao Chen", "Yunhe Wang");
        assertThat(focus.date()).isEqualTo("2023");
        assertThat(focus.url()).isEqualTo("https://arxiv.org/abs/2307.12612");
        assertThat(focus.categories()).containsExactly("cs.CV");
        assertThat(focus.source()).endsWith("papers.jsonl:1");
    }

    @Test
    void splitsAnAuthorStringAndASpaceSeparatedCategoryString() {
        read(good("papers.jsonl"));

        Paper hnerv = papers.get(1);
        assertThat(hnerv.id()).isNull();
        assertThat(hnerv.key()).isEqualTo("hnerv-a-hybrid-neural-representation-for-videos");
        assertThat(hnerv.authors()).containsExactly("Hao Chen", "Matt Gwilliam", "Ser-Nam Lim", "Abhinav Shrivastava");
        assertThat(hnerv.date()).isEqualTo("2023-04-05");
        assertThat(hnerv.source()).as("the blank line 2 still counts").endsWith("papers.jsonl:3");
        assertThat(papers.get(2).categories()).containsExactly("cs.LG", "cs.CV");
    }

    @Test
    void readsAPrettyPrintedJsonArray() {
        ReadSummary summary = read(good("papers.json"));

        assertThat(rejections).isEmpty();
        assertThat(summary.read()).isEqualTo(3);
        assertThat(papers).extracting(Paper::title).containsExactly(
                "Zipformer: A faster and better encoder for automatic speech recognition",
                "Matryoshka Representation Learning", "Void in Language Models");
        assertThat(papers.get(0).authors()).containsExactly("Zengwei Yao", "Liyong Guo");
        assertThat(papers.get(0).source()).endsWith("papers.json:2");
        assertThat(papers.get(1).id()).as("a numeric id keeps its digits").isEqualTo("2205.13147");
        assertThat(papers.get(2).url()).isEqualTo("https://arxiv.org/abs/2505.14467");
    }

    @Test
    void readsOnePrettyPrintedObject() {
        read(good("one-paper.json"));

        assertThat(rejections).isEmpty();
        assertThat(papers).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("2307.12612");
            assertThat(p.abstractText()).endsWith("The code is available at https://github.com/huawei-noah/"
                    + "noah-research/tree/master/Focus-DETR and https://gitee.com/mindspore/models/tree/master/research/cv/Focus-DETR.");
        });
    }

    @Test
    void readsTheArxivSnapshotShapeNamedJsonButWrittenAsJsonLines() {
        read(good("arxiv-metadata-oai-snapshot.json"));

        assertThat(rejections).isEmpty();
        assertThat(papers).hasSize(2);
        Paper sharp = papers.get(0);
        assertThat(sharp.id()).isEqualTo("1903.10366");
        assertThat(sharp.title()).isEqualTo("sharpDARTS: Faster and More Accurate Differentiable Architecture Search");
        assertThat(sharp.abstractText()).startsWith("Neural Architecture Search (NAS) has been a source of dramatic"
                + " improvements in neural network design,").doesNotContain("\n").doesNotContain("  ");
        assertThat(sharp.authors()).containsExactly("Andrew Hundt", "Varun Jain", "Gregory D. Hager");
        assertThat(sharp.categories()).containsExactly("cs.LG", "cs.CV", "stat.ML");
        assertThat(sharp.date()).isEqualTo("2019-03-26");
        assertThat(sharp.url()).isEqualTo("https://arxiv.org/abs/1903.10366");
        Paper old = papers.get(1);
        assertThat(old.url()).isEqualTo("https://arxiv.org/abs/hep-th/9901001");
        assertThat(old.title()).isEqualTo("Old-style \\emph{identifiers}: a test of $\\mathcal{N}=4$ strings");
        assertThat(old.abstractText()).isEqualTo("We keep LaTeX such as $\\alpha$-stable laws and \\cite{x}."
                + " The second sentence is wrapped.");
        assertThat(old.authors()).containsExactly("A. Author", "B. Author");
    }

    @Test
    void readsGzippedInputByItsMagicBytes() throws IOException {
        Path gz = tmp.resolve("papers.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(good("papers.jsonl"), out);
        }

        read(gz);

        assertThat(rejections).isEmpty();
        assertThat(papers).hasSize(3);
        assertThat(papers.get(0).source()).isEqualTo(gz + ":1");
    }

    @Test
    void mergesTheSamePaperReadFromSeveralFiles() throws IOException {
        Path copy = Files.copy(good("papers.jsonl"), tmp.resolve("again.jsonl"));

        ReadSummary summary = read(good("papers.jsonl"), copy, good("one-paper.json"));

        assertThat(rejections).isEmpty();
        assertThat(summary).isEqualTo(new ReadSummary(3, 4, 0));
        assertThat(papers).extracting(Paper::source).allMatch(s -> s.contains("good"));
    }

    @Test
    void rejectsTheSameIdWithOtherContentInALaterFileNamingBothPlaces() throws IOException {
        Path later = tmp.resolve("later.jsonl");
        Files.writeString(later, "{\"id\": \"2307.12612\", \"title\": \"Another paper\", \"abstract\": \"Other text.\"}\n");

        ReadSummary summary = read(good("papers.jsonl"), later);

        assertThat(summary).isEqualTo(new ReadSummary(3, 0, 1));
        assertThat(rejections).singleElement().extracting(Rejection::message).isEqualTo(later
                + ":1: id 2307.12612 was already read from " + good("papers.jsonl")
                + ":1 with a different title or abstract; the first is kept");
    }

    @Test
    void goesOnPastMissingAndUnreadableFiles() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("dir.jsonl"));

        ReadSummary summary = read(tmp.resolve("missing.jsonl"), good("papers.jsonl"), directory, good("papers.json"));

        assertThat(summary).isEqualTo(new ReadSummary(6, 0, 2));
        assertThat(rejections).extracting(Rejection::message).containsExactly(
                tmp.resolve("missing.jsonl") + ": no such file", directory + ": is a directory, not a file");
    }

    @Test
    void reportsAFileThatDisappearsBeforeItsTurn() throws IOException {
        Path doomed = Files.copy(good("papers.json"), tmp.resolve("doomed.json"));

        try (PaperReader reader = PaperReader.open(List.of(good("papers.jsonl"), doomed), rejections::add)) {
            papers.add(reader.next());
            Files.delete(doomed);
            reader.forEachRemaining(papers::add);
        }

        assertThat(papers).hasSize(3);
        assertThat(rejections).extracting(Rejection::message).containsExactly(doomed + ": no such file");
    }

    @Test
    void sniffsTheFormatOfAFileWithoutExtension() throws IOException {
        Path array = Files.copy(good("papers.json"), tmp.resolve("array"));
        Path lines = Files.copy(good("papers.jsonl"), tmp.resolve("lines"));

        ReadSummary summary = read(array, lines);

        assertThat(rejections).isEmpty();
        assertThat(summary.read()).isEqualTo(6);
    }
}
