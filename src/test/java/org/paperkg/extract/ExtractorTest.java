package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
import org.paperkg.model.Paper;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

class ExtractorTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadPipeline() {
        extractor = TestExtractors.shared();
    }

    @Test
    void extractsProposedNameFromTitleColonShape() {
        Extraction e = extractor.extract(Abstracts.EASZ);

        assertThat(names(e, Relation.PROPOSES)).containsExactly("Easz");
        Statement proposal = e.with(Relation.PROPOSES).get(0);
        assertThat(proposal.object().kind()).isEqualTo(Kind.METHOD);
        assertThat(proposal.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void proposesUnnamedPhraseAfterCueWithoutItsPraiseWhenNothingIsNamed() {
        Extraction e = extractor.extract(Abstracts.ENCODER_DISTILLATION);

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().named())
                .containsExactly(tuple("knowledge distillation framework", false));
    }

    @Test
    void attributesClaimsOfOurApproachToTheUnnamedProposalBelowHighConfidence() {
        Extraction e = extractor.extract(Abstracts.BOOSTING_NERV);

        assertThat(names(e, Relation.PROPOSES)).containsExactly("boosting framework");
        assertThat(e.with(Relation.EVALUATED_ON)).extracting(st -> st.subject().name(), st -> st.object().name())
                .containsExactly(tuple("boosting framework", "UVG"));
        assertThat(e.with(Relation.EVALUATED_ON).get(0).confidence()).isLessThan(0.8);
    }

    @Test
    void proposesNothingForAGenericHeadWithoutQualifier() {
        Extraction e = extractor.extract(Paper.of("On the role of position in encoders",
                "Existing encoders mix position and content. To overcome this limitation, we propose a simple, effective, "
                        + "and robust method. Experiments on GLUE show that our method achieves higher accuracy."));

        assertThat(e.with(Relation.PROPOSES)).isEmpty();
        assertThat(e.with(Relation.EVALUATED_ON)).isEmpty();
    }

    @Test
    void proposesNameGivenInALaterThisModelCalledSentence() {
        Extraction e = extractor.extract(Paper.of("Designing BERT for Convolutional Networks: Sparse and Hierarchical Masked Modeling",
                "We identify and overcome two key obstacles in extending the success of BERT-style pre-training to convolutional "
                        + "networks. Our method called Sparse masKed modeling (SparK) is general: it can be used directly on any "
                        + "convolutional model without backbone modifications. Improvements on object detection and instance "
                        + "segmentation are more substantial (up to +3.5%)."));

        Statement spark = e.with(Relation.PROPOSES).get(0);
        assertThat(spark.object().name()).isEqualTo("SparK");
        assertThat(spark.object().aliases()).contains("Sparse masKed modeling");
    }

    @Test
    void proposesNameAfterAkaAndCreditsItWithTheBenchmarksItImprovesOn() {
        Extraction e = extractor.extract(Paper.of("RetroMAE v2: Duplex Masked Auto-Encoder For Pre-Training Retrieval-Oriented Language Models",
                "With this motivation, we propose a new pre-training method: duplex masked auto-encoder, a.k.a. DupMAE, which "
                        + "targets on improving the semantic representation capacity for the contextualized embeddings of both [CLS] "
                        + "and ordinary tokens. DupMAE is simple but empirically competitive: with a small decoding cost, it "
                        + "substantially contributes to the model's representation capability and transferability, where "
                        + "remarkable improvements are achieved on MS MARCO and BEIR benchmarks."));

        assertThat(names(e, Relation.PROPOSES)).contains("DupMAE");
        assertThat(e.with(Relation.EVALUATED_ON)).extracting(st -> st.subject().name(), st -> st.object().name())
                .contains(tuple("DupMAE", "MS MARCO"), tuple("DupMAE", "BEIR"));
    }

    @Test
    void extractsNameAfterWePropose() {
        Extraction e = extractor.extract(Abstracts.FOCUS_DETR);

        assertThat(names(e, Relation.PROPOSES)).containsExactly("Focus-DETR");
    }

    @Test
    void extractsNameIntroducedByNamely() {
        assertThat(names(extractor.extract(Abstracts.MIMO_VP), Relation.PROPOSES)).containsExactly("MIMO-VP");
        assertThat(names(extractor.extract(Abstracts.MUE), Relation.PROPOSES)).containsExactly("MuE");
    }

    @Test
    void takesAcronymDefinitionAsProposalWithLongFormAlias() {
        Extraction e = extractor.extract(Abstracts.GMU);

        Statement gmu = e.with(Relation.PROPOSES).get(0);
        assertThat(gmu.object().name()).isEqualTo("GMU");
        assertThat(gmu.object().aliases()).contains("Gated Memory Unit");
        assertThat(names(e, Relation.PROPOSES)).contains("SambaY", "Phi4-mini-Flash-Reasoning");
    }

    @Test
    void parsesValueAndDeltaFromApWithParenthesisedGain() {
        Extraction e = extractor.extract(Abstracts.FOCUS_DETR);

        assertThat(e.with(Relation.IMPROVES))
                .filteredOn(s -> s.object().name().equals("AP"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.subject().name()).isEqualTo("Focus-DETR");
                    assertThat(s.measure().value()).isEqualTo("50.4");
                    assertThat(s.measure().delta()).isEqualTo("+2.2");
                    assertThat(s.measure().dataset()).isEqualTo("COCO");
                });
        assertThat(pairs(e, Relation.EVALUATED_ON)).containsExactly(tuple("Focus-DETR", "COCO"));
    }

    @Test
    void findsDatasetsListedInParenthesesAfterBenchmarks() {
        Extraction e = extractor.extract(Abstracts.MIMO_VP);

        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("Moving MNIST", "Human3.6M", "Weather", "KITTI");
    }

    @Test
    void findsDatasetsInExperimentsOnXAndY() {
        Extraction e = extractor.extract(Abstracts.MUE);

        assertThat(pairs(e, Relation.EVALUATED_ON)).containsExactly(tuple("MuE", "SNLI-VE"), tuple("MuE", "MS COCO"));
    }

    @Test
    void readsReductionByPercentAsDelta() {
        Extraction e = extractor.extract(Abstracts.MUE);

        assertThat(e.with(Relation.IMPROVES))
                .filteredOn(s -> s.object().name().equals("inference time"))
                .singleElement()
                .satisfies(s -> assertThat(s.measure().delta()).isEqualTo("50%"));
    }

    @Test
    void readsFactorAsDeltaOfThroughput() {
        Extraction e = extractor.extract(Abstracts.GMU);

        assertThat(e.with(Relation.IMPROVES))
                .filteredOn(s -> s.object().name().contains("throughput"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.subject().name()).isEqualTo("Phi4-mini-Flash-Reasoning");
                    assertThat(s.measure().delta()).isEqualTo("10x");
                });
    }

    @Test
    void readsFasterInferenceFactorAsInferenceSpeedOnTheNamedDataset() {
        Extraction e = extractor.extract(Paper.of("Plug-and-Play Context Feature Reuse for Efficient Masked Generation",
                "In this work, we introduce ReCAP (Reused Context-Aware Prediction), a plug-and-play module that accelerates "
                        + "inference in MGMs by constructing low-cost steps via reusing feature embeddings from previously decoded "
                        + "context tokens. In particular, on ImageNet256 class-conditional generation, ReCAP achieves up to 2.4x "
                        + "faster inference than the base model with minimal performance drop."));

        assertThat(e.with(Relation.IMPROVES))
                .filteredOn(s -> s.object().name().equals("inference speed"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.subject().name()).isEqualTo("ReCAP");
                    assertThat(s.measure().delta()).isEqualTo("2.4x");
                    assertThat(s.measure().dataset()).isEqualTo("ImageNet256");
                });
        assertThat(e.with(Relation.PROPOSES)).singleElement()
                .satisfies(s -> assertThat(s.object().aliases()).contains("Reused Context-Aware Prediction"));
    }

    @Test
    void skipsMetricsNamedAsPartsOrConditions() {
        Extraction e = extractor.extract(Paper.of("MCUFormer: Deploying Vision Transformers on Microcontrollers with Limited Memory",
                "In this paper, we propose a hardware-algorithm co-optimizations method called MCUFormer to deploy vision "
                        + "transformers on microcontrollers with extremely limited memory. Experimental results demonstrate that "
                        + "our MCUFormer achieves 73.62% top-1 accuracy on ImageNet for image classification with 320KB memory "
                        + "on STM32F746 microcontroller."));

        assertThat(e.with(Relation.IMPROVES)).extracting(s -> s.object().name(), s -> s.measure().value())
                .containsExactly(tuple("top-1 accuracy", "73.62%"));
        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("ImageNet");
    }

    @Test
    void turnsAcceleratesDecodingIntoDecodingSpeedButSkipsMaintainedAccuracy() {
        Extraction e = extractor.extract(Abstracts.ADED);

        assertThat(names(e, Relation.IMPROVES)).containsExactly("decoding speed");
    }

    @Test
    void findsNamedBaselineAfterOutperformsAndBetterThan() {
        assertThat(pairs(extractor.extract(Abstracts.HIFI_CODEC), Relation.OUTPERFORMS))
                .containsExactly(tuple("HiFi-Codec", "Encodec"));
        assertThat(pairs(extractor.extract(Abstracts.GMU), Relation.OUTPERFORMS))
                .contains(tuple("Phi4-mini-Flash-Reasoning", "Phi4-mini-Reasoning"));
    }

    @Test
    void findsExtendedMethodFromExtendingAndFromLikeSuffix() {
        assertThat(names(extractor.extract(Abstracts.MIMO_VP), Relation.EXTENDS)).containsExactly("Transformer");
        assertThat(names(extractor.extract(Abstracts.EASZ), Relation.EXTENDS)).singleElement()
                .satisfies(base -> assertThat(base).isEqualToIgnoringCase("transformer"));
    }

    @Test
    void findsExtendedMethodFromSuffixedName() {
        Extraction e = extractor.extract(Paper.of("NERV++: An Enhanced Implicit Neural Video Representation",
                "We take a step towards resolving these shortcomings by introducing neural representations for videos NeRV++, "
                        + "an enhanced implicit neural video representation, as more straightforward yet effective enhancement "
                        + "over the original NeRV decoder architecture. We evaluate our method on UVG, MCL JVC, and Bunny "
                        + "datasets, achieving competitive results for video compression."));

        assertThat(names(e, Relation.EXTENDS)).containsExactly("NERV");
        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("UVG", "MCL JVC", "Bunny");
    }

    @Test
    void takesTaskFromTitleForPhrase() {
        assertThat(names(extractor.extract(Abstracts.MIMO_VP), Relation.ADDRESSES)).contains("video prediction");
    }

    @Test
    void makesNoClaimsFromBackgroundBeforeTheProposal() {
        Extraction e = extractor.extract(Abstracts.MUE);

        assertThat(e.with(Relation.IMPROVES)).noneMatch(s -> s.evidence().sentence().startsWith("The performance improvements"));
    }

    @Test
    void pointsEvidenceOffsetsIntoTheAbstract() {
        Paper paper = Abstracts.FOCUS_DETR;
        Extraction e = extractor.extract(paper);

        assertThat(e.statements()).isNotEmpty().allSatisfy(s -> {
            String source = s.evidence().inTitle() ? paper.title() : paper.abstractText();
            assertThat(source.substring(s.evidence().begin(), s.evidence().end())).isEqualTo(s.evidence().sentence());
            assertThat(s.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void mentionsEveryDatasetAndMetricNotOnlyClaimedOnes() {
        Extraction e = extractor.extract(Abstracts.HIFI_CODEC);

        assertThat(e.with(Relation.MENTIONS)).extracting(s -> s.object().name(), s -> s.object().kind())
                .contains(tuple("LibriTTS", Kind.DATASET), tuple("VCTK", Kind.DATASET), tuple("HiFi-Codec", Kind.METHOD));
    }

    @Test
    void givesTheSameResultFromTwoThreads() throws Exception {
        List<Paper> papers = List.of(Abstracts.FOCUS_DETR, Abstracts.GMU, Abstracts.MUE, Abstracts.HIFI_CODEC);
        List<Extraction> serial = papers.stream().map(extractor::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> parallel = papers.stream().map(p -> pool.submit(() -> extractor.extract(p))).toList();
            for (int i = 0; i < papers.size(); i++) {
                assertThat(parallel.get(i).get().statements()).isEqualTo(serial.get(i).statements());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> names(Extraction e, Relation relation) {
        return e.with(relation).stream().map(s -> s.object().name()).toList();
    }

    private static List<org.assertj.core.groups.Tuple> pairs(Extraction e, Relation relation) {
        return e.with(relation).stream().map(s -> tuple(s.subject().name(), s.object().name())).toList();
    }
}
