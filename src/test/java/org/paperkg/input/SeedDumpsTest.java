package org.paperkg.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Paper;

/** Reads the five real listing-page dumps in ../shared/seeds. */
class SeedDumpsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static List<Path> files;
    private static final List<Paper> papers = new ArrayList<>();
    private static final List<Rejection> rejections = new ArrayList<>();
    private static ReadSummary summary;

    @BeforeAll
    static void readSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not here");
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        summary = PaperInputs.read(files, papers::add, rejections::add);
    }

    @Test
    void readsThe305DistinctPapersOfThe404Abstracts() {
        assertThat(files).hasSize(5);
        assertThat(rejections).isEmpty();
        assertThat(papers).hasSize(305);
        assertThat(summary).isEqualTo(new ReadSummary(305, 404 - 305, 0));
    }

    @Test
    void takesNoPageChromeForATitle() {
        assertThat(papers).extracting(Paper::title).noneMatch(t -> t.matches(
                "(?i).*(subscribe|trending papers|daily papers|research community).*|new|[A-Z][a-z]{2} \\d{1,2}"));
        assertThat(papers).allSatisfy(p -> {
            assertThat(p.title().length()).isBetween(3, 300);
            assertThat(p.abstractText().length()).isGreaterThan(p.title().length());
            assertThat(p.abstractText()).doesNotContain("\n");
        });
    }

    @Test
    void stripsTheSubscribeButtonGluedToTheFirstTitle() {
        Paper first = papers.stream().filter(p -> p.source().contains("004_")).findFirst().orElseThrow();
        assertThat(first.title()).isEqualTo("Hi-End-MAE: Hierarchical encoder-driven masked autoencoders are"
                + " stronger vision learners for medical image segmentation");
        assertThat(first.abstractText()).startsWith("Medical image segmentation remains a formidable challenge");
        assertThat(first.source()).endsWith("004_98406c2519f34189.txt:3");
        assertThat(first.key()).isEqualTo("hi-end-mae-hierarchical-encoder-driven-masked-autoencoders-are-stronger"
                + "-vision-learners-for-medical-image-segmentation");
    }

    @Test
    void pairsEachTitleWithItsOwnAbstract() {
        Map<String, Paper> byTitle = papers.stream().collect(Collectors.toMap(Paper::title, Function.identity()));
        assertThat(byTitle.get("Less is More: Focus Attention for Efficient DETR").abstractText())
                .startsWith("DETR-like models have significantly boosted the performance of detectors")
                .contains("our Focus-DETR gets comparable complexity while achieving 50.4AP (+2.2) on COCO");
        assertThat(byTitle.get("Matryoshka Representation Learning").abstractText())
                .startsWith("Learned representations are a central component in modern ML systems");
        assertThat(byTitle.get("Void in Language Models").abstractText())
                .startsWith("Despite advances in transformer-based language models (LMs)");
        assertThat(byTitle.get("ARMOR v0.1: Empowering Autoregressive Multimodal Understanding Model with"
                + " Interleaved Multimodal Generation via Asymmetric Synergy").abstractText())
                .contains("we propose a ``what or how to generate\" algorithm");
        assertThat(byTitle.keySet()).contains("HNeRV: A Hybrid Neural Representation for Videos",
                "FIT: Far-reaching Interleaved Transformers", "NERV++: An Enhanced Implicit Neural Video Representation");
    }

    @Test
    void givesEachPaperTheFileAndLineOfItsTitle() {
        Paper focus = papers.stream().filter(p -> p.title().startsWith("Less is More: Focus Attention"))
                .findFirst().orElseThrow();
        assertThat(focus.source()).isEqualTo(SEEDS.resolve("000_a52bd6094f2707c5.txt") + ":11");
        assertThat(focus.id()).isNull();
    }
}
