package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDumpSourceTest {

    @Test
    void takesLongMultiSentenceLinesForAbstracts() {
        assertThat(TextDumpSource.isAbstract("We propose X. " + "It works on many benchmarks and tasks. ".repeat(5))).isTrue();
        assertThat(TextDumpSource.isAbstract("本文提出了一种新的方法。" .repeat(10) + "实验表明该方法有效。".repeat(10))).isTrue();
    }

    @Test
    void takesAVeryLongLineForAnAbstractEvenWithoutSentenceEnds() {
        assertThat(TextDumpSource.isAbstract("we propose a method that " + "works on many benchmarks and tasks ".repeat(12)))
                .isTrue();
    }

    @Test
    void takesTitlesAndChromeForNoAbstract() {
        assertThat(TextDumpSource.isAbstract("Get trending papers in your email inbox!")).isFalse();
        assertThat(TextDumpSource.isAbstract("Attention is All You Need? Good Embeddings with Statistics are"
                + " enough:Large Scale Audio Understanding without Transformers/ Convolutions/ BERTs/ Mixers/"
                + " Attention/ RNNs or ....")).isFalse();
        assertThat(TextDumpSource.isAbstract("A title of two hundred and fifty characters without any sentence end "
                .repeat(4))).isFalse();
    }
}
