package org.paperkg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SciercReaderTest {

    // SciERC's layout with an invented abstract: its data states no licence, so none of it is copied here
    private static final String RECORD = "{\"doc_key\": \"X1\", \"sentences\": [[\"We\", \"improve\", \"word\", \"error\", \"rate\", "
            + "\"-LRB-\", \"WER\", \"-RRB-\", \"in\", \"speech\", \"recognition\", \".\"], [\"It\", \"uses\", \"English\", \"data\", \".\"]], "
            + "\"ner\": [[[2, 4, \"Metric\"], [6, 6, \"Metric\"], [9, 10, \"Task\"]], [[14, 14, \"Material\"]]], \"relations\": [[], []]}";

    @Test
    void readsEachAbstractWithItsTaskAndMetricSpans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.json");
        Files.writeString(file, RECORD + "\n");

        List<TaggedSentence> texts = SciercReader.read(file);

        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).text()).isEqualTo("We improve word error rate ( WER ) in speech recognition . It uses English data .");
        // Material mixes datasets with any data: not kept
        assertThat(texts.get(0).gold()).containsExactly(new TaggedSentence.Mention("METRIC", "word error rate"),
                new TaggedSentence.Mention("METRIC", "WER"), new TaggedSentence.Mention("TASK", "speech recognition"));
        assertThat(texts.get(0).source()).endsWith("sample.json:1");
    }

    @Test
    void aLineThatIsNotARecordFailsWithTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, RECORD + "\n{\"sentences\": [[\"x\"]]}\n");

        assertThatThrownBy(() -> SciercReader.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json:2").hasMessageContaining("'sentences' and 'ner'");
    }

    @Test
    void onlyTheTypesTheDataAnnotatesAreScored() {
        TaggedSentence s = new TaggedSentence("x:1", "We improve WER.", List.of(new TaggedSentence.Mention("METRIC", "WER")));
        org.paperkg.model.Extraction none = new org.paperkg.model.Extraction(org.paperkg.model.Paper.of("t", s.text()), List.of());

        assertThat(MentionScorer.score(List.of(s), List.of(none)).figures()).containsOnlyKeys("metric");
    }
}
