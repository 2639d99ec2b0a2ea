package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void collapsesWhitespaceOfEveryKind() {
        assertThat(TextCleaner.clean("  Line one\n  line\ttwo\u00a0and\u2009three \r\n")).isEqualTo("Line one line two and three");
    }

    @Test
    void separatesWordsAtBlockTagsAndJoinsThemAtInlineTags() {
        assertThat(TextCleaner.clean("First.<br/>Second.<p>Third <i>in</i>line H<sub>2</sub>O</p>"))
                .isEqualTo("First. Second. Third inline H2O");
    }

    @Test
    void keepsComparisonsThatLookLikeTags() {
        assertThat(TextCleaner.clean("for x<y and z>w, p < 0.05, $\\langle a \\rangle$"))
                .isEqualTo("for x<y and z>w, p < 0.05, $\\langle a \\rangle$");
    }

    @Test
    void dropsScriptsAndDecodesEntitiesAfterStrippingTags() {
        assertThat(TextCleaner.clean("A<script>alert('x')</script> &lt;b&gt; &amp; &#233;&#x4E2D; &#0;end"))
                .isEqualTo("A <b> & é中 end");
    }

    @Test
    void keepsPairedSurrogatesAndDropsLoneOnes() {
        assertThat(TextCleaner.clean("emoji \uD83D\uDE00 broken \uD800 end")).isEqualTo("emoji \uD83D\uDE00 broken end");
    }
}
