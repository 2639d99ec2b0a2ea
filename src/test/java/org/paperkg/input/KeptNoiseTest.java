package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Paper;

/** What the corpus cases that are kept rather than rejected look like once read. */
class KeptNoiseTest {

    private static List<Paper> read(String name) throws IOException {
        List<Paper> papers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        PaperInputs.read(List.of(BadInputTest.caseFile(name)), papers::add, rejections::add);
        assertThat(rejections).isEmpty();
        return papers;
    }

    @Test
    void stripsHtmlTagsDropsScriptsAndDecodesEntities() throws IOException {
        List<Paper> papers = read("html-in-title.jsonl");

        assertThat(papers.get(0).title()).isEqualTo("Less is More: Focus Attention for Efficient DETR");
        assertThat(papers.get(0).key()).isEqualTo("less-is-more-focus-attention-for-efficient-detr");
        assertThat(papers.get(1).title()).isEqualTo("Convergence of SGD when x < y & y>z");
        assertThat(papers.get(1).abstractText()).isEqualTo("We show a bound for p < 0.05 and x<y. It holds.");
    }

    @Test
    void turnsControlCharactersIntoSpaces() throws IOException {
        assertThat(read("escaped-control-chars.jsonl").get(0).title()).isEqualTo("Control characters in a title");
        Paper dump = read("control-chars.txt").get(0);
        assertThat(dump.title()).startsWith("A Fast Fourier Convolutional Deep Neural Network For Accurate")
                .endsWith("From Sentinel-2 Time-Series Data");
        assertThat(dump.abstractText()).doesNotContainPattern("\\p{Cntrl}").startsWith("Accurate and timely detection of plant stress");
    }

    @Test
    void dropsHalfASurrogatePair() throws IOException {
        assertThat(read("lone-surrogate.jsonl").get(0).title()).isEqualTo("Broken escape");
    }

    @Test
    void keepsLatexAsWritten() throws IOException {
        Paper paper = read("latex-heavy.jsonl").get(0);

        assertThat(paper.title()).isEqualTo("On the $\\mathcal{O}(n\\log n)$ \\emph{complexity} of $k$-NN");
        assertThat(paper.abstractText()).contains("$\\sum_{i=1}^{n} x_i^2 \\leq \\frac{1}{2}\\|x\\|_2^2$",
                "\\cite{smith2020}", "$\\sqrt{2}$~\\%");
    }

    @Test
    void keepsAbstractsInOtherLanguages() throws IOException {
        assertThat(read("non-english.jsonl")).extracting(Paper::title).containsExactly(
                "基于注意力机制的高效目标检测", "Effiziente Objekterkennung mit fokussierter Aufmerksamkeit",
                "Эффективное обнаружение объектов");
        List<Paper> dump = read("non-english.txt");
        assertThat(dump.get(0).title()).isEqualTo("分层编码器驱动的掩码自编码器");
        assertThat(dump.get(0).key()).isEqualTo("分层编码器驱动的掩码自编码器");
    }

    @Test
    void keepsAPunctuationTitleWhenTheRecordHasAnId() throws IOException {
        List<Paper> papers = new ArrayList<>();
        PaperInputs.read(List.of(BadInputTest.caseFile("no-letters-in-title.jsonl")), papers::add, r -> { });

        assertThat(papers).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("!!!");
            assertThat(p.key()).isEqualTo("x-1");
        });
    }
}
