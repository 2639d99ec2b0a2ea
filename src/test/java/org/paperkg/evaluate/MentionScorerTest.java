package org.paperkg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.extract.TestExtractors;
import org.paperkg.model.Entity;
import org.paperkg.model.Evidence;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
import org.paperkg.model.Measure;
import org.paperkg.model.Paper;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

class MentionScorerTest {

    private static final TaggedSentence PTB = new TaggedSentence("x:1", "accuracy above 97% on the Penn Treebank WSJ corpus",
            List.of(new TaggedSentence.Mention("METRIC", "accuracy"), new TaggedSentence.Mention("DATASET", "Penn Treebank WSJ corpus")));

    @Test
    void countsEachMentionOnceAgainstTheSpansOfItsType() {
        Extraction e = mentioning(PTB, new Entity("accuracy", Kind.METRIC, List.of(), true),
                new Entity("accuracy", Kind.METRIC, List.of(), true),
                new Entity("WSJ", Kind.DATASET, List.of(), true),
                new Entity("Penn Treebank WSJ", Kind.DATASET, List.of(), true));

        MentionScorer.Result r = MentionScorer.score(List.of(PTB), List.of(e));

        // the repeated metric counts once; "corpus" closing the span is its kind, not its name
        assertThat(r.figures().get("metric")).isEqualTo(new Figures(1, 0, 0));
        assertThat(r.figures().get("dataset")).isEqualTo(new Figures(1, 1, 0));
        assertThat(r.errors()).containsExactly(new MentionScorer.Error("DATASET", "x:1", "WSJ", false));
    }

    @Test
    void anAliasMatchesTheSpan() {
        Extraction e = mentioning(PTB, new Entity("PTB", Kind.DATASET, List.of("Penn Treebank WSJ"), true));

        assertThat(MentionScorer.score(List.of(PTB), List.of(e)).figures().get("dataset")).isEqualTo(new Figures(1, 0, 0));
    }

    @Test
    void scoresRealExtractionsOfTheTdmsciSample() throws Exception {
        List<TaggedSentence> sentences = ConllReader.read(ConllReaderTest.sample());
        List<Extraction> extractions = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            extractions.add(TestExtractors.shared().extract(Paper.of("Annotated sentence", s.text())));
        }

        MentionScorer.Result r = MentionScorer.score(sentences, extractions);

        // "on the FrameNet corpus" and "accuracy above 97% on the Penn Treebank WSJ corpus" are read
        assertThat(r.errors()).noneMatch(x -> x.missed() && x.name().equals("FrameNet"));
        assertThat(r.figures().get("dataset").tp()).isGreaterThanOrEqualTo(2);
        // "experiments on Czech, Arabic, Chinese, and Urdu to English translation": languages are not datasets
        assertThat(r.errors()).noneMatch(x -> !x.missed() && x.type().equals("DATASET") && x.name().matches("Czech|Chinese|Urdu|English"));
    }

    private static Extraction mentioning(TaggedSentence s, Entity... entities) {
        List<Statement> statements = new ArrayList<>();
        for (Entity e : entities) {
            statements.add(new Statement(null, Relation.MENTIONS, e, Measure.NONE, new Evidence(s.text(), 0, s.text().length(), false), 0.3));
        }
        return new Extraction(Paper.of("Annotated sentence", s.text()), statements);
    }
}
