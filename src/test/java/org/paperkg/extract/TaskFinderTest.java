package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;
import org.paperkg.model.Relation;

/** Tasks (method -addresses-> task) read from real titles and abstract sentences. */
class TaskFinderTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadPipeline() {
        extractor = TestExtractors.shared();
    }

    private static List<String> tasks(Extraction e) {
        return e.with(Relation.ADDRESSES).stream().map(st -> st.object().name()).toList();
    }

    @Test
    void aTitleDescriptionNamingAProcessBeforeForTaskIsTheMethodNotATask() {
        // the MLICv2 title and abstract opening
        Extraction e = extractor.extract(Paper.of("MLICv2: Enhanced Multi-Reference Entropy Modeling for Learned Image Compression",
                "Recent advancements in learned image compression (LIC) have yielded impressive performance gains. In this paper, "
                        + "we present MLICv2 and MLICv2^+, enhanced versions of the MLIC series, featuring improved transform "
                        + "techniques, entropy modeling, and instance adaptability."));

        assertThat(tasks(e)).contains("learned image compression").noneMatch(t -> t.contains("multi-reference"));
    }

    @Test
    void aTitleDescriptionNamingASystemBeforeForTaskStaysATask() {
        // the DualCodec title and abstract opening
        Extraction e = extractor.extract(Paper.of(
                "DualCodec: A Low-Frame-Rate, Semantically-Enhanced Neural Audio Codec for Speech Generation",
                "Neural audio codecs form the foundational building blocks for language model (LM)-based speech generation. "
                        + "This work proposes DualCodec, a dual-stream encoding approach that integrates SSL and waveform "
                        + "representations within an end-to-end codec framework."));

        assertThat(tasks(e)).contains("speech generation").anyMatch(t -> t.endsWith("audio codec"));
    }

    @Test
    void aRelativeClauseIsNoTask() {
        // a sentence of the OBoW abstract
        Extraction e = extractor.extract(Paper.of("OBoW: Online Bag-of-Visual-Words Generation for Self-Supervised Learning",
                "Learning image representations without human supervision is an important and active research field. Although "
                        + "effective visual representations should indeed exhibit such invariances, there are other important "
                        + "characteristics, such as encoding contextual reasoning skills, for which alternative reconstruction-based "
                        + "approaches might be better suited."));

        assertThat(tasks(e)).contains("self-supervised learning").noneMatch(t -> t.startsWith("which"));
    }
}
