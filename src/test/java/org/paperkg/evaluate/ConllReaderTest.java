package org.paperkg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

    static Path sample() throws URISyntaxException {
        return Path.of(ConllReaderTest.class.getResource("tdmsci/sample.conll").toURI());
    }

    @Test
    void rebuildsEachSentenceAndItsSpansFromTheTokenOffsets() throws Exception {
        List<TaggedSentence> sentences = ConllReader.read(sample());

        assertThat(sentences).hasSize(5);
        TaggedSentence second = sentences.get(1);
        // "left - to - right" was "left-to-right": tokens sit at their offsets
        assertThat(second.text()).startsWith("We apply our method to left-to-right part-ofspeech tagging in which we achieve accuracy");
        assertThat(second.gold()).containsExactly(
                new TaggedSentence.Mention("TASK", "part-ofspeech tagging"),
                new TaggedSentence.Mention("METRIC", "accuracy"),
                new TaggedSentence.Mention("DATASET", "Penn Treebank WSJ corpus"));
        assertThat(second.source()).endsWith("sample.conll:27");
    }

    @Test
    void aTokenWhoseOffsetOverlapsTheOneBeforeFollowsItAfterASpace() throws Exception {
        // TDMSci gives "gain" offset 49383 and "in" 49384
        TaggedSentence fourth = ConllReader.read(sample()).get(3);

        assertThat(fourth.text()).contains("significant gain in human");
        assertThat(fourth.gold()).extracting(TaggedSentence.Mention::type).containsExactly("DATASET", "METRIC", "TASK");
    }

    @Test
    void aMalformedLineFailsWithTheFileAndLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.conll");
        Files.writeString(file, "We\t0\tO\nevaluate\t3\tO\non WMT\t12\tB-DATASET\n");

        assertThatThrownBy(() -> ConllReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.conll:3")
                .hasMessageContaining("expected TOKEN OFFSET TAG");
    }
}
