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
    void readsReducedComputationAndPassiveReductionAsImprovedQuantities() {
        Extraction e = extractor.extract(Paper.of("Towards Efficient Fine-tuning of Pre-trained Code Models: An Experimental Study and Beyond",
                "We propose Telly to efficiently fine-tune pre-trained code models via layer freezing. The extensive "
                        + "experimental results on five various downstream tasks demonstrate that training parameters and the "
                        + "corresponding time cost are greatly reduced, while performances are similar or better. Telly also keeps "
                        + "lightweight steps that cache and reuse features, substantially reducing computation."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.subject().name(), st -> st.object().name())
                .contains(tuple("Telly", "parameter count"), tuple("Telly", "computation"));
    }

    @Test
    void skipsComputationWhenItOnlyQualifiesAnotherNoun() {
        Extraction e = extractor.extract(Paper.of("MuE: Multiple Exiting for Encoders",
                "We propose MuE, a dynamic early exiting method. MuE improves computation efficiency and saves computation "
                        + "power on GLUE."));

        assertThat(names(e, Relation.IMPROVES)).doesNotContain("computation");
    }

    @Test
    void readsWeGeneralizeXInALaterSentenceAsTheProposalExtendingX() {
        Extraction e = extractor.extract(Paper.of("MCUFormer: Deploying Vision Transformers on Microcontrollers with Limited Memory",
                "In this paper, we propose a hardware-algorithm co-optimizations method called MCUFormer to deploy vision "
                        + "transformers on microcontrollers with extremely limited memory. More specifically, we generalize the "
                        + "one-shot network architecture search (NAS) to discover the optimal architecture with highest task "
                        + "performance given the memory budget from the microcontrollers."));

        assertThat(e.with(Relation.EXTENDS)).extracting(st -> st.subject().name(), st -> st.object().name())
                .contains(tuple("MCUFormer", "one-shot network architecture search"));
    }

    @Test
    void readsReplacingPartsOfAnArchitectureWithOurOwnAsExtendingIt() {
        Extraction e = extractor.extract(Paper.of("TokenFormer: Rethinking Transformer Scaling with Tokenized Model Parameters",
                "To this end, we introduce TokenFormer, a natively scalable architecture. By treating model parameters as "
                        + "tokens, we replace all the linear projections in Transformers with our token-parameter attention layer, "
                        + "where input tokens act as queries and model parameters as keys and values."));

        assertThat(e.with(Relation.EXTENDS)).extracting(st -> st.subject().name(), st -> st.object().name())
                .contains(tuple("TokenFormer", "Transformer"));
    }

    @Test
    void readsOurFrameworkUsingAFamilyMemberAsBuiltOnIt() {
        Extraction e = extractor.extract(Paper.of("Disentangled Representation Learning for Environment-agnostic Speaker Recognition",
                "This work presents a framework based on feature disentanglement to learn speaker embeddings that are robust "
                        + "to environmental variations. Our framework utilises an auto-encoder as a disentangler, dividing the "
                        + "input speaker embedding into components related to the speaker and other residual information."));

        assertThat(e.with(Relation.EXTENDS)).extracting(st -> st.object().name()).contains("auto-encoder");
    }

    @Test
    void findsTasksNamedAsANewTaskOrAfterADatasetName() {
        Extraction named = extractor.extract(Paper.of("UniXcoder: Unified Cross-Modal Pre-training for Code Representation",
                "In this paper, we present UniXcoder, a unified cross-modal pre-trained model for programming language. To "
                        + "further evaluate the performance of code fragment representation, we also construct a dataset for a new "
                        + "task, called zero-shot code-to-code search."));
        Extraction afterDataset = extractor.extract(Paper.of("ReCAP: Context Feature Reuse for Masked Generation",
                "We propose ReCAP, a plug-and-play module. In particular, on ImageNet256 class-conditional generation, ReCAP "
                        + "achieves up to 2.4x faster inference than the base model."));

        assertThat(names(named, Relation.ADDRESSES)).contains("zero-shot code-to-code search");
        assertThat(names(afterDataset, Relation.ADDRESSES)).contains("class-conditional generation");
    }

    @Test
    void splitsTwoHyphenatedModifiersOfOneTaskHeadIntoTwoTasks() {
        Extraction e = extractor.extract(Paper.of("One Model to Train them All: Hierarchical Self-Distillation for Enhanced Early Layer Embeddings",
                "In this work, we introduce MODULARSTARENCODER, a modular multi-exit encoder with 1B parameters. Our architecture "
                        + "focuses on enhancing text-to-code and image-to-code search by capturing structures at several levels."));

        assertThat(e.with(Relation.MENTIONS)).filteredOn(st -> st.object().kind() == Kind.TASK)
                .extracting(st -> st.object().name()).contains("text-to-code search", "image-to-code search");
    }

    @Test
    void keepsDownstreamWhenTheTaskWouldOtherwiseBeOneBareWord() {
        Extraction e = extractor.extract(Paper.of("SiT: Self-supervised vIsion Transformer",
                "In this work we investigate the merits of self-supervised learning for pretraining vision transformers and "
                        + "then using them for downstream classification tasks. We propose Self-supervised vIsion Transformers (SiT)."));

        assertThat(names(e, Relation.ADDRESSES)).contains("downstream classification");
    }

    @Test
    void readsTheOpeningSubjectAsTaskPastAnAcronymAndAnOfPhraseOrAGenericMethodsNoun() {
        Extraction ptq = extractor.extract(Paper.of("Outlier Suppression+: Accurate quantization of large language models",
                "Post-training quantization~(PTQ) of transformer language models faces significant challenges due to the "
                        + "existence of detrimental outliers in activations. We propose the Outlier Suppression+~(OS+) framework."));
        Extraction ssl = extractor.extract(Paper.of("SiT: Self-supervised vIsion Transformer",
                "Self-supervised learning methods are gaining increasing traction in computer vision. We propose "
                        + "Self-supervised vIsion Transformers (SiT)."));
        Extraction plants = extractor.extract(Paper.of("A Fast Fourier Convolutional Deep Neural Network For Plant Stress",
                "Accurate and timely detection of plant stress is essential for yield protection. Neural sequence models are "
                        + "widely used."));

        assertThat(names(ptq, Relation.ADDRESSES)).contains("post-training quantization");
        assertThat(names(ssl, Relation.ADDRESSES)).contains("self-supervised learning");
        assertThat(plants.with(Relation.MENTIONS)).extracting(st -> st.object().name())
                .doesNotContain("Accurate and timely detection", "timely detection");
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
                .containsExactly(tuple("HiFi-Codec", "EnCodec"));
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

        assertThat(names(e, Relation.EXTENDS)).containsExactly("NeRV");
        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("UVG", "MCL-JVC", "Bunny");
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

    @Test
    void findsBasesNamedInTheTitleDescriptionButNotInWhatTheMethodIsFor() {
        Extraction e = extractor.extract(Paper.of(
                "SLAB: Efficient Transformers with Simplified Linear Attention and Progressive Re-parameterized Batch Normalization",
                "To address this problem, we propose a novel method named PRepBN to progressively replace LayerNorm with "
                        + "re-parameterized BatchNorm in training. Extensive experiments on image classification as well as "
                        + "object detection demonstrate the effectiveness of our proposed method."));
        Extraction deploy = extractor.extract(Paper.of("MCUFormer: Deploying Vision Transformers on Microcontrollers with Limited Memory",
                "We propose MCUFormer, a hardware-algorithm co-optimization method to deploy vision transformers on microcontrollers."));

        assertThat(pairs(e, Relation.EXTENDS)).contains(tuple("SLAB", "Transformer"), tuple("SLAB", "linear attention"));
        assertThat(names(deploy, Relation.EXTENDS)).doesNotContain("Vision Transformers");
    }

    @Test
    void aCapitalisedModifierInTheTitleDescribesTheProposalNotItsBase() {
        // Longformer: The Long-Document Transformer (2004.05150)
        Extraction e = extractor.extract(Paper.of("Longformer: The Long-Document Transformer",
                "To address this limitation, we introduce the Longformer with an attention mechanism that scales linearly "
                        + "with sequence length, making it easy to process documents of thousands of tokens or longer."));

        assertThat(pairs(e, Relation.EXTENDS)).containsExactly(tuple("Longformer", "Transformer"));
    }

    @Test
    void findsBaseInsideACompoundNameOnlyWhenItIsKnownOrNamedOnItsOwn() {
        Extraction sharp = extractor.extract(Paper.of("sharpDARTS: Faster and More Accurate Differentiable Architecture Search",
                "We analyse a recent architecture search method, Differentiable Architecture Search (DARTS). Our resulting "
                        + "sharpDARTS search is 50% faster with a 20-30% relative improvement in final model error on CIFAR-10."));
        Extraction variant = extractor.extract(Paper.of("PSCodec: A Series of Neural Speech Codecs",
                "We propose PSCodec, a series of neural speech codecs, with the variants PSCodec-Base and PSCodec-CasAN."));

        assertThat(pairs(sharp, Relation.EXTENDS)).contains(tuple("sharpDARTS", "DARTS"));
        assertThat(names(variant, Relation.EXTENDS)).doesNotContain("CasAN", "Base");
    }

    @Test
    void aPaperThatProposesNoMethodAddressesItsTaskItself() {
        Extraction e = extractor.extract(Paper.of("Experimental Analysis of Large-scale Learnable Vector Storage Compression",
                "Learnable embedding vectors are one of the most important applications in machine learning. In this paper, "
                        + "we perform a comprehensive comparative analysis and experimental evaluation of embedding compression."));

        assertThat(e.with(Relation.ADDRESSES)).isNotEmpty()
                .allSatisfy(st -> assertThat(st.subject()).isNull());
    }

    @Test
    void readsTheTasksAnEvaluationSentenceLists() {
        Extraction e = extractor.extract(Paper.of("Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models",
                "To overcome this problem, we propose Diverse Beam Search (DBS), an alternative to beam search. To demonstrate "
                        + "the broad applicability of our method, we present results on image captioning, machine translation "
                        + "and visual question generation."));

        assertThat(names(e, Relation.ADDRESSES)).contains("image captioning", "machine translation");
    }

    @Test
    void namesAProposalInAppositionAfterTheCueAndKeepsItsAcronym() {
        Extraction ap = extractor.extract(Paper.of("Exploring the Potential of Encoder-free Architectures in 3D LMMs",
                "To the end, we present the first Encoder-free 3D LMM, ENEL. Our 7B model rivals the current state-of-the-art model."));
        Extraction acr = extractor.extract(Paper.of("Accelerating Auto-regressive Text-to-Image Generation",
                "In this paper, we propose a training-free probabilistic parallel decoding algorithm, Speculative Jacobi "
                        + "Decoding (SJD), to accelerate auto-regressive text-to-image generation. Our SJD accelerates inference."));

        assertThat(names(ap, Relation.PROPOSES)).containsExactly("ENEL");
        assertThat(acr.with(Relation.PROPOSES)).singleElement()
                .satisfies(st -> assertThat(st.object().aliases()).contains("SJD"));
    }

    @Test
    void keepsTheEditionADatasetIsWrittenWithUnderItsListedForm() {
        Extraction e = extractor.extract(Paper.of("GTrans: Grouping and Fusing Transformer Layers for Neural Machine Translation",
                "We propose GTrans. Experiments on WMT-14, WMT-17 and OPUS-100 show that GTrans achieves consistent improvements."));

        // WMT-14 is the listed WMT14 written with a hyphen; WMT-17 is an edition the list does not have
        assertThat(names(e, Relation.EVALUATED_ON)).contains("WMT14", "WMT-17").doesNotContain("WMT-14");
    }

    @Test
    void findsBaselinesAfterSizesAndInListsOfComparedSystems() {
        Extraction ul2 = extractor.extract(Paper.of("UL2: Unifying Language Learning Paradigms",
                "We present UL2, a unified framework for pre-training. Our model also achieves strong results at in-context "
                        + "learning, outperforming 175B GPT-3 on zero-shot SuperGLUE."));
        Extraction codec = extractor.extract(Paper.of("DualCodec: A Low-Frame-Rate Speech Codec",
                "We propose DualCodec, a dual-stream speech codec. Experimental results confirm the effectiveness of the "
                        + "proposed DualCodec compared to state-of-the-art codec systems, such as Mimi Codec, SpeechTokenizer, DAC, and Encodec."));

        assertThat(names(ul2, Relation.OUTPERFORMS)).contains("GPT-3");
        assertThat(names(codec, Relation.OUTPERFORMS)).contains("SpeechTokenizer", "DAC", "EnCodec");
    }

    @Test
    void findsBaselinesAfterTheMarginOfTheFirstAndInSlashLists() {
        // sentences from the MR-MAE, PoolFormer and Z-Code++ abstracts
        Extraction e = extractor.extract(Paper.of("MR-MAE: Masked Relation Autoencoders",
                "We propose MR-MAE. On ImageNet-1K, the MR-MAE base achieves 85.8% top-1 accuracy, surpassing the 1600-epoch "
                        + "MAE base by +2.2% and the previous state-of-the-art BEiT V2 base by +0.3%. MR-MAE surpasses well-tuned "
                        + "Vision Transformer/MLP-like baselines DeiT-B/ResMLP-B24 by 0.3%/1.1% accuracy. Our model outperforms "
                        + "the 600x larger PaLM-540B on XSum, and the finetuned 200x larger GPT3-175B on SAMSum. "
                        + "It also outperforms DETR on COCO and LVIS on most metrics. Our model outperforms the LoRA-finetuned "
                        + "model by up to 1.26% in accuracy. Across several key metrics, MR-MAE outperforms the autoencoders used "
                        + "in state-of-the-art latent diffusion models."));

        assertThat(names(e, Relation.OUTPERFORMS)).contains("MAE", "BEiT V2", "DeiT-B", "ResMLP-B24", "PaLM-540B", "GPT3-175B", "DETR", "LoRA")
                .doesNotContain("LVIS", "Vision", "XSum", "LoRA-finetuned", "autoencoders");
    }

    @Test
    void readsComparedNamesAfterClassesAppositionsAndOverlappingComparisons() {
        // sentences from the XY-Tokenizer, Kangaroo, MixedAE, OFA and VDR abstracts
        Extraction e = extractor.extract(Paper.of("XY-Tokenizer: Mitigating the Semantic-Acoustic Conflict",
                "We propose XY-Tokenizer. Specifically, XY-Tokenizer achieves strong text alignment, surpassing distillation-based "
                        + "semantic modeling methods such as SpeechTokenizer and Mimi, while maintaining a speaker similarity score of 0.83. "
                        + "Under single-sequence verification, XY-Tokenizer achieves speedups up to 1.68\\times on Spec-Bench, outperforming "
                        + "Medusa-1 with 88.7\\% fewer additional parameters (67M compared to 591M). Moreover, XY-Tokenizer surpasses iBOT, "
                        + "a strong MIM method combined with instance discrimination, while accelerating training by 2x. On diverse edge "
                        + "devices, XY-Tokenizer consistently outperforms state-of-the-art (SOTA) NAS methods (up to 4.0% ImageNet top1 "
                        + "accuracy improvement over MobileNetV3, or same accuracy but 1.5x faster than MobileNetV3, 2.6x faster than "
                        + "EfficientNet w.r.t measured latency). Our experimental results demonstrate the superiority of XY-Tokenizer over "
                        + "previous bi-encoder retrievers with comparable model size."));

        assertThat(names(e, Relation.OUTPERFORMS)).contains("SpeechTokenizer", "Mimi", "Medusa-1", "iBOT", "MobileNetV3", "EfficientNet")
                .doesNotContain("MIM", "NAS", "bi-encoder");
    }

    @Test
    void readsMultiWordAndVersionedBaselines() {
        // sentences from the SLAB and Encoder-Decoder Gemma abstracts
        Extraction slab = extractor.extract(Paper.of("SLAB: Efficient Transformers with Simplified Linear Attention",
                "We propose SLAB. For example, our SLAB-Swin obtains 83.6% top-1 accuracy on ImageNet-1K with 16.2ms latency, "
                        + "which is 2.4ms less than that of Flatten-Swin with 0.1% higher accuracy."));
        Extraction gemma = extractor.extract(Paper.of("Encoder-Decoder Gemma: Improving the Quality-Efficiency Trade-Off via Adaptation",
                "We study adapting decoder-only LLMs to encoder-decoder ones. For example, Gemma 2B-2B outperforms Gemma 2B by "
                        + "sim7\\% after instruction tuning."));

        assertThat(names(slab, Relation.OUTPERFORMS)).containsExactly("Flatten-Swin");
        assertThat(names(gemma, Relation.OUTPERFORMS)).contains("Gemma 2B");
    }

    @Test
    void readsAFactorWithModifiersBeforeTheSpeedUpAndANameAfterOurMethod() {
        // the first sentence is from the Matryoshka Representation Learning abstract; the second follows a common shape
        Extraction mrl = extractor.extract(Paper.of("Matryoshka Representation Learning",
                "We propose Matryoshka Representation Learning. The flexibility within the learned Matryoshka Representations offer: "
                        + "(a) up to 14x smaller embedding size for ImageNet-1K classification at the same level of accuracy; (b) up to "
                        + "14x real-world speed-ups for large-scale retrieval on ImageNet-1K and 4K."));
        Extraction mod = extractor.extract(Paper.of("Dynamically Allocating Compute in Transformer-Based Language Models",
                "Transformer-based language models spread FLOPs uniformly across input sequences. Our method, Mixture-of-Depths "
                        + "(MoD), enforces a total compute budget by capping the number of tokens that can take part in attention."));

        assertThat(mrl.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("speed-up", "14x"));
        assertThat(mod.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MoD", List.of("Mixture-of-Depths")));
    }

    @Test
    void readsTheGainStatedAsAnImprovementOfAnAmount() {
        // sentences from the USCD and Progressive Gradient Flow abstracts
        Extraction uscd = extractor.extract(Paper.of("USCD: Improving Code Generation of LLMs by Uncertainty-Aware Selective Contrastive Decoding",
                "We propose USCD. Extensive experiments on widely used benchmarks, e.g., HumanEval, MBPP, and MultiPL-E, demonstrate "
                        + "that our proposed USCD significantly improves one-pass code generation, with an average pass@1 scores increase of 16.59\\%."));
        Extraction pgf = extractor.extract(Paper.of("Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers",
                "We propose Progressive Gradient Flow. At iso-training FLOPs, our method yields better performance compared to "
                        + "conventional sparse training recipes, exhibiting an accuracy improvement of up to 2%."));

        assertThat(uscd.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("pass@1", "16.59%"));
        assertThat(pgf.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("accuracy", "2%"));
    }

    @Test
    void readsTheMethodsAHybridCombinesButNoBaseInATitlesCapitalisedDescription() {
        // sentences from the AsCAN, ParaTransCNN and NeRV++ abstracts
        Extraction ascan = extractor.extract(Paper.of("AsCAN: Asymmetric Convolution-Attention Networks for Efficient Recognition and Generation",
                "To this end, we introduce AsCAN -- a hybrid architecture, combining both convolutional and transformer blocks."));
        Extraction para = extractor.extract(Paper.of("ParaTransCNN: Parallelized TransCNN Encoder for Medical Image Segmentation",
                "Inspired by this, we propose an advanced 2D feature extraction method by combining the convolutional neural network "
                        + "and Transformer architectures."));
        Extraction nerv = extractor.extract(Paper.of("NERV++: An Enhanced Implicit Neural Video Representation",
                "We introduce neural representations for videos NeRV++, an enhanced implicit neural video representation."));

        assertThat(names(ascan, Relation.EXTENDS)).anySatisfy(b -> assertThat(b).isEqualToIgnoringCase("transformer"));
        assertThat(names(para, Relation.EXTENDS)).anySatisfy(b -> assertThat(b).isEqualToIgnoringCase("transformer"))
                .anySatisfy(b -> assertThat(b).containsIgnoringCase("convolutional neural network"));
        assertThat(names(nerv, Relation.EXTENDS)).doesNotContain("Implicit");
    }

    @Test
    void findsNamesSetOffByAColonOrAfterANewThingOrWhichWeDubOrOurContribution() {
        // shapes of introduction common in abstracts, none of them in the gold sets
        assertThat(names(extractor.extract(Paper.of("Efficient Reasoning", "Large language models reason slowly. We address "
                + "this with ThinkLess: a training scheme that shortens chains of thought.")), Relation.PROPOSES)).containsExactly("ThinkLess");
        assertThat(names(extractor.extract(Paper.of("Learned Sparse Retrieval", "We propose to learn sparse representations "
                + "with a new model, SPLADE-X, which improves efficiency.")), Relation.PROPOSES)).containsExactly("SPLADE-X");
        assertThat(names(extractor.extract(Paper.of("Revisiting Vision Models", "Here, we show that a simple approach, which we "
                + "dub ConvNeXt-Lite, matches transformers.")), Relation.PROPOSES)).containsExactly("ConvNeXt-Lite");
        assertThat(names(extractor.extract(Paper.of("Natively Trainable Sparse Attention", "Long contexts are costly. Our key "
                + "contribution is NSA, a natively trainable sparse attention mechanism.")), Relation.PROPOSES)).containsExactly("NSA");
        // the shape of the GPT-3 abstract (2005.14165), whose own name is a listed method, with another name
        assertThat(names(extractor.extract(Paper.of("Language Models are Few-Shot Learners", "Specifically, we train Zeta-175B, an "
                + "autoregressive language model with 175 billion parameters, and test its performance in the few-shot setting.")),
                Relation.PROPOSES)).containsExactly("Zeta-175B");
    }

    @Test
    void readsQuantitiesCutByAFactorAndAnAcronymAfterItsLongForm() {
        // sentences from the Canary-1B training and Latency Adjustable Transformer Encoder abstracts
        Extraction canary = extractor.extract(Paper.of("Training and Inference Efficiency of Encoder-Decoder Speech Models",
                "We propose efficient mini-batch sampling. This in turn allows us to train an equivalent model using 4x less GPUs in "
                        + "the same wall time, or leverage the original resources and train it in 2x shorter wall time."));
        Extraction lat = extractor.extract(Paper.of("Latency Adjustable Transformer Encoder for Language Understanding",
                "We propose the Latency Adjustable Transformer Encoder. The proposed encoder model can work with fewer Floating Point "
                        + "Operations (FLOPs) than the original Transformer architecture."));

        assertThat(canary.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("GPUs", "4x"), org.assertj.core.groups.Tuple.tuple("wall time", "2x"));
        assertThat(names(lat, Relation.IMPROVES)).contains("FLOPs");
    }

    @Test
    void readsANameAfterAColonWithItsArticleAndTheCueWeForm() {
        // a sentence from the Thinking Like Transformers abstract
        Extraction e = extractor.extract(Paper.of("Thinking Like Transformers",
                "We map the basic components of a transformer-encoder -- attention and feed-forward computation -- into simple "
                        + "primitives, around which we form a programming language: the Restricted Access Sequence Processing Language (RASP)."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Restricted Access Sequence Processing Language", List.of("RASP")));
    }

    @Test
    void readsTheNamedModelAMethodIsMadeFrom() {
        // a sentence from the VDR abstract
        Extraction vdr = extractor.extract(Paper.of("Retrieval-based Disentangled Representation Learning with Natural Language Supervision",
                "We present Vocabulary Disentangled Retrieval (VDR), a retrieval-based framework. Our approach employ a bi-encoder "
                        + "model to represent both data and natural language in a vocabulary space."));

        assertThat(names(vdr, Relation.EXTENDS)).anySatisfy(b -> assertThat(b).isEqualToIgnoringCase("bi-encoder"));
    }

    @Test
    void takesNoKindOfMethodForABaselineButTakesTheCounterpartsOfANamedOne() {
        // sentences from the LLM-based SOT and GTrans abstracts
        Extraction sot = extractor.extract(Paper.of("Advancing Multi-talker ASR Performance with Large Language Models",
                "Compared to traditional methods that primarily emphasize encoder performance in attention-based encoder-decoder "
                        + "(AED) architectures, a novel approach utilizing large language models may be better suited. We propose "
                        + "an LLM-based SOT approach. Experimental results demonstrate that our approach achieves state-of-the-art "
                        + "performance on AMI, outperforming the AED model trained with 1000 times more supervised data in previous works."));
        Extraction gtrans = extractor.extract(Paper.of("GTrans: Grouping and Fusing Transformer Layers for Neural Machine Translation",
                "We propose the Group-Transformer model (GTrans). Experimental and analytical results demonstrate that our model "
                        + "outperforms its Transformer counterparts by a consistent gain."));

        assertThat(names(sot, Relation.OUTPERFORMS)).doesNotContain("AED");
        assertThat(names(gtrans, Relation.OUTPERFORMS)).contains("Transformer");
    }

    @Test
    void readsValuesFromARangeInTermsOfAMetricAComparedPairAndACountWithItsMagnitude() {
        // sentences from the NIRVANA, Kangaroo and Video-Panda abstracts
        Extraction nirvana = extractor.extract(Paper.of("NIRVANA: Neural Implicit Representations of Videos with Adaptive Networks",
                "We propose NIRVANA. When compared with previous works on the benchmark UVG dataset, NIRVANA improves encoding quality "
                        + "from 37.36 to 37.70 (in terms of PSNR) and the encoding speed by 12X."));
        Extraction kangaroo = extractor.extract(Paper.of("Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting",
                "We propose Kangaroo. Under single-sequence verification, Kangaroo achieves speedups up to 1.68\\times on Spec-Bench, "
                        + "outperforming Medusa-1 with 88.7\\% fewer additional parameters (67M compared to 591M)."));
        Extraction panda = extractor.extract(Paper.of("Video-Panda: Parameter-efficient Alignment for Encoder-free Video-Language Models",
                "We present Video-Panda. Our method introduces a novel Spatio-Temporal Alignment Block (STAB) that directly processes "
                        + "video inputs without requiring pre-trained encoders while using only 45M parameters for visual processing - at least "
                        + "a 6.5times reduction compared to traditional approaches."));

        assertThat(nirvana.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(org.assertj.core.groups.Tuple.tuple("PSNR", "37.70"));
        assertThat(kangaroo.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(org.assertj.core.groups.Tuple.tuple("parameter count", "67M"));
        assertThat(panda.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(org.assertj.core.groups.Tuple.tuple("parameter count", "45M"));
    }

    @Test
    void readsADatasetAFinetunedBaselineIsComparedOnAsEvaluation() {
        // a sentence from the Z-Code++ abstract
        Extraction e = extractor.extract(Paper.of("Z-Code++: A Pre-trained Language Model Optimized for Abstractive Summarization",
                "We present Z-Code++. Our model is parameter-efficient in that it outperforms the 600x larger PaLM-540B on XSum, "
                        + "and the finetuned 200x larger GPT3-175B on SAMSum."));

        assertThat(names(e, Relation.EVALUATED_ON)).contains("XSum", "SAMSum");
    }

    @Test
    void readsAResultWithAQualityScoreAndASecondQuantityChangedByItsOwnAmount() {
        // shapes common in abstracts, none of them in the gold sets
        Extraction f1 = extractor.extract(Paper.of("Named Entity Recognition with Zeta",
                "We propose Zeta. Zeta obtains state-of-the-art performance with 91.2 F1 on CoNLL-2003."));
        Extraction cut = extractor.extract(Paper.of("Zeta: Efficient Inference",
                "We propose Zeta. Zeta reduces inference latency by 35% and memory usage by 50%."));

        assertThat(f1.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(org.assertj.core.groups.Tuple.tuple("F1", "91.2"));
        assertThat(cut.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("memory usage", "50%"));
    }

    @Test
    void readsANameWithItsSizeABaselineInBracketsAfterItsClassAndNoDatasetInAMethodsAcronym() {
        // the Mistral 7B abstract (arXiv 2310.06825), not in the gold sets
        Extraction e = extractor.extract(Paper.of("Mistral 7B",
                "We introduce Mistral 7B, a 7-billion-parameter language model engineered for superior performance and efficiency. "
                        + "Mistral 7B outperforms the best open 13B model (Llama 2) across all evaluated benchmarks, and the best released "
                        + "34B model (Llama 1) in reasoning, mathematics, and code generation. Our model leverages grouped-query attention "
                        + "(GQA) for faster inference, coupled with sliding window attention (SWA) to effectively handle sequences of "
                        + "arbitrary length with a reduced inference cost."));

        assertThat(names(e, Relation.PROPOSES)).contains("Mistral 7B");
        assertThat(names(e, Relation.OUTPERFORMS)).contains("Llama 2");
        assertThat(names(e, Relation.EVALUATED_ON)).doesNotContain("GQA");
    }

    @Test
    void readsWellKnownAbstractsOutsideTheGoldSets() {
        // sentences of the LoRA (2106.09685), DETR (2005.12872) and Swin Transformer (2103.14030) abstracts
        Extraction lora = extractor.extract(Paper.of("LoRA: Low-Rank Adaptation of Large Language Models",
                "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects trainable rank "
                        + "decomposition matrices into each layer of the Transformer architecture, greatly reducing the number of trainable "
                        + "parameters for downstream tasks. Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of "
                        + "trainable parameters by 10,000 times and the GPU memory requirement by 3 times."));
        Extraction detr = extractor.extract(Paper.of("End-to-End Object Detection with Transformers",
                "We present a new method that views object detection as a direct set prediction problem. The main ingredients of "
                        + "the new framework, called DEtection TRansformer or DETR, are a set-based global loss that forces unique "
                        + "predictions via bipartite matching, and a transformer encoder-decoder architecture. DETR demonstrates accuracy "
                        + "and run-time performance on par with the well-established and highly-optimized Faster RCNN baseline on the "
                        + "challenging COCO object detection dataset."));
        Extraction swin = extractor.extract(Paper.of("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
                "This paper presents a new vision Transformer, called Swin Transformer, that capably serves as a general-purpose "
                        + "backbone for computer vision. Its performance surpasses the previous state-of-the-art by a large margin of "
                        + "+2.7 box AP and +2.6 mask AP on COCO, and +3.2 mIoU on ADE20K."));

        assertThat(lora.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LoRA", List.of("Low-Rank Adaptation")));
        assertThat(lora.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("parameter count", "10,000x"), org.assertj.core.groups.Tuple.tuple("GPU memory", "3x"));
        assertThat(names(detr, Relation.PROPOSES)).containsExactly("DETR");
        assertThat(detr.with(Relation.IMPROVES)).isEmpty();
        assertThat(swin.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().dataset())
                .contains(org.assertj.core.groups.Tuple.tuple("mIoU", "ADE20K"), org.assertj.core.groups.Tuple.tuple("box AP", "COCO"));
    }

    @Test
    void readsScoresPushedToAValueTheDatasetNamingAMetricAndANameAfterItsArticle() {
        // sentences of the BERT (1810.04805) and Transformer (1706.03762) abstracts
        Extraction bert = extractor.extract(Paper.of("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                "We introduce a new language representation model called BERT. It obtains new state-of-the-art results on eleven "
                        + "natural language processing tasks, including pushing the GLUE score to 80.5% (7.7% point absolute improvement), "
                        + "MultiNLI accuracy to 86.7% (4.6% absolute improvement)."));
        Extraction transformer = extractor.extract(Paper.of("Attention Is All You Need",
                "We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing "
                        + "with recurrence and convolutions entirely."));

        assertThat(bert.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().dataset())
                .contains(org.assertj.core.groups.Tuple.tuple("GLUE score", "80.5%", "GLUE"),
                        org.assertj.core.groups.Tuple.tuple("accuracy", "86.7%", "MultiNLI"));
        assertThat(names(transformer, Relation.PROPOSES)).containsExactly("Transformer");
    }

    @Test
    void takesADefinedNameWhoseResultsAreReportedButNoArticleAndNounFromATitleClaim() {
        // the shape of the ViT abstract (2010.11929), whose own name is a listed method, with another name
        Extraction e = extractor.extract(Paper.of("A Picture is Worth a Thousand Tokens: Mixers for Vision at Scale",
                "We show that a pure mixer applied to sequences of image patches can perform well on image classification. When "
                        + "pre-trained on large amounts of data, Vision Mixer (ViM) attains excellent results compared to convolutional "
                        + "networks on ImageNet."));
        Extraction vit = extractor.extract(Paper.of("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                "We show that a pure transformer applied directly to sequences of image patches can perform very well on image "
                        + "classification tasks."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("ViM");
        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("ImageNet");
        assertThat(names(vit, Relation.PROPOSES)).doesNotContain("an image", "An Image");
    }

    @Test
    void readsALeadingComparisonUnlessTheSentenceClaimsParity() {
        // a common shape: "our approach" is no parity word, "comparable" is
        Extraction win = extractor.extract(Paper.of("Zeta: Sparse Attention for Long Documents",
                "We propose Zeta. Compared with BERT-base, our approach reduces FLOPs by 30% on GLUE."));
        Extraction par = extractor.extract(Paper.of("Zeta: Sparse Attention for Long Documents",
                "We propose Zeta. Compared with BERT-base, our approach achieves comparable accuracy on GLUE."));

        assertThat(names(win, Relation.OUTPERFORMS)).containsExactly("BERT-base");
        assertThat(names(par, Relation.OUTPERFORMS)).isEmpty();
    }

    @Test
    void keepsACutInSizeOffTheAccuracyItIsStatedWith() {
        // a sentence of the EfficientNet abstract (1905.11946)
        Extraction e = extractor.extract(Paper.of("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                "We propose a new scaling method and a family of models, called EfficientNets. In particular, our EfficientNet-B7 "
                        + "achieves state-of-the-art 84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on "
                        + "inference than the best existing ConvNet."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("top-1 accuracy", "84.3%", null),
                        org.assertj.core.groups.Tuple.tuple("model size", null, "8.4x"));
    }

    @Test
    void readsAVersionedTitleNameAPluralMetricUnderItsListedNameAndTheDatasetUnderItsListedName() {
        // sentences of the wav2vec 2.0 (2006.11477) and Conformer (2005.08100) abstracts
        Extraction w2v = extractor.extract(Paper.of("wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
                "wav2vec 2.0 masks the speech input in the latent space and solves a contrastive task. Experiments using all labeled "
                        + "data of Librispeech achieve 1.8/3.3 WER on the clean/other test sets."));
        Extraction conformer = extractor.extract(Paper.of("Conformer: Convolution-augmented Transformer for Speech Recognition",
                "We propose the convolution-augmented transformer for speech recognition, named Conformer. Conformer significantly "
                        + "outperforms the previous Transformer and CNN based models achieving state-of-the-art accuracies."));

        assertThat(names(w2v, Relation.PROPOSES)).containsExactly("wav2vec 2.0");
        assertThat(w2v.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().dataset())
                .contains(org.assertj.core.groups.Tuple.tuple("WER", "LibriSpeech"));
        assertThat(names(conformer, Relation.IMPROVES)).contains("accuracy").doesNotContain("accuracies");
    }

    @Test
    void readsAnAcronymDefinedAfterOurAtTheStartOfASentence() {
        // the shape of the Latent Diffusion Models abstract (2112.10752), whose own name is a listed method, with another name
        Extraction e = extractor.extract(Paper.of("High-Resolution Image Synthesis with Latent Flow Models",
                "To enable training on limited computational resources, we apply flows in the latent space of powerful pretrained "
                        + "autoencoders. Our latent flow models (LFMs) achieve a new state of the art for image inpainting."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LFMs", List.of("latent flow models")));
    }

    @Test
    void takesADatasetFromItsLongFormAndANewSetNamedBeforeTheCue() {
        // sentences of the SQuAD abstract (1606.05250), and the shape of the Codex abstract (2107.03374) with another name
        Extraction squad = extractor.extract(Paper.of("SQuAD: 100,000+ Questions for Machine Comprehension of Text",
                "We present the Stanford Question Answering Dataset (SQuAD), a new reading comprehension dataset consisting of "
                        + "100,000+ questions posed by crowdworkers on a set of Wikipedia articles."));
        Extraction code = extractor.extract(Paper.of("Evaluating Code Models",
                "We introduce Zeta, a GPT language model fine-tuned on publicly available code. On CodeEvalX, a new evaluation set "
                        + "we release to measure functional correctness for synthesizing programs from docstrings, our model solves "
                        + "28.8% of the problems."));

        assertThat(squad.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SQuAD", org.paperkg.model.Kind.DATASET));
        assertThat(code.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .contains(org.assertj.core.groups.Tuple.tuple("CodeEvalX", org.paperkg.model.Kind.DATASET));
    }

    @Test
    void aCueThatNamesTheTitleNameAgainNamesNothingElse() {
        // a training abstract (IMAGINATOR) and the shape of the CustomContrast abstract: the cue's name is the title's, so
        // the acronyms after it ("joint embedding (JE)", parts of the framework) are no proposals of their own
        Extraction e = extractor.extract(Paper.of("IMAGINATOR: Pre-Trained Image+Text Joint Embeddings using Word-Level Grounding of Images",
                "In this paper, we introduce a pre-trained joint embedding (JE), named IMAGINATOR, trained on 21K distinct image "
                        + "objects level from 1M image+text pairs."));
        Extraction parts = extractor.extract(Paper.of("CustomContrast: A Multilevel Contrastive Perspective For Subject-Driven Generation",
                "Specifically, we propose CustomContrast, a novel framework, which includes a Multilevel Contrastive Learning (MCL) "
                        + "paradigm and a Multimodal Feature Injection (MFI) Encoder."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("IMAGINATOR");
        assertThat(names(parts, Relation.PROPOSES)).containsExactly("CustomContrast");
    }

    @Test
    void aWellKnownFamilyBeforeAHeadIsTheProposalsKindNotTheProposal() {
        // a training abstract (I3D): "Transformer encoder" says what kind of thing I3D is
        Extraction e = extractor.extract(Paper.of("I3D: Transformer Architectures with Input-Dependent Dynamic Depth for Speech Recognition",
                "We propose a novel Transformer encoder with Input-Dependent Dynamic Depth (I3D) to achieve strong "
                        + "performance-efficiency trade-offs."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("I3D");
    }

    @Test
    void proposesAFamousPapersOwnListedNameOnlyInTheShapesThatMakeItItsOwn() {
        // sentences of the ViT (2010.11929), GPT-3 (2005.14165) and MAE (2111.06377) abstracts: their names are listed
        // methods, which no other rule proposes
        Extraction vit = extractor.extract(Paper.of("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                "We show that this reliance on CNNs is not necessary and a pure transformer applied directly to sequences of image "
                        + "patches can perform very well on image classification tasks. When pre-trained on large amounts of data and "
                        + "transferred to multiple mid-sized or small image recognition benchmarks (ImageNet, CIFAR-100, VTAB, etc.), "
                        + "Vision Transformer (ViT) attains excellent results compared to state-of-the-art convolutional networks."));
        Extraction gpt = extractor.extract(Paper.of("Language Models are Few-Shot Learners",
                "Specifically, we train GPT-3, an autoregressive language model with 175 billion parameters, 10x more than any "
                        + "previous non-sparse language model, and test its performance in the few-shot setting."));
        Extraction mae = extractor.extract(Paper.of("Masked Autoencoders Are Scalable Vision Learners",
                "This paper shows that masked autoencoders (MAE) are scalable self-supervised learners for computer vision. "
                        + "Our MAE approach is simple: we mask random patches of the input image and reconstruct the missing pixels."));
        // a study that names a listed method without making it its own proposes nothing
        Extraction study = extractor.extract(Paper.of("Do Vision Transformers See Like Convolutional Neural Networks?",
                "We analyze the internal representation structure of Vision Transformers (ViTs) and CNNs on image classification "
                        + "benchmarks, and find striking differences between the two architectures."));

        assertThat(names(vit, Relation.PROPOSES)).containsExactly("ViT");
        assertThat(names(gpt, Relation.PROPOSES)).containsExactly("GPT-3");
        assertThat(names(mae, Relation.PROPOSES)).containsExactly("MAE");
        assertThat(names(study, Relation.PROPOSES)).isEmpty();
    }

    @Test
    void readsANameCalledAfterAnyDescriptionInASentenceAboutOurWork() {
        // sentences of the DINO (2104.14294) and Mask R-CNN (1703.06870) abstracts; Mask R-CNN is a listed method
        Extraction dino = extractor.extract(Paper.of("Emerging Properties in Self-Supervised Vision Transformers",
                "We implement our findings into a simple self-supervised method, called DINO, which we interpret as a form of "
                        + "self-distillation with no labels."));
        Extraction mask = extractor.extract(Paper.of("Mask R-CNN",
                "We present a conceptually simple, flexible, and general framework for object instance segmentation. The method, "
                        + "called Mask R-CNN, extends Faster R-CNN by adding a branch for predicting an object mask in parallel with "
                        + "the existing branch for bounding box recognition."));

        assertThat(names(dino, Relation.PROPOSES)).containsExactly("DINO");
        assertThat(names(mask, Relation.PROPOSES)).containsExactly("Mask R-CNN");
        assertThat(pairs(mask, Relation.EXTENDS)).containsExactly(org.assertj.core.groups.Tuple.tuple("Mask R-CNN", "Faster R-CNN"));
    }

    @Test
    void aLowerCaseNameCalledMayHaveFourWords() {
        // a sentence of the chain-of-thought abstract (2201.11903)
        Extraction e = extractor.extract(Paper.of("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
                "In particular, we show how such reasoning abilities emerge naturally in sufficiently large language models via a "
                        + "simple method called chain of thought prompting, where a few chain of thought demonstrations are provided "
                        + "as exemplars in prompting."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("chain of thought prompting");
    }

    @Test
    void aBracketedNameAfterTheDescribedProposalIsItsShortName() {
        // the first sentence of the Fast R-CNN abstract (1504.08083)
        Extraction e = extractor.extract(Paper.of("Fast R-CNN",
                "This paper proposes a Fast Region-based Convolutional Network method (Fast R-CNN) for object detection."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fast R-CNN", List.of("Fast Region-based Convolutional Network")));
        // R-CNN is a listed detector: Fast R-CNN builds on it, not on a CNN
        assertThat(names(e, Relation.EXTENDS)).containsExactly("R-CNN");
    }

    @Test
    void aNewCapitalisedCorpusIsADatasetProposal() {
        // the last sentence of the T5 abstract (1910.10683)
        Extraction e = extractor.extract(Paper.of("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
                "By combining the insights from our exploration with scale and our new Colossal Clean Crawled Corpus, we achieve "
                        + "state-of-the-art results on many benchmarks covering summarization, question answering, text "
                        + "classification, and more."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Colossal Clean Crawled Corpus", org.paperkg.model.Kind.DATASET));
    }

    @Test
    void aResolutionHoldsNoDatasetName() {
        // a sentence of the DiT abstract (2212.09748)
        Extraction e = extractor.extract(Paper.of("Scalable Diffusion Models with Transformers",
                "We analyze the scalability of our Diffusion Transformers (DiTs). Our largest DiT-XL/2 models outperform all prior "
                        + "diffusion models on the class-conditional ImageNet 512x512 and 256x256 benchmarks, achieving a "
                        + "state-of-the-art FID of 2.27 on the latter."));

        assertThat(names(e, Relation.EVALUATED_ON)).isNotEmpty().allMatch(d -> d.startsWith("ImageNet"));
    }

    @Test
    void aNameKeepsAMixtureSize() {
        // the first sentence of the Mixtral abstract (2401.04088)
        Extraction e = extractor.extract(Paper.of("Mixtral of Experts",
                "We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("Mixtral 8x7B");
    }

    @Test
    void aQuestionTitleOrAPossessiveTitleHeadNamesNothing() {
        // two training titles: a claim of a question word, and a possessive before the colon
        Extraction question = extractor.extract(Paper.of("What Regularized Auto-Encoders Learn from the Data Generating Distribution",
                "What do auto-encoders learn about the underlying data generating distribution?"));
        Extraction possessive = extractor.extract(Paper.of("ReLU's Revival: On the Entropic Overload in Normalization-Free Large Language Models",
                "LayerNorm is a critical component in modern large language models (LLMs) for stabilizing training and ensuring "
                        + "smooth optimization."));

        assertThat(names(question, Relation.PROPOSES)).isEmpty();
        assertThat(names(possessive, Relation.PROPOSES)).isEmpty();
    }

    @Test
    void aListOfDatasetsForTrainingIsNoEvaluation() {
        // a sentence of a training abstract (CoNeTTE), with its proposal sentence
        Extraction e = extractor.extract(Paper.of("CoNeTTE: An efficient Audio Captioning system leveraging multiple datasets with Task Embedding",
                "We introduce CoNeTTE, an audio captioning system. To improve cross-dataset performance, we conducted experiments by "
                        + "combining multiple AAC datasets (AC, CL, MACS, WavCaps) for training."));

        assertThat(names(e, Relation.EVALUATED_ON)).doesNotContain("MACS", "WavCaps");
        assertThat(names(e, Relation.MENTIONS)).contains("MACS", "WavCaps");
    }

    @Test
    void aWellKnownOpenModelFamilyInATitleNameIsItsBase() {
        // a training title (Encoder-Decoder Gemma) and the start of its abstract
        Extraction e = extractor.extract(Paper.of("Encoder-Decoder Gemma: Improving the Quality-Efficiency Trade-Off via Adaptation",
                "We study a novel problem: adapting pretrained decoder-only LLMs to encoder-decoder, with the goal of leveraging the "
                        + "strengths of both approaches to achieve a more favorable quality-efficiency trade-off."));

        assertThat(pairs(e, Relation.EXTENDS)).contains(org.assertj.core.groups.Tuple.tuple("Encoder-Decoder Gemma", "Gemma"));
    }

    @Test
    void aCapitalisedWordGoingOnInLowerCaseNamesNoDataset() {
        // sentences of two training abstracts: "Zero-shot question-answering" is a task; "DAVIS50 video sequence benchmarks" is data
        Extraction task = extractor.extract(Paper.of("VideoGPT+: Integrating Image and Video Encoders for Enhanced Video Understanding",
                "We introduce VideoGPT+, which combines the complementary benefits of the image encoder and the video encoder. "
                        + "Our architecture showcases improved performance across multiple video benchmarks, including VCGBench, "
                        + "MVBench and Zero-shot question-answering."));
        Extraction data = extractor.extract(Paper.of("Progressive Fourier Neural Representation for Sequential Video Compilation",
                "We propose PFNR. We validate our PFNR method on the UVG8/17 and DAVIS50 video sequence benchmarks and achieve "
                        + "impressive performance gains over strong continual learning baselines."));

        assertThat(names(task, Relation.EVALUATED_ON)).contains("VCGBench", "MVBench").doesNotContain("Zero-shot");
        assertThat(names(data, Relation.EVALUATED_ON)).contains("DAVIS50");
    }

    @Test
    void aWellKnownModelAfterExperimentsOnIsNoDataset() {
        // a sentence of a training abstract (Encoder-Decoder Gemma)
        Extraction e = extractor.extract(Paper.of("Encoder-Decoder Gemma: Improving the Quality-Efficiency Trade-Off via Adaptation",
                "Through extensive experiments based on Gemma 2 (2B and 9B) and a suite of newly pretrained mT5-sized models "
                        + "(up to 1.6B), we demonstrate the effectiveness of adaptation and the advantage of encoder-decoder LLMs."));

        assertThat(names(e, Relation.EVALUATED_ON)).isEmpty();
    }

    @Test
    void aClosingPromiseToReleaseCheckpointsIntroducesNothing() {
        // the last sentences of a training abstract (Encoder-Decoder Gemma): the results before the promise are the paper's
        Extraction e = extractor.extract(Paper.of("Encoder-Decoder Gemma: Improving the Quality-Efficiency Trade-Off via Adaptation",
                "In this paper, we study a novel problem: adapting pretrained decoder-only LLMs to encoder-decoder. The adapted "
                        + "encoder representation also yields better results on SuperGLUE. We will release our checkpoints to "
                        + "facilitate future research."));

        assertThat(pairs(e, Relation.EVALUATED_ON)).containsExactly(org.assertj.core.groups.Tuple.tuple("Encoder-Decoder Gemma", "SuperGLUE"));
    }

    @Test
    void readsADatasetListAfterTheAndBeforeModifiersOfItsHead() {
        // the last sentence of the GAT abstract (1710.10903)
        Extraction e = extractor.extract(Paper.of("Graph Attention Networks",
                "We present graph attention networks (GATs), novel neural network architectures that operate on graph-structured "
                        + "data. Our GAT models have achieved or matched state-of-the-art results across four established "
                        + "transductive and inductive graph benchmarks: the Cora, Citeseer and Pubmed citation network datasets, as "
                        + "well as a protein-protein interaction dataset."));

        assertThat(names(e, Relation.EVALUATED_ON)).containsExactlyInAnyOrder("Cora", "Citeseer", "PubMed");
    }

    @Test
    void aDatasetNameMayStartWithDigits() {
        // a common shape of multi-hop QA abstracts, with two real benchmark names
        Extraction e = extractor.extract(Paper.of("Retrieval for Multi-Hop Questions",
                "We propose FooNet. We evaluate FooNet on two widely-used benchmarks, i.e., HotpotQA and 2WikiMultihopQA."));

        assertThat(names(e, Relation.EVALUATED_ON)).containsExactlyInAnyOrder("HotpotQA", "2WikiMultihopQA");
    }

    @Test
    void readsOurApproachNamedAndWeNameOurMethod() {
        // two common shapes of abstracts, with invented names
        Extraction apposed = extractor.extract(Paper.of("Retrieval-Augmented Generation at Scale",
                "Our approach, GraphWeaver, combines retrieval and generation."));
        Extraction named = extractor.extract(Paper.of("Staged Fine-Tuning of Language Models",
                "We name our method CascadeTune. It fine-tunes models in stages."));

        assertThat(names(apposed, Relation.PROPOSES)).containsExactly("GraphWeaver");
        assertThat(names(named, Relation.PROPOSES)).containsExactly("CascadeTune");
    }

    @Test
    void aNewThingNamedInAPassiveIntroductionIsAProposalOfItsKind() {
        // a common shape of benchmark abstracts, with an invented name
        Extraction e = extractor.extract(Paper.of("Evaluating Code Agents",
                "A new benchmark, CodeArena, is introduced to evaluate code agents."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CodeArena", org.paperkg.model.Kind.DATASET));
    }

    @Test
    void releasedCheckpointsOrAModifiedWellKnownModelAfterACueNameNoProposal() {
        // sentences of two training abstracts (UL2, S2LIC); their titles name the proposals
        Extraction released = extractor.extract(Paper.of("UL2: Unifying Language Learning Paradigms",
                "We release Flax-based T5X checkpoints for the UL2 20B & Flan-UL2 20B."));
        Extraction modified = extractor.extract(Paper.of("S2LIC: Learned Image Compression with the SwinV2 Block",
                "We introduce the residual SwinV2 Transformer model to capture global feature information."));

        assertThat(names(released, Relation.PROPOSES)).doesNotContain("Flax-based T5X");
        assertThat(names(modified, Relation.PROPOSES)).containsExactly("S2LIC");
    }

    @Test
    void takesNoBaseFromASuffixedNameWhenTheAbstractNeverNamesTheBase() {
        // sentences of the CodeT5+ abstract (2305.07922): the name alone states no extension of CodeT5
        Extraction e = extractor.extract(Paper.of("CodeT5+: Open Code Large Language Models for Code Understanding and Generation",
                "We propose CodeT5+, a family of encoder-decoder LLMs for code in which component modules can be flexibly "
                        + "combined to suit a wide range of downstream code tasks."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("CodeT5");
    }

    @Test
    void readsAKnownMethodAtTheHeadOfAProposalsNameAsItsBase() {
        // sentences of the Diverse Beam Search abstract (1610.02424): two of its three words are the known beam search
        Extraction e = extractor.extract(Paper.of("Diverse Beam Search: Decoding Diverse Solutions from Neural Sequence Models",
                "Equally ubiquitous is the usage of beam search (BS) as an approximate inference algorithm to decode output "
                        + "sequences from these models. To overcome this problem, we propose Diverse Beam Search (DBS), an "
                        + "alternative to BS that decodes a list of diverse outputs by optimizing for a diversity-augmented objective."));

        assertThat(names(e, Relation.EXTENDS)).anySatisfy(b -> assertThat(b).isEqualToIgnoringCase("beam search"));
    }

    @Test
    void takesNoBaseFromAnAffixDescribingTheWorkComparedWith() {
        // a sentence of the RECOMBINER abstract (2309.17182): INR-based methods and autoencoder-based codecs are the competitors
        Extraction e = extractor.extract(Paper.of("RECOMBINER: Robust and Enhanced Compression with Bayesian Implicit Neural Representations",
                "We propose Robust and Enhanced COMBINER (RECOMBINER). We conduct extensive experiments across several data "
                        + "modalities, showcasing that RECOMBINER achieves competitive results with the best INR-based methods and "
                        + "even outperforms autoencoder-based codecs on low-resolution images at low bitrates."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("INR", "autoencoder");
    }

    @Test
    void takesNoFamilyFromAnAffixOnANamedOtherModelOrAPluralClass() {
        // sentences of the mmMamba (2502.13145) and MOHAWK (2408.10189) abstracts
        Extraction named = extractor.extract(Paper.of("Multimodal Mamba: Decoder-only Multimodal State Space Model via Quadratic to Linear Distillation",
                "We propose mmMamba-linear. Distilled from the Transformer-based decoder-only HoVLE, mmMamba-linear achieves "
                        + "competitive performance against existing linear and quadratic-complexity VLMs."));
        Extraction plural = extractor.extract(Paper.of("Transformers to SSMs: Distilling Quadratic Knowledge to Subquadratic Models",
                "We propose MOHAWK. MOHAWK allows models like SSMs to leverage computational resources invested in training "
                        + "Transformer-based architectures, highlighting a new avenue for building such models."));

        assertThat(names(named, Relation.EXTENDS)).contains("HoVLE").doesNotContain("Transformer");
        assertThat(names(plural, Relation.EXTENDS)).doesNotContain("Transformer");
    }

    @Test
    void takesNoBaseFromAKindOfTechniqueThatEndsTheProposalsName() {
        // sentences of the MixedAE (2303.17152) and Language-Codec (2402.12208) abstracts: an autoencoder, an RVQ of its own
        Extraction mixed = extractor.extract(Paper.of("Mixed Autoencoder for Self-supervised Visual Representation Learning",
                "With extensive experiments, we demonstrate that our proposed Mixed Autoencoder (MixedAE) achieves the "
                        + "state-of-the-art transfer results among masked image modeling (MIM) augmentations on different downstream tasks."));
        Extraction rvq = extractor.extract(Paper.of("Language-Codec: Reducing the Gaps Between Discrete Codec Representation and Speech Language Models",
                "In the Language-Codec, we introduce a Mask Channel Residual Vector Quantization (MCRVQ) mechanism along with "
                        + "improved Fourier transform structures and larger training datasets."));

        assertThat(names(mixed, Relation.EXTENDS)).doesNotContain("autoencoder", "Autoencoder");
        assertThat(names(rvq, Relation.EXTENDS)).doesNotContain("residual vector quantization", "Residual Vector Quantization");
    }

    @Test
    void readsImprovingOrMultiplyingTheAccuracyOfANamedModelAsBeatingIt() {
        // sentences of the UL2 (2205.05131) and RaftMLP (2108.04384) abstracts
        Extraction ul2 = extractor.extract(Paper.of("UL2: Unifying Language Learning Paradigms",
                "We present UL2. Our model also achieve strong results at in-context learning, outperforming 175B GPT-3 on "
                        + "zero-shot SuperGLUE and tripling the performance of T5-XXL on one-shot summarization."));
        Extraction raft = extractor.extract(Paper.of("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
                "We propose RaftMLP. With this approach, we were able to improve the accuracy of the MLP-Mixer while reducing "
                        + "its parameters and computational complexity."));

        assertThat(names(ul2, Relation.OUTPERFORMS)).contains("GPT-3", "T5-XXL");
        assertThat(names(raft, Relation.OUTPERFORMS)).contains("MLP-Mixer");
    }

    @Test
    void takesNoBaseFromAKindOfMethodInsideTheName() {
        // sentences of the BossNAS (2103.12424) and RaftMLP (2108.04384) abstracts: a NAS method, an MLP model
        Extraction nas = extractor.extract(Paper.of("BossNAS: Exploring Hybrid CNN-transformers with Block-wisely Self-supervised Neural Architecture Search",
                "In this work, we present Block-wisely Self-supervised Neural Architecture Search (BossNAS), an unsupervised NAS "
                        + "method that addresses the problem of inaccurate architecture rating caused by large weight-sharing space."));
        Extraction mlp = extractor.extract(Paper.of("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
                "We propose RaftMLP. The small model that is RaftMLP-S is comparable to the state-of-the-art global MLP-based model "
                        + "in terms of parameters and efficiency per calculation."));

        assertThat(names(nas, Relation.EXTENDS)).doesNotContain("NAS", "neural architecture search");
        assertThat(names(mlp, Relation.EXTENDS)).doesNotContain("MLP");
    }

    @Test
    void endsABaseAtAMissingSpaceBetweenSentences() {
        // sentences of the Chimera abstract (2402.15758), with its "LLM.Through"
        Extraction e = extractor.extract(Paper.of("Chimera: A Lossless Decoding Method for Accelerating Large Language Models Inference",
                "We propose Chimera, a novel framework for speculative sampling. Secondly, we leverage the readily available "
                        + "representations from the original LLM.Through empirical evaluation on the Vicuna and LlaMA-2 series, "
                        + "Chimera demonstrates impressive results."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("Through");
    }

    @Test
    void keepsAShortVersionSuffixOfAKnownMethodInTheTitle() {
        // the Transformer Transducer title (2002.02562): the RNN-T loss is the transducer's, no plain RNN
        Extraction e = extractor.extract(Paper.of("Transformer Transducer: A Streamable Speech Recognition Model with Transformer Encoders and RNN-T Loss",
                "In this paper we present an end-to-end speech recognition model with Transformer encoders that can be used in a "
                        + "streaming speech recognition system."));

        assertThat(names(e, Relation.EXTENDS)).contains("RNN-T").doesNotContain("RNN");
    }

    @Test
    void aVerbAfterAndEndsTheComparedNames() {
        // the last sentence of the MedSAM abstract (2304.12306)
        Extraction e = extractor.extract(Paper.of("Segment Anything in Medical Images",
                "In this paper, we present MedSAM, a foundation model designed for universal medical image segmentation. MedSAM "
                        + "consistently outperforms the state-of-the-art (SOTA) segmentation foundation model SAM and achieves an "
                        + "average Dice similarity coefficient (DSC) of 0.90."));

        assertThat(names(e, Relation.OUTPERFORMS)).containsExactly("SAM");
    }

    @Test
    void anAffixOnWhatAMethodExceedsIsNoBase() {
        // a sentence of the DPO abstract (2305.18290)
        Extraction e = extractor.extract(Paper.of("Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable, performant, and "
                        + "computationally lightweight. Notably, fine-tuning with DPO exceeds PPO-based RLHF in ability to control "
                        + "sentiment of generations."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("PPO");
    }

    @Test
    void namesAFactorFasterASpeedOrALatencyWhenTheLatencyIsNamed() {
        // sentences from the Superposed Decoding and Understanding INT4 Quantization abstracts
        Extraction sd = extractor.extract(Paper.of("Superposed Decoding: Multiple Generations from a Single Autoregressive Inference Pass",
                "We propose Superposed Decoding. Our experiments show that k drafts from Superposed Decoding are at least as coherent "
                        + "and factual as Nucleus Sampling and Greedy Decoding respectively, while being at least 2.44times faster for kge3."));
        Extraction int4 = extractor.extract(Paper.of("Understanding INT4 Quantization for Transformer Models",
                "We propose Q4, an INT4 encoder inference pipeline. Q4 is 8.5times faster for latency-oriented scenarios compared "
                        + "to the inference of FP16."));

        assertThat(sd.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("speed", "2.44x"));
        assertThat(names(int4, Relation.IMPROVES)).contains("latency").doesNotContain("speed", "speed-up");
    }

    @Test
    void aChangeAimedAtInAnInfinitiveIsNoClaimUnlessTheWorkWasAbleToMakeIt() {
        // sentences from the Kangaroo and RaftMLP abstracts
        Extraction kangaroo = extractor.extract(Paper.of("Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting",
                "We propose Kangaroo. It is noteworthy that the inference latency of the self-draft model may no longer be negligible "
                        + "compared to the large model, necessitating strategies to increase the token acceptance rate while minimizing "
                        + "the drafting steps of the small model."));
        Extraction raft = extractor.extract(Paper.of("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
                "We propose RaftMLP. With this approach, we were able to improve the accuracy of the MLP-Mixer while reducing its "
                        + "parameters and computational complexity."));

        assertThat(names(kangaroo, Relation.IMPROVES)).doesNotContain("token acceptance rate");
        assertThat(names(raft, Relation.IMPROVES)).contains("accuracy");
    }

    @Test
    void aMetricNamingWhatAnotherNounIsAboutIsNoClaim() {
        // sentences from the NIRVANA and Memory Layers at Scale abstracts
        Extraction nirvana = extractor.extract(Paper.of("NIRVANA: Neural Implicit Representations of Videos with Adaptive Networks and Autoregressive Patch-wise Modeling",
                "We propose NIRVANA. Moreover, our method achieves variable bitrate compression by adapting to videos with varying "
                        + "inter-frame motion."));
        Extraction memory = extractor.extract(Paper.of("Memory Layers at Scale",
                "We propose Memory Layers. On downstream tasks, language models augmented with our improved memory layer outperform "
                        + "dense models with more than twice the computation budget."));

        assertThat(names(nirvana, Relation.IMPROVES)).doesNotContain("bitrate");
        assertThat(names(memory, Relation.IMPROVES)).doesNotContain("memory");
    }

    @Test
    void aNumberBeforeAMetricIsItsChangeWhenAChangeNounFollowsOrAChangeVerbPrecedes() {
        // sentences from the mmMamba and LaPE abstracts
        Extraction mm = extractor.extract(Paper.of("Multimodal Mamba: Decoder-only Multimodal Language Model via Quadratic to Linear Distillation",
                "We propose mmMamba. At 103K tokens, mmMamba demonstrates 20.6times speedup and 75.8% GPU memory reduction compared to HoVLE."));
        Extraction lape = extractor.extract(Paper.of("LaPE: Layer-adaptive Position Embedding for Vision Transformers",
                "We propose LaPE. For example, LaPE improves 0.94% accuracy for ViT-Lite on Cifar10."));

        assertThat(mm.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("GPU memory", null, "75.8%"));
        assertThat(lape.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("accuracy", null, "0.94%"));
    }

    @Test
    void readsWellKnownCostMetricsSuchAsGpuDays() {
        // sentences from the PC-DARTS abstract
        Extraction e = extractor.extract(Paper.of("PC-DARTS: Partial Channel Connections for Memory-Efficient Architecture Search",
                "In this paper, we present a novel approach, namely, Partially-Connected DARTS. Specifically, we achieve an error rate "
                        + "of 2.57% on CIFAR10 with merely 0.1 GPU-days for architecture search, and a state-of-the-art top-1 error rate "
                        + "of 24.2% on ImageNet (under the mobile setting) using 3.8 GPU-days for search."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("error rate", "2.57%"), tuple("GPU days", "0.1"));
    }

    @Test
    void aReconstructionQualityCountsOnlyWithANumber() {
        // sentences from the PSCodec and autoencoder-based framework abstracts
        Extraction ps = extractor.extract(Paper.of("PSCodec: A Series of High-Fidelity Low-bitrate Neural Speech Codecs Leveraging Prompt Encoders",
                "We propose PSCodec. Extensive experiments show that our proposed PSCodec significantly outperforms several "
                        + "state-of-the-art neural codecs, exhibiting substantial improvements in both speech reconstruction quality and "
                        + "speaker similarity under low-bitrate conditions."));
        Extraction cae = extractor.extract(Paper.of("An Autoencoder-Based General-Purpose Framework",
                "We propose XCAE. Moreover, XCAE improves the calculation of reconstruction loss for multi-layer contractive "
                        + "autoencoders (CAE) by calculating the Jacobian of the entire encoder leading to a 15% improvement in "
                        + "reconstruction quality when compared to a stacked CAE."));

        assertThat(names(ps, Relation.IMPROVES)).contains("speaker similarity")
                .doesNotContain("reconstruction quality", "speech reconstruction quality");
        assertThat(cae.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("reconstruction quality", "15%"));
    }

    @Test
    void readsACostStatedWithANumberBesideAResultReached() {
        // sentences from the FPENet and SLAB abstracts
        Extraction fpe = extractor.extract(Paper.of("Feature Pyramid Encoding Network for Real-time Semantic Segmentation",
                "We propose FPENet. Specifically, FPENet achieves 68.0\\% mean IoU on the Cityscapes test set with only 0.4M "
                        + "parameters and 102 FPS speed on an NVIDIA TITAN V GPU."));
        Extraction slab = extractor.extract(Paper.of("SLAB: Efficient Transformers with Simplified Linear Attention",
                "We propose SLAB. For example, our SLAB-Swin obtains 83.6% top-1 accuracy on ImageNet-1K with 16.2ms latency, "
                        + "which is 2.4ms less than that of Flatten-Swin with 0.1% higher accuracy."));

        assertThat(fpe.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("parameter count", "0.4M"));
        assertThat(slab.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("latency", "16.2ms"));
    }

    @Test
    void aStructuredSparsityWithoutANumberIsAPropertyNotAClaim() {
        // a sentence from the Turbo-VBI (structured Bayesian compression) abstract
        Extraction e = extractor.extract(Paper.of("Structured Bayesian Compression for Deep Neural Networks Based on the Turbo-VBI Approach",
                "We propose Turbo-VBI. The proposed three-layer hierarchical prior can achieve per-neuron weight-level structured "
                        + "sparsity and neuron-level structured sparsity."));

        assertThat(names(e, Relation.IMPROVES)).doesNotContain("sparsity");
    }

    @Test
    void theValueOfAChangeFromOneNumberToAnotherIsTheSecondEvenWithUnits() {
        // the NIRVANA sentence, and two sentences in a common shape of efficiency claims
        Extraction nirvana = extractor.extract(Paper.of("NIRVANA: Neural Implicit Representations of Videos with Adaptive Networks",
                "We propose NIRVANA. When compared with previous works on the benchmark UVG dataset, NIRVANA improves encoding "
                        + "quality from 37.36 to 37.70 (in terms of PSNR)."));
        Extraction nas = extractor.extract(Paper.of("FooNAS: Fast Architecture Search",
                "We propose FooNAS. With FooNAS, the search cost is reduced from 2000 GPU days to 0.5 GPU days. FooNAS also "
                        + "reduces the average latency from 120 ms to 45 ms."));

        assertThat(nirvana.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("PSNR", "37.70"));
        assertThat(nas.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("GPU days", "0.5"), tuple("latency", "45 ms"));
    }

    @Test
    void readsAValueAfterADatasetOrAnUpTo() {
        // common shapes of results in abstracts
        Extraction e = extractor.extract(Paper.of("FooCLIP: Better Zero-Shot Transfer",
                "We propose FooCLIP. FooCLIP boosts the zero-shot accuracy on ImageNet to 76.2%. The distilled FooCLIP-S obtains a "
                        + "top-1 accuracy of up to 80.3% on ImageNet and achieves a speedup of up to 2.5x."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("accuracy", "76.2%", null), tuple("top-1 accuracy", "80.3%", null), tuple("speed-up", null, "2.5x"));
    }

    @Test
    void aCutOffAfterAMetricBelongsToItsName() {
        // a common shape of retrieval results
        Extraction e = extractor.extract(Paper.of("FooRetriever: Dense Passage Retrieval",
                "We propose FooRetriever. FooRetriever achieves a recall@10 of 85.1% on MS MARCO."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("recall@10", "85.1%"));
    }

    @Test
    void theFactorOfABareSpeedUpGoesToTheNamedSpeedItIsDroppedFor() {
        // sentences from the Lexical Unit Decoding abstract
        Extraction e = extractor.extract(Paper.of("Decoding at the Speed of Thought: Harnessing Parallel Decoding of Lexical Units for LLMs",
                "This paper introduces Lexical Unit Decoding (LUD), a novel decoding methodology implemented in a data-driven manner, "
                        + "accelerating the decoding process without sacrificing output quality. Extensive experiments validate that our "
                        + "method substantially reduces decoding time while maintaining generation quality, i.e., 33\\% speed up on natural "
                        + "language generation with no quality loss, and 30\\% speed up on code generation with a negligible quality loss of 3\\%."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("decoding speed", "33%"));
        assertThat(names(e, Relation.IMPROVES)).doesNotContain("speed-up");
    }

    @Test
    void aFallbackTitleNameGetsTheAcronymTheAbstractDefinesForIt() {
        // sentences of a training abstract (Direct Multi-Token Decoding): the title phrase is the proposal, DMTD its acronym
        Extraction e = extractor.extract(Paper.of("Direct Multi-Token Decoding",
                "We refer to this inference paradigm as Direct Multi-Token Decoding (DMTD). Despite being trained on a limited "
                        + "dataset, a fine-tuned DMTD Qwen3-4B model has already demonstrated promising results, achieving up to a "
                        + "2x speedup with only minor performance loss."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Direct Multi-Token Decoding", List.of("DMTD")));
        assertThat(pairs(e, Relation.IMPROVES)).isNotEmpty().extracting(t -> t.toList().get(0)).containsOnly("Direct Multi-Token Decoding");
    }

    @Test
    void aRangeOfFactorsIsOneDelta() {
        // a sentence of the vLLM abstract (2309.06180)
        Extraction e = extractor.extract(Paper.of("Efficient Memory Management for Large Language Model Serving with PagedAttention",
                "On top of it, we build vLLM, an LLM serving system that achieves near-zero waste in KV cache memory. Our "
                        + "evaluations show that vLLM improves the throughput of popular LLMs by 2-4x with the same level of latency "
                        + "compared to the state-of-the-art systems, such as FasterTransformer and Orca."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(org.assertj.core.groups.Tuple.tuple("throughput", "2-4x"));
    }

    @Test
    void aNumberRightAfterANameIsItsVersionNotAValue() {
        // a sentence of the FlashAttention abstract (2205.14135)
        Extraction e = extractor.extract(Paper.of("FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
                "We propose FlashAttention, an IO-aware exact attention algorithm. FlashAttention trains Transformers faster than "
                        + "existing baselines: 15% end-to-end wall-clock speedup on BERT-large (seq. length 512) compared to the "
                        + "MLPerf 1.1 training speed record."));

        assertThat(e.with(Relation.IMPROVES)).isNotEmpty().extracting(st -> st.measure().value()).doesNotContain("1.1");
    }

    @Test
    void aListAfterANamedQualityAndInSaysWhereNotWhat() {
        // a sentence of the DPO abstract (2305.18290)
        Extraction e = extractor.extract(Paper.of("Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable. Notably, fine-tuning "
                        + "with DPO exceeds PPO-based RLHF in ability to control sentiment of generations, and matches or improves "
                        + "response quality in summarization and single-turn dialogue while being substantially simpler to implement."));

        assertThat(names(e, Relation.IMPROVES)).doesNotContain("summarization", "single-turn dialogue");
    }

    @Test
    void languagesAreNotDatasets() {
        // a TDMSci sentence (Hou et al., 2021), in the shape of an abstract's result sentence
        Extraction e = extractor.extract(Paper.of("Ambiguity-aware Ensemble Training for Semi-supervised Dependency Parsing",
                "We propose ambiguity-aware ensemble training for dependency parsing. Experimental results on both English and "
                        + "Chinese datasets demonstrate that the proposed ambiguity-aware ensemble training outperforms other "
                        + "entire-tree based methods."));

        assertThat(names(e, Relation.MENTIONS)).doesNotContain("English", "Chinese");
        assertThat(e.with(Relation.EVALUATED_ON)).isEmpty();
    }

    @Test
    void aNameBeforeTestSetOrDataIsADataset() {
        // TDMSci sentences (Hou et al., 2021) after an abstract's proposal
        Extraction e = extractor.extract(Paper.of("Hierarchical Phrase-based Translation with Lexicalized Reordering",
                "We propose L-Hiero, a hierarchical phrase-based translation model. On the NIST05 test set, L-Hiero achieves "
                        + "25.1 BLEU. We also evaluate it on the English Switchboard data."));

        assertThat(names(e, Relation.EVALUATED_ON)).contains("NIST05", "Switchboard");
    }

    @Test
    void mentionsEveryListedMetricMethodAndTaskNotOnlyThoseInClaims() {
        // the opening of the GraphCodeBERT abstract (2009.08366) and a result sentence in a common shape
        Extraction e = extractor.extract(Paper.of("GraphCodeBERT: Pre-training Code Representations with Data Flow",
                "Pre-trained models for programming language have achieved dramatic empirical improvements on a variety of "
                        + "code-related tasks such as code search, code completion, code summarization, etc. We present "
                        + "GraphCodeBERT, a pre-trained model for programming language built on BERT. We report MRR and BLEU."));

        List<Statement> mentions = e.with(Relation.MENTIONS);
        assertThat(mentions).filteredOn(st -> st.object().kind() == Kind.METHOD).extracting(st -> st.object().name()).contains("BERT");
        assertThat(mentions).filteredOn(st -> st.object().kind() == Kind.METRIC).extracting(st -> st.object().name())
                .contains("MRR", "BLEU");
        assertThat(mentions).filteredOn(st -> st.object().kind() == Kind.TASK).extracting(st -> st.object().name())
                .contains("code search", "code summarization");
        // a mention is the paper's, and says where
        assertThat(mentions).allMatch(st -> st.subject() == null && st.evidence() != null);
    }

    @Test
    void aCostThatGrowsIsNoImprovement() {
        // sentences of the asymmetric VQGAN (2306.04632) and Memory Layers at Scale (2412.09764) abstracts
        Extraction vqgan = extractor.extract(Paper.of("Designing a Better Asymmetric VQGAN for StableDiffusion",
                "We propose a new asymmetric VQGAN with two simple designs. Secondly, the decoder is much heavier than the encoder, "
                        + "allowing for more detailed recovery while only slightly increasing the total inference cost."));
        Extraction memory = extractor.extract(Paper.of("Memory Layers at Scale",
                "We propose Memory Layers. Memory layers use a trainable key-value lookup mechanism to add extra parameters "
                        + "to a model without increasing FLOPs."));

        assertThat(names(vqgan, Relation.IMPROVES)).doesNotContain("inference cost");
        assertThat(names(memory, Relation.IMPROVES)).doesNotContain("parameter count", "parameters");
    }

    @Test
    void parityStatedBeforeTheMetricIsNoImprovement() {
        // sentences of the RaftMLP and spatiotemporal entropy model abstracts (training gold)
        Extraction raft = extractor.extract(Paper.of("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
                "We propose RaftMLP. The small model that is RaftMLP-S is comparable to the state-of-the-art global MLP-based model "
                        + "in terms of parameters and efficiency per calculation."));
        Extraction entropy = extractor.extract(Paper.of("Spatiotemporal Entropy Model is All You Need for Learned Video Compression",
                "We propose a spatiotemporal entropy model. Experiments showed that the proposed method outperforms state-of-the-art "
                        + "(SOTA) performance under the metric of multiscale structural similarity (MS-SSIM) and achieves competitive "
                        + "results under the metric of PSNR."));

        assertThat(names(raft, Relation.IMPROVES)).doesNotContain("parameter count", "parameters");
        assertThat(names(entropy, Relation.IMPROVES)).contains("MS-SSIM").doesNotContain("PSNR");
    }

    @Test
    void aChangeAMetricIsForIsAPurposeNotAResult() {
        // sentences of the MCUFormer and Progressive Gradient Flow abstracts (training gold)
        Extraction mcu = extractor.extract(Paper.of("MCUFormer: Deploying Vision Transformers on Microcontrollers with Limited Memory",
                "We propose MCUFormer. More specifically, we generalize the one-shot network architecture search (NAS) to discover "
                        + "the optimal architecture with highest task performance given the memory budget from the microcontrollers, "
                        + "where we enlarge the existing search space of vision transformers by considering the low-rank decomposition "
                        + "dimensions and patch resolution for memory reduction."));
        Extraction flow = extractor.extract(Paper.of("Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers",
                "We propose Progressive Gradient Flow. Additionally, this form of sparsity holds considerable appeal for reducing "
                        + "the memory footprint owing to their modest representation overhead."));

        assertThat(names(mcu, Relation.IMPROVES)).doesNotContain("memory");
        assertThat(names(flow, Relation.IMPROVES)).doesNotContain("memory footprint");
    }

    @Test
    void aBareHeadAfterAComparisonNamesNoMetric() {
        // sentences of the Squeezeformer (2206.00888) and CoNeTTE abstracts (training gold)
        Extraction squeeze = extractor.extract(Paper.of("Squeezeformer: An Efficient Transformer for Automatic Speech Recognition",
                "We propose Squeezeformer. In particular, for the macro-architecture, Squeezeformer incorporates (i) the Temporal U-Net "
                        + "structure which reduces the cost of the multi-head attention modules on long sequences, and (ii) a simpler "
                        + "block structure of multi-head attention or convolution modules."));
        Extraction conette = extractor.extract(Paper.of("CoNeTTE: An efficient Audio Captioning system leveraging multiple datasets with Task Embedding",
                "We propose CoNeTTE. Using the well-known PANN's CNN14, for instance, as an unbiased encoder, we observed a 1.7% absolute "
                        + "reduction in SPIDEr score (where higher scores indicate better performance)."));

        assertThat(names(squeeze, Relation.IMPROVES)).doesNotContain("cost");
        assertThat(names(conette, Relation.IMPROVES)).doesNotContain("score");
    }

    @Test
    void outperformsOrMatchesNamesTheBaselinesAfterIt() {
        // two sentences of the Mixtral abstract (2401.04088)
        Extraction e = extractor.extract(Paper.of("Mixtral of Experts",
                "We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model. Mixtral outperforms or matches "
                        + "Llama 2 70B and GPT-3.5 across all evaluated benchmarks."));

        assertThat(names(e, Relation.OUTPERFORMS)).contains("Llama 2 70B", "GPT-3.5");
    }

    @Test
    void aMethodNamedAfterAProcessOnAFamilyIsNoMemberOfIt() {
        // a sentence of the PG-TD abstract (2303.05510), a training gold paper whose gold has no base
        Extraction e = extractor.extract(Paper.of("Planning with Large Language Models for Code Generation",
                "In this work, we propose a novel Transformer decoding algorithm, Planning-Guided Transformer Decoding (PG-TD), "
                        + "that uses a planning algorithm to do lookahead search and guide the Transformer to generate better programs."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("Transformer");
    }

    @Test
    void aLongPrefixOnAnUnlistedNameIsAWordOfItsOwnNotAVersion() {
        // the ParaTransCNN title and a sentence of its abstract (heldout-30; its gold has Transformer and CNN, no TransCNN)
        Extraction e = extractor.extract(Paper.of("ParaTransCNN: Parallelized TransCNN Encoder for Medical Image Segmentation",
                "Inspired by this, we propose an advanced 2D feature extraction method by combining the convolutional neural network "
                        + "and Transformer architectures."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("TransCNN");
    }

    @Test
    void aNamedAffixOnAPluralClassIsOtherWork() {
        // sentences of the MOHAWK abstract (2408.10189, set E; its gold has no Transformer base)
        Extraction e = extractor.extract(Paper.of("Transformers to SSMs: Distilling Quadratic Knowledge to Subquadratic Models",
                "We can thus progressively distill the Transformer architecture by matching different degrees of granularity in the SSM. "
                        + "Our method, called MOHAWK, is able to distill a Mamba-2 variant using only 3B tokens. MOHAWK allows models "
                        + "like SSMs to leverage computational resources invested in training Transformer-based architectures, "
                        + "highlighting a new avenue for building such models."));

        assertThat(names(e, Relation.EXTENDS)).doesNotContain("Transformer");
    }

    @Test
    void aBaseNamedInSeveralCapitalisedWordsKeepsThemAll() {
        // a common shape with a real multi-word model name
        Extraction e = extractor.extract(Paper.of("MedSAM2: Segment Anything in 3D Medical Images and Videos",
                "We present MedSAM2, a promptable segmentation model built on Segment Anything Model 2. MedSAM2 outperforms nnU-Net."));

        assertThat(names(e, Relation.EXTENDS)).contains("Segment Anything Model 2").doesNotContain("Segment");
    }

    @Test
    void aPlainNounThatIsAMetricOnlyInAClaimIsNoMentionOutsideOne() {
        // a common shape: "parameters" and "memory" as things, not quantities
        Extraction e = extractor.extract(Paper.of("Self-Calibrating Cameras",
                "We propose SelfCal, which estimates the camera parameters from a video and stores them in memory. "
                        + "SelfCal reduces the number of parameters by 40%."));

        assertThat(e.with(Relation.MENTIONS)).filteredOn(st -> st.object().kind() == Kind.METRIC)
                .extracting(st -> st.evidence().sentence()).noneMatch(sentence -> sentence.contains("camera parameters"));
    }

    @Test
    void aModelNamedAfterSegmentAnythingExtendsIt() {
        // the MedSAM title (2304.12306) and the start of its abstract: the name is the listed SAM with a short prefix
        Extraction e = extractor.extract(Paper.of("Segment Anything in Medical Images",
                "Medical image segmentation is a critical component in clinical practice. In this paper, we present MedSAM, a "
                        + "foundation model designed for bridging this gap by enabling universal medical image segmentation."));

        assertThat(names(e, Relation.EXTENDS)).contains("SAM");
    }

    @Test
    void aProposalDescribedAsArchitecturesIsAMethodEvenWhenDatasetsFollow() {
        // a sentence of the Squeeze-and-Excitation Networks abstract (Hu et al., 1709.01507)
        Extraction e = extractor.extract(Paper.of("Squeeze-and-Excitation Networks",
                "We show that these blocks can be stacked together to form SENet architectures that generalise extremely effectively "
                        + "across different datasets. We propose a novel architectural unit, which we term the Squeeze-and-Excitation (SE) block."));

        assertThat(e.with(Relation.PROPOSES)).filteredOn(st -> st.object().name().equals("SENet"))
                .extracting(st -> st.object().kind()).containsOnly(Kind.METHOD);
    }

    @Test
    void aNameCalledInARelativeClauseWithoutWhichIsProposed() {
        // two sentences of the MobileNetV2 abstract (Sandler et al., 1801.04381)
        Extraction e = extractor.extract(Paper.of("MobileNetV2: Inverted Residuals and Linear Bottlenecks",
                "In this paper we describe a new mobile architecture, MobileNetV2, that improves the state of the art performance of "
                        + "mobile models on multiple tasks and benchmarks. We also describe efficient ways of applying these mobile models "
                        + "to object detection in a novel framework we call SSDLite."));

        assertThat(names(e, Relation.PROPOSES)).contains("MobileNetV2", "SSDLite");
    }

    @Test
    void aNamedVariantOfTheProposalIsProposedToo() {
        // two sentences of the Adam abstract (Kingma and Ba, 1412.6980)
        Extraction e = extractor.extract(Paper.of("Adam: A Method for Stochastic Optimization",
                "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions, "
                        + "based on adaptive estimates of lower-order moments. Finally, we discuss AdaMax, a variant of Adam based on the infinity norm."));

        assertThat(names(e, Relation.PROPOSES)).contains("Adam", "AdaMax");
    }

    @Test
    void aClaimTitleAboutAClassOfExistingModelsNamesNoProposal() {
        // the title and a sentence of transformer-feed-forward-layers-are-key-value-memories (set F; an analysis, its gold proposes nothing)
        Extraction e = extractor.extract(Paper.of("Transformer Feed-Forward Layers Are Key-Value Memories",
                "We show that feed-forward layers in transformer-based language models operate as key-value memories, where each key "
                        + "correlates with textual patterns in the training examples."));

        assertThat(e.with(Relation.PROPOSES)).isEmpty();
    }

    @Test
    void aCueFollowedByToProposesWhatItsSecondVerbMakes() {
        // the title and a sentence of decoder-only-llms-are-better-controllers (set E; its gold proposes the adapter module)
        Extraction e = extractor.extract(Paper.of("Decoder-Only LLMs are Better Controllers for Diffusion Models",
                "In this work, we propose to enhance text-to-image diffusion models by borrowing the strength of semantic understanding "
                        + "from large language models, and devise a simple yet effective adapter to allow the diffusion models to be "
                        + "compatible with the decoder-only structure."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("adapter");
    }

    @Test
    void namingTheResultingModelsIsAProposal() {
        // two sentences of the InstructGPT abstract (Ouyang et al., 2203.02155)
        Extraction e = extractor.extract(Paper.of("Training language models to follow instructions with human feedback",
                "We then collect a dataset of rankings of model outputs, which we use to further fine-tune this supervised model using "
                        + "reinforcement learning from human feedback. We call the resulting models InstructGPT."));

        assertThat(names(e, Relation.PROPOSES)).contains("InstructGPT");
    }

    @Test
    void aConceptThePaperIntroducesIsAProposal() {
        // sentences of improving-differentiable-architecture-search (heldout-30) and of the MetaFormer abstract (set E)
        Extraction e = extractor.extract(Paper.of("Improving Differentiable Architecture Search via Self-Distillation",
                "Furthermore, we introduce the concept of voting teachers, where multiple previous supernets are selected as teachers, "
                        + "and their output probabilities are aggregated through voting to obtain the final teacher prediction."));
        Extraction meta = extractor.extract(Paper.of("MetaFormer Is Actually What You Need for Vision",
                "Surprisingly, we observe that the derived model, termed as PoolFormer, achieves competitive performance on multiple "
                        + "computer vision tasks. The effectiveness of PoolFormer verifies our hypothesis and urges us to initiate the concept "
                        + "of \"MetaFormer\", a general architecture abstracted from Transformers without specifying the token mixer."));

        assertThat(names(e, Relation.PROPOSES)).contains("voting teachers");
        assertThat(names(meta, Relation.PROPOSES)).contains("PoolFormer", "MetaFormer");
    }

    @Test
    void aTechniqueTheTitleNamesBesideTheProposalIsProposedToo() {
        // the title and sentences of the LayerSkip abstract (set F; its gold has LayerSkip and self-speculative decoding)
        Extraction e = extractor.extract(Paper.of("LayerSkip: Enabling Early Exit Inference and Self-Speculative Decoding",
                "We present LayerSkip, an end-to-end solution to speed-up inference of large language models (LLMs). Third, we present a "
                        + "novel self-speculative decoding solution where we exit at early layers and verify and correct with remaining layers of the model."));

        assertThat(names(e, Relation.PROPOSES)).contains("LayerSkip", "self-speculative decoding");
    }

    @Test
    void aTitlePhraseDescribedAsADatasetIsADataset() {
        // the title and two sentences of the Pile abstract (Gao et al., 2101.00027)
        Extraction e = extractor.extract(Paper.of("The Pile: An 800GB Dataset of Diverse Text for Language Modeling",
                "With this in mind, we present the Pile: an 825 GiB English text corpus targeted at training large-scale language models. "
                        + "The Pile is constructed from 22 diverse high-quality subsets."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(tuple("The Pile", Kind.DATASET));
    }

    @Test
    void aTitleNameTheAbstractSetsOffAsADatasetIsADataset() {
        // the title and a sentence of the HellaSwag abstract (Zellers et al., 1905.07830)
        Extraction e = extractor.extract(Paper.of("HellaSwag: Can a Machine Really Finish Your Sentence?",
                "In this paper, we show that commonsense inference still proves difficult for even state-of-the-art models, "
                        + "by presenting HellaSwag, a new challenge dataset."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(tuple("HellaSwag", Kind.DATASET));
    }

    @Test
    void anAmountBeyondAnotherChangeVerbOrClauseIsNotTheMetricsGain() {
        // a sentence of the MAE abstract (2111.06377), the NIRVANA sentence, and a common shape of NAS results
        Extraction mae = extractor.extract(Paper.of("Masked Autoencoders Are Scalable Vision Learners",
                "This paper shows that masked autoencoders (MAE) are scalable self-supervised learners for computer vision. "
                        + "Our MAE approach is simple: we mask random patches of the input image and reconstruct the missing pixels. "
                        + "Coupling these two designs enables us to train large models efficiently and effectively: we accelerate "
                        + "training (by 3x or more) and improve accuracy."));
        Extraction nirvana = extractor.extract(Paper.of("NIRVANA: Neural Implicit Representations of Videos with Adaptive Networks",
                "We propose NIRVANA. When compared with previous works on the benchmark UVG dataset, NIRVANA improves encoding "
                        + "quality from 37.36 to 37.70 (in terms of PSNR) and the encoding speed by 12X, while maintaining the same compression rate."));
        Extraction nas = extractor.extract(Paper.of("FooNAS: Fast Architecture Search",
                "We propose FooNAS. FooNAS achieves 77.1% top-1 accuracy on ImageNet while reducing the search cost by 1000x."));

        assertThat(mae.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("accuracy", null), tuple("training speed", "3x"));
        assertThat(nirvana.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("PSNR", "37.70", null));
        assertThat(nas.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("top-1 accuracy", "77.1%", null), tuple("search cost", null, "1000x"));
    }

    @Test
    void aFactorRightBeforeAMetricAndItsChangeIsThatMetricsGain() {
        // a common shape of efficiency claims (a memory saving beside a speed-up)
        Extraction e = extractor.extract(Paper.of("FooCkpt: Efficient Activation Checkpointing",
                "We propose FooCkpt. FooCkpt achieves 3.9x memory saving and 3.3x speedup over the baseline on GPT-3."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("memory", "3.9x"), tuple("speed-up", "3.3x"));
    }

    @Test
    void theFirstOfAListOfFactorsBeforeADeviceAndAMetricIsItsGain() {
        // a sentence of the EfficientViT abstract (Multi-Scale Linear Attention for High-Resolution Dense Prediction, 2205.14756)
        Extraction e = extractor.extract(Paper.of("EfficientViT: Multi-Scale Linear Attention for High-Resolution Dense Prediction",
                "We present EfficientViT, a new family of high-resolution vision models. On Cityscapes, EfficientViT delivers up to "
                        + "13.9x and 6.2x GPU latency reduction over SegFormer and SegNeXt, respectively."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("latency", "13.9x"));
    }

    @Test
    void theSecondOfASlashPairOfGainsIsNoValue() {
        // a sentence of the PoolFormer abstract (MetaFormer Is Actually What You Need for Vision, 2111.11418)
        Extraction e = extractor.extract(Paper.of("MetaFormer Is Actually What You Need for Vision",
                "We propose PoolFormer. For example, on ImageNet-1K, PoolFormer achieves 82.1% top-1 accuracy, surpassing well-tuned "
                        + "Vision Transformer/MLP-like baselines DeiT-B/ResMLP-B24 by 0.3%/1.1% accuracy with 35%/52% fewer parameters "
                        + "and 50%/62% fewer MACs."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("top-1 accuracy", "82.1%", null), tuple("accuracy", null, "0.3%/1.1%"),
                        tuple("parameter count", null, "35%/52%"), tuple("MACs", null, "50%/62%"));
    }

    @Test
    void aRangeOfFactorsBeforeFasterOrAfterByIsOneDelta() {
        // sentences of two training abstracts (Lossless Compression with Probabilistic Circuits; Continuous Deep Equilibrium Models)
        Extraction pc = extractor.extract(Paper.of("Lossless Compression with Probabilistic Circuits",
                "We propose PC-based compression. Empirically, our PC-based (de)compression algorithm runs 5-40 times faster than neural "
                        + "compression algorithms that achieve similar bitrates."));
        Extraction deq = extractor.extract(Paper.of("Continuous Deep Equilibrium Models: Training Neural ODEs Faster by Integrating Them to Infinity",
                "In this manuscript, we increase the \"implicitness\" of the DEQ by redefining the method in terms of an infinite time "
                        + "neural ODE, which paradoxically decreases the training cost over a standard neural ODE by 2-4x."));

        assertThat(pc.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("speed", "5-40x"));
        assertThat(deq.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("training cost", "2-4x"));
    }

    @Test
    void aRangeOfFactorsWrittenWithTheirSignsIsOneDelta() {
        // a sentence of the speculative decoding abstract (Fast Inference from Transformers via Speculative Decoding, 2211.17192)
        Extraction e = extractor.extract(Paper.of("Fast Inference from Transformers via Speculative Decoding",
                "In this work we introduce speculative decoding. We demonstrate it on T5-XXL and show a 2X-3X acceleration compared "
                        + "to the standard T5X implementation, with identical outputs."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("speed-up", "2-3x"));
    }

    @Test
    void gainsAndDatasetsListedRespectivelyGoTogetherInOrder() {
        // a sentence of a training abstract (Mixed Autoencoder for Self-supervised Visual Representation Learning)
        Extraction e = extractor.extract(Paper.of("Mixed Autoencoder for Self-supervised Visual Representation Learning",
                "We propose MixedAE. Specifically, our MixedAE outperforms MAE by +0.3% accuracy, +1.7 mIoU and +0.9 AP on ImageNet-1K, "
                        + "ADE20K and COCO respectively with a standard ViT-Base."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta(), st -> st.measure().dataset())
                .contains(tuple("accuracy", "+0.3%", "ImageNet-1K"), tuple("mIoU", "+1.7", "ADE20K"), tuple("AP", "+0.9", "COCO"));
    }

    @Test
    void aValueAloneInBracketsAfterTheMetricOrItsDatasetIsTheValue() {
        // sentences of the MAE (2111.06377) and EfficientNet (1905.11946) abstracts
        Extraction mae = extractor.extract(Paper.of("Masked Autoencoders Are Scalable Vision Learners",
                "This paper shows that masked autoencoders (MAE) are scalable self-supervised learners for computer vision. "
                        + "Our MAE approach is simple: we mask random patches of the input image and reconstruct the missing pixels. "
                        + "Our scalable approach allows for learning high-capacity models that generalize well: e.g., a vanilla ViT-Huge "
                        + "model achieves the best accuracy (87.8%) among methods that use only ImageNet-1K data."));
        Extraction eff = extractor.extract(Paper.of("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                "We propose a new scaling method, EfficientNet. Our EfficientNets also transfer well and achieve state-of-the-art "
                        + "accuracy on CIFAR-100 (91.7%), Flowers (98.8%), and 3 other transfer learning datasets, with an order of "
                        + "magnitude fewer parameters."));

        assertThat(mae.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("accuracy", "87.8%"));
        assertThat(eff.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().dataset())
                .contains(tuple("accuracy", "91.7%", "CIFAR-100"));
    }

    @Test
    void aGainWrittenWithItsUnitKeepsIt() {
        // a sentence of a training abstract (SLAB: Efficient Transformers with Simplified Linear Attention)
        Extraction e = extractor.extract(Paper.of("SLAB: Efficient Transformers with Simplified Linear Attention and Progressive Re-parameterized Batch Normalization",
                "We propose SLAB. For example, our SLAB-Swin obtains 83.6% top-1 accuracy on ImageNet-1K with 16.2ms latency, which is "
                        + "2.4ms less than that of Flatten-Swin with 0.1% higher accuracy."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("latency", "16.2ms", "2.4ms"));
    }

    @Test
    void aFrameRateWrittenAsASpeedIsTheValueOfTheInferenceSpeed() {
        // sentences of a training abstract (FPENet) and of the YOLOv4 abstract (2004.10934)
        Extraction fpe = extractor.extract(Paper.of("Feature Pyramid Encoding Network for Real-time Semantic Segmentation",
                "We propose FPENet. Specifically, FPENet achieves 68.0\\% mean IoU on the Cityscapes test set with only 0.4M parameters "
                        + "and 102 FPS speed on an NVIDIA TITAN V GPU."));
        Extraction yolo = extractor.extract(Paper.of("YOLOv4: Optimal Speed and Accuracy of Object Detection",
                "We present YOLOv4. We use new features and combine some of them to achieve state-of-the-art results: 43.5% AP "
                        + "(65.7% AP50) for the MS COCO dataset at a realtime speed of ~65 FPS on Tesla V100."));

        assertThat(fpe.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("inference speed", "102 FPS"), tuple("mean IoU", "68.0%"));
        assertThat(yolo.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("inference speed", "65 FPS"), tuple("AP", "43.5%"));
    }

    @Test
    void aDatasetBeforeItsTaskAndSplitNamesTheMetricAfterThem() {
        // a sentence of the BERT abstract (1810.04805)
        Extraction e = extractor.extract(Paper.of("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                "We introduce a new language representation model called BERT. It obtains new state-of-the-art results on eleven natural "
                        + "language processing tasks, including pushing the GLUE score to 80.5% (7.7% point absolute improvement), MultiNLI "
                        + "accuracy to 86.7% (4.6% absolute improvement), SQuAD v1.1 question answering Test F1 to 93.2 (1.5 point absolute "
                        + "improvement) and SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement)."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().dataset())
                .contains(tuple("F1", "93.2", "SQuAD v1.1"), tuple("accuracy", "86.7%", "MultiNLI"));
        // and a gain in points before its improvement is the delta
        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("F1", "1.5 point"), tuple("accuracy", "4.6%"));
    }

    @Test
    void aNumberJoinedToAWordByAHyphenIsNeitherGainNorValue() {
        // a common shape of results: "top-1 accuracies" is no listed metric name, so "-1" stood before "accuracies" as a gain
        Extraction e = extractor.extract(Paper.of("FooNet: Accurate Networks",
                "We propose FooNet. FooNet achieves top-1 accuracies of 78.3% and 81.2% on ImageNet and ImageNet-V2, respectively, "
                        + "while reducing FLOPs by 30%."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("accuracy", "78.3%", null), tuple("FLOPs", null, "30%"));
        // and the FLOPs claim after the datasets listed 'respectively' is not listed with them
        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().dataset())
                .contains(tuple("FLOPs", "ImageNet"));
    }

    @Test
    void aSlashPairOfValuesIsKeptAsWritten() {
        // a sentence of the RT-DETR abstract (DETRs Beat YOLOs on Real-time Object Detection, 2304.08069)
        Extraction e = extractor.extract(Paper.of("DETRs Beat YOLOs on Real-time Object Detection",
                "We propose a Real-Time DEtection TRansformer (RT-DETR). Our RT-DETR-R50 / R101 achieves 53.1% / 54.3% AP on COCO and "
                        + "108 / 74 FPS on T4 GPU, outperforming previously advanced YOLOs in both speed and accuracy."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("AP", "53.1%/54.3%"));
    }

    @Test
    void readsWidelyReportedMetricsOfPoseProteinAndCustomisationWork() {
        // result sentences in the shapes of pose-estimation, protein-structure and subject-customisation abstracts
        Extraction e = extractor.extract(Paper.of("FooPose: Lifting Poses",
                "We propose FooPose. FooPose reduces MPJPE by 3.1 mm on the Human3.6M dataset. It reaches a TM-score of 0.82 "
                        + "on CASP14 targets. Our method improves CLIP-I to 0.81 and attack success rate drops to 2%."));

        assertThat(e.with(Relation.MENTIONS)).filteredOn(st -> st.object().kind() == Kind.METRIC)
                .extracting(st -> st.object().name()).contains("MPJPE", "TM-score", "CLIP-I", "attack success rate");
        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("MPJPE", "3.1"));
    }

    @Test
    void theHardwareAResultIsMeasuredOnIsNoDataset() {
        // the RT-DETR abstract (2304.08069): "108 / 74 FPS on T4 GPU"
        Extraction e = extractor.extract(Paper.of("DETRs Beat YOLOs on Real-time Object Detection",
                "We propose a Real-Time DEtection TRansformer (RT-DETR). Our RT-DETR-R50 / R101 achieves 53.1% / 54.3% AP on COCO and "
                        + "108 / 74 FPS on T4 GPU, outperforming previously advanced YOLOs in both speed and accuracy. "
                        + "It also reaches a 2.3x speedup on A100 GPUs."));

        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("COCO");
    }

    @Test
    void aListedCamelCaseNameIsFoundWrittenApart() {
        // the LLaVA abstract (Visual Instruction Tuning, 2304.08485) writes the listed ScienceQA as "Science QA"
        Extraction e = extractor.extract(Paper.of("Visual Instruction Tuning",
                "We introduce LLaVA: Large Language and Vision Assistant, an end-to-end trained large multimodal model. "
                        + "When fine-tuned on Science QA, the synergy of LLaVA and GPT-4 achieves a new state-of-the-art accuracy of 92.53%."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().dataset())
                .contains(tuple("accuracy", "ScienceQA"));
    }

    @Test
    void readsTasksAndResultsInBracketsAfterThem() {
        // the Swin Transformer abstract (2103.14030)
        Extraction e = extractor.extract(Paper.of("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
                "This paper presents a new vision Transformer, called Swin Transformer, that capably serves as a general-purpose "
                        + "backbone for computer vision. These qualities of Swin Transformer make it compatible with a broad range of "
                        + "vision tasks, including image classification (87.3 top-1 accuracy on ImageNet-1K) and dense prediction "
                        + "tasks such as object detection (58.7 box AP and 51.1 mask AP on COCO test-dev) and semantic segmentation "
                        + "(53.5 mIoU on ADE20K val)."));

        assertThat(names(e, Relation.ADDRESSES)).contains("image classification", "object detection", "semantic segmentation")
                .doesNotContain("dense prediction");
        // and a value in brackets after what it measures is a result reached, on the dataset in its brackets
        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().dataset())
                .contains(tuple("top-1 accuracy", "87.3", "ImageNet-1K"), tuple("box AP", "58.7", "COCO test-dev"),
                        tuple("mIoU", "53.5", "ADE20K"));
    }

    @Test
    void theOpeningSubjectsTaskLeavesOutAJudgementOfTheFieldsModels() {
        // the Transformer abstract (Attention Is All You Need, 1706.03762)
        Extraction e = extractor.extract(Paper.of("Attention Is All You Need",
                "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that "
                        + "include an encoder and a decoder. We propose a new simple network architecture, the Transformer, based "
                        + "solely on attention mechanisms, dispensing with recurrence and convolutions entirely."));

        assertThat(names(e, Relation.ADDRESSES)).contains("sequence transduction").doesNotContain("dominant sequence transduction");
    }

    @Test
    void aMetricTheSentenceNamesIsNoBaseline() {
        // the CMGAN abstract (2203.15149): the PESQ reached is no baseline beaten
        Extraction e = extractor.extract(Paper.of("CMGAN: Conformer-based Metric GAN for Speech Enhancement",
                "We propose CMGAN, a conformer-based metric generative adversarial network for speech enhancement in the "
                        + "time-frequency domain. Experiments on the Voice Bank+DEMAND dataset show that CMGAN outperforms existing "
                        + "state-of-the-art methods, achieving a PESQ of 3.41 and an SSNR of 11.10 dB."));

        assertThat(names(e, Relation.OUTPERFORMS)).doesNotContain("PESQ");
        // "a conformer-based metric generative adversarial network" is a method, not a metric
        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(tuple("CMGAN", Kind.METHOD));
        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("PESQ", "3.41"));
    }

    @Test
    void aQuantitySharedWithABaselineIsNoImprovement() {
        // the SpanBERT abstract (1907.10529); and the CMGAN abstract's SSNR (2203.15149)
        Extraction e = extractor.extract(Paper.of("SpanBERT: Improving Pre-training by Representing and Predicting Spans",
                "We present SpanBERT, a pre-training method that is designed to better represent and predict spans of text. In "
                        + "particular, with the same training data and model size as BERT-large, our single model obtains 94.6% "
                        + "and 88.7% F1 on SQuAD 1.1 and 2.0 respectively."));
        Extraction cmgan = extractor.extract(Paper.of("CMGAN: Conformer-based Metric GAN for Speech Enhancement",
                "We propose CMGAN. Experiments on the Voice Bank+DEMAND dataset show that CMGAN outperforms existing "
                        + "state-of-the-art methods, achieving a PESQ of 3.41 and an SSNR of 11.10 dB."));

        assertThat(names(e, Relation.IMPROVES)).contains("F1").doesNotContain("model size");
        // a title's "Improving X" is no task
        assertThat(names(e, Relation.ADDRESSES)).noneMatch(t -> t.startsWith("improving"));
        assertThat(names(cmgan, Relation.IMPROVES)).contains("PESQ", "SSNR");
    }

    @Test
    void aMethodAppliedToADatasetIsEvaluatedOnIt() {
        // the DQN abstract (Playing Atari with Deep Reinforcement Learning, 1312.5602), with the model named
        Extraction e = extractor.extract(Paper.of("Playing Atari with Deep Reinforcement Learning",
                "We present DQN, the first deep learning model to successfully learn control policies directly from "
                        + "high-dimensional sensory input using reinforcement learning. We apply our method to seven Atari 2600 "
                        + "games from the Arcade Learning Environment, with no adjustment of the architecture or learning algorithm."));

        assertThat(pairs(e, Relation.EVALUATED_ON)).contains(tuple("DQN", "Atari 2600"), tuple("DQN", "Arcade Learning Environment"));
    }

    @Test
    void aFieldOfWorkListedAfterAComparisonIsNoMetric() {
        // the Mistral 7B abstract (2310.06825)
        Extraction e = extractor.extract(Paper.of("Mistral 7B",
                "We introduce Mistral 7B v0.1, a 7-billion-parameter language model engineered for superior performance and "
                        + "efficiency. Mistral 7B outperforms Llama 2 13B across all evaluated benchmarks, and Llama 1 34B in "
                        + "reasoning, mathematics, and code generation."));

        assertThat(names(e, Relation.IMPROVES)).doesNotContain("reasoning", "mathematics");
        assertThat(names(e, Relation.OUTPERFORMS)).contains("Llama 2 13B");
        // a listed model at one size is no member of a family built on it
        assertThat(names(e, Relation.EXTENDS)).doesNotContain("Mistral");
    }

    @Test
    void aQuantityCutByAFactorIsReportedUnderItsListedName() {
        // the BLIP-2 abstract (2301.12597)
        Extraction e = extractor.extract(Paper.of("BLIP-2: Bootstrapping Language-Image Pre-training",
                "This paper proposes BLIP-2, a generic and efficient pre-training strategy. BLIP-2 achieves state-of-the-art "
                        + "performance on various vision-language tasks, despite having significantly fewer trainable parameters than "
                        + "existing methods. For example, our model outperforms Flamingo80B by 8.7% on zero-shot VQAv2 with 54x fewer "
                        + "trainable parameters."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .containsExactly(tuple("parameter count", "54x"));
    }

    @Test
    void aMethodMarryingANamedOneBuildsOnIt() {
        // the Grounding DINO abstract (2303.05499)
        Extraction e = extractor.extract(Paper.of("Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection",
                "In this paper, we present an open-set object detector, called Grounding DINO, by marrying Transformer-based "
                        + "detector DINO with grounded pre-training, which can detect arbitrary objects with human inputs such as "
                        + "category names or referring expressions."));

        assertThat(pairs(e, Relation.EXTENDS)).contains(tuple("Grounding DINO", "DINO"));
    }

    @Test
    void readsResultsWrittenInLatexAndAModelThatScoresIsNoScoreName() {
        // arXiv abstracts keep their LaTeX; result sentences in the common shapes
        Extraction e = extractor.extract(Paper.of("FooNet: Fast Networks",
                "We propose FooNet, a fast network. FooNet achieves $84.2\\%$ top-1 accuracy on ImageNet-1K with $2.1\\times$ "
                        + "fewer FLOPs than ResNet-50. On MMLU, FooNet-7B scores 64.1, outperforming Llama-2-13B."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("top-1 accuracy", "84.2%", null), tuple("FLOPs", null, "2.1x"));
        assertThat(names(e, Relation.IMPROVES)).doesNotContain("FooNet-7B score");
    }

    @Test
    void theModelsOfANamedModelAreThatModel() {
        // a sentence of the RegNet abstract (2003.13678): the EfficientNet models are EfficientNet, not a kind of method
        Extraction e = extractor.extract(Paper.of("Designing Network Design Spaces",
                "We present a new network design paradigm. The resulting design space, which we call RegNet, consists of simple, "
                        + "regular networks. Under comparable training settings and flops, the RegNet models outperform the popular "
                        + "EfficientNet models while being up to 5x faster on GPUs."));

        assertThat(names(e, Relation.OUTPERFORMS)).containsExactly("EfficientNet");
        // "NAS methods" stay a kind, and "INT8 baselines" (a number format) are no model
        assertThat(compared("state-of-the-art NAS methods by 2%")).isEmpty();
        assertThat(compared("the fully quantized INT8 baselines")).isEmpty();
    }

    @Test
    void readsComparativesAcrossADecimalAndMoreComparedTo() {
        // sentences of the ShuffleNet (1707.01083) and MobileNetV3 (1905.02244) abstracts
        Extraction shuffle = extractor.extract(Paper.of("ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices",
                "We introduce an extremely computation-efficient CNN architecture named ShuffleNet. Experiments on ImageNet "
                        + "classification demonstrate the superior performance of ShuffleNet over other structures, e.g. lower top-1 "
                        + "error (absolute 7.8%) than recent MobileNet on ImageNet classification task."));
        Extraction mobile = extractor.extract(Paper.of("Searching for MobileNetV3",
                "We present MobileNetV3-Large and MobileNetV3-Small. MobileNetV3-Small is 6.6% more accurate compared to a "
                        + "MobileNetV2 model with comparable latency."));

        assertThat(names(shuffle, Relation.OUTPERFORMS)).containsExactly("MobileNet");
        assertThat(names(mobile, Relation.OUTPERFORMS)).containsExactly("MobileNetV2");
    }

    @Test
    void readsAKnownMethodInLowerCaseBeforeItsClassNoun() {
        // a sentence of the MaskGIT abstract (2202.04200)
        Extraction e = extractor.extract(Paper.of("MaskGIT: Masked Generative Image Transformer",
                "This paper proposes a novel image synthesis paradigm using a bidirectional transformer decoder, which we term "
                        + "MaskGIT. Experiments demonstrate that MaskGIT significantly outperforms the state-of-the-art transformer "
                        + "model on the ImageNet dataset, and accelerates autoregressive decoding by up to 64x."));

        assertThat(names(e, Relation.OUTPERFORMS)).containsExactly("Transformer");
        assertThat(compared("the widely used Adam optimizer")).containsExactly("Adam");
    }

    @Test
    void aMetricTheSentenceClaimsIsNoBaseline() {
        // the YOLOv3 abstract (1804.02767), its sentence up to the parity clause: "57.5 AP50" is a figure, not a system
        Extraction e = extractor.extract(Paper.of("YOLOv3: An Incremental Improvement",
                "We present some updates to YOLO! At 320x320 YOLOv3 runs in 22 ms at 28.2 mAP. It achieves 57.9 AP50 in 51 ms "
                        + "on a Titan X, compared to 57.5 AP50 in 198 ms by RetinaNet."));

        assertThat(names(e, Relation.OUTPERFORMS)).doesNotContain("AP50");
    }

    @Test
    void readsPreferenceAndFavourableComparisons() {
        // sentences of the GLIDE (2112.10741) abstract and the shape of TransUNet's (2102.04306) claim
        Extraction glide = extractor.extract(Paper.of("GLIDE: Towards Photorealistic Image Generation and Editing with Text-Guided Diffusion Models",
                "We explore diffusion models for the problem of text-conditional image synthesis. We find that samples from a 3.5 "
                        + "billion parameter text-conditional diffusion model using classifier-free guidance, which we call GLIDE, are "
                        + "favored by human evaluators to those from DALL-E, even when the latter uses expensive CLIP reranking."));
        Extraction unet = extractor.extract(Paper.of("TransUNet: Transformers Make Strong Encoders for Medical Image Segmentation",
                "We propose TransUNet, which merits both Transformers and U-Net, as a strong alternative for medical image "
                        + "segmentation. TransUNet achieves superior performances to U-Net and nnU-Net on multi-organ segmentation."));

        assertThat(names(glide, Relation.OUTPERFORMS)).containsExactly("DALL-E");
        assertThat(names(unet, Relation.OUTPERFORMS)).containsExactly("U-Net", "nnU-Net");
    }

    @Test
    void theMakerBeforeAComparedModelIsNoPartOfItsName() {
        // a sentence of the WizardLM abstract (2304.12244)
        Extraction e = extractor.extract(Paper.of("WizardLM: Empowering Large Language Models to Follow Complex Instructions",
                "We fine-tune LLaMA with the generated instructions and call the resulting model WizardLM. Human evaluations show "
                        + "that outputs from our WizardLM are preferred to outputs from OpenAI ChatGPT."));

        assertThat(names(e, Relation.OUTPERFORMS)).containsExactly("ChatGPT");
        assertThat(compared("Google Translate on WMT")).containsExactly("Google Translate");
    }

    @Test
    void asGoodAsTheNamesAndCheaperBeatsThem() {
        // sentences of the YOLOv3 (1804.02767) and Superposed Decoding (setF) abstracts
        Extraction yolo = extractor.extract(Paper.of("YOLOv3: An Incremental Improvement",
                "We present some updates to YOLO! At 320x320 YOLOv3 runs in 22 ms at 28.2 mAP, as accurate as SSD but three times faster."));
        Extraction superposed = extractor.extract(Paper.of("Superposed Decoding: Multiple Generations from a Single Autoregressive Inference Pass",
                "We introduce Superposed Decoding, a new decoding algorithm that generates k drafts at the computation cost of one "
                        + "autoregressive inference pass. Our experiments show that k drafts from Superposed Decoding are at least as "
                        + "coherent and factual as Nucleus Sampling and Greedy Decoding respectively, while being at least 2.44times "
                        + "faster for kge3."));

        assertThat(names(yolo, Relation.OUTPERFORMS)).containsExactly("SSD");
        assertThat(names(superposed, Relation.OUTPERFORMS)).containsExactly("Nucleus Sampling", "Greedy Decoding");
    }

    @Test
    void aComparisonFollowedByAWinBeatsWhoIsCompared() {
        // sentences of the GELU (1606.08415) and Imagen (2205.11487) abstracts: no comparison word before the names
        Extraction gelu = extractor.extract(Paper.of("Gaussian Error Linear Units (GELUs)",
                "We propose the Gaussian Error Linear Unit (GELU), a high-performing neural network activation function. We perform "
                        + "an empirical evaluation of the GELU nonlinearity against the ReLU and ELU activations and find performance "
                        + "improvements across all considered computer vision, natural language processing, and speech tasks."));
        Extraction imagen = extractor.extract(Paper.of("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding",
                "We present Imagen, a text-to-image diffusion model with an unprecedented degree of photorealism. With DrawBench, "
                        + "we compare Imagen with recent methods including VQ-GAN+CLIP, Latent Diffusion Models, and DALL-E 2, and find "
                        + "that human raters prefer Imagen over other models in side-by-side comparisons."));

        assertThat(names(gelu, Relation.OUTPERFORMS)).containsExactly("ReLU");
        assertThat(names(imagen, Relation.OUTPERFORMS)).contains("VQ-GAN+CLIP", "DALL-E 2");
    }

    @Test
    void readsARelativeReductionAroundItsMetricAndAStateOfTheArtWrittenApart() {
        // result sentences in two common shapes
        Extraction asr = extractor.extract(Paper.of("FooASR: Streaming Speech Recognition",
                "We propose FooASR, a streaming speech recognizer. Experiments on LibriSpeech and Common Voice show a 12% "
                        + "relative WER reduction over the Conformer baseline."));
        Extraction seg = extractor.extract(Paper.of("FooSeg: Real-Time Segmentation",
                "We propose FooSeg. FooSeg sets a new state of the art on Cityscapes with 84.3% mIoU."));

        assertThat(asr.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .containsExactly(tuple("WER", "12%"));
        assertThat(pairs(seg, Relation.EVALUATED_ON)).containsExactly(tuple("FooSeg", "Cityscapes"));
    }

    @Test
    void readsOurNameAtTheStartOfASentence() {
        // a sentence of the RT-DETR abstract (2304.08069) after an unnamed proposal; "Our PyTorch implementation" names no method
        Extraction e = extractor.extract(Paper.of("DETRs Beat YOLOs on Real-time Object Detection",
                "In this paper, we propose the first real-time end-to-end object detector. Our RT-DETR-R50 / R101 achieves 53.1% / 54.3% "
                        + "AP on COCO and 108 / 74 FPS on T4 GPU, outperforming previously advanced YOLOs in both speed and accuracy. "
                        + "Our PyTorch implementation is available online."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("RT-DETR-R50");
    }

    @Test
    void readsANameGivenToThisApproach() {
        // the shape of the Tree of Thoughts abstract (2305.10601), its name given in a sentence of its own
        Extraction e = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "In this paper, we propose a simple yet effective method, which generalizes over the popular approach to prompting "
                        + "language models. We call this approach Thought Tree Search."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("Thought Tree Search");
    }

    @Test
    void readsAQuotedNameAfterACueOrCalled() {
        // a sentence of the Tree of Thoughts abstract (2305.10601) without its acronym, and the same name after "termed"
        Extraction apposed = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "To surmount these challenges, we introduce a new framework for language model inference, \"Tree of Thoughts\", "
                        + "which generalizes over the popular \"Chain of Thought\" approach to prompting language models."));
        Extraction termed = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "To surmount these challenges, we propose a novel framework termed \u201cTree of Thoughts\u201d, which generalizes over "
                        + "the popular approach to prompting language models."));

        assertThat(names(apposed, Relation.PROPOSES)).containsExactly("Tree of Thoughts");
        assertThat(names(termed, Relation.PROPOSES)).containsExactly("Tree of Thoughts");
    }

    @Test
    void readsATitleCaseNameSetOffAfterOurOrTheProposedMethod() {
        // the shape of the Tree of Thoughts abstract (2305.10601), the name given only when the results are reported
        Extraction ours = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "In this paper, we propose a simple yet effective method, which generalizes over the popular approach to prompting "
                        + "language models. Our approach, Thought Tree Search, achieves state-of-the-art results."));
        Extraction proposed = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "We propose a method to generalize over the popular approach to prompting language models. The proposed method, "
                        + "ThoughtSearch, outperforms chain of thought."));

        assertThat(names(ours, Relation.PROPOSES)).containsExactly("Thought Tree Search");
        assertThat(names(proposed, Relation.PROPOSES)).containsExactly("ThoughtSearch");
    }

    @Test
    void readsTheSubjectOfAPresentPassiveCue() {
        // the passive shape common in abstracts, with the Tree of Thoughts framework (2305.10601) under another name; a sentence
        // of a SciERC abstract, where the name before "is presented" is not its subject
        Extraction bracketed = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "To address this issue, a thought search framework (ThoughtSearch) is proposed, which generalizes over the popular "
                        + "approach to prompting language models."));
        Extraction bare = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "In this paper, ThoughtSearch is proposed to generalize over the popular approach to prompting language models."));
        Extraction other = extractor.extract(Paper.of("Filtering Techniques for Parsing",
                "An empirical comparison of CFG filtering techniques for LTAG and HPSG is presented."));

        assertThat(names(bracketed, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(bare, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(other, Relation.PROPOSES)).doesNotContain("HPSG", "LTAG");
    }

    @Test
    void aCapitalisedNamedStartsAName() {
        // a sentence of a SciERC abstract: "Named" is the first word of "Named Entity", not "named X"
        Extraction e = extractor.extract(Paper.of("Bootstrapping for Named Entity Tagging",
                "A novel bootstrapping approach to Named Entity (NE) tagging using concept-based seeds and successive learners is presented."));

        assertThat(names(e, Relation.PROPOSES)).doesNotContain("Entity");
    }

    @Test
    void anAcronymForAListedTaskOrAfterAPurposeClauseIsNoProposal() {
        // a sentence of a SciERC abstract, and the shape of NER papers; a defined paradigm after "for" still names the proposal
        // (Cross-Modality Video Coding, from a training abstract)
        Extraction purpose = extractor.extract(Paper.of("Interference Compensation",
                "In this paper, we propose a novel algorithm to detect/compensate on-line interference effects when integrating Global "
                        + "Navigation Satellite System (GNSS) and Inertial Navigation System (INS)."));
        Extraction task = extractor.extract(Paper.of("Tagging Tweets",
                "We propose a novel framework for Named Entity Recognition (NER) in tweets."));
        Extraction paradigm = extractor.extract(Paper.of("When Video Coding Meets Multimodal Large Language Models",
                "Herein, we introduce a unified paradigm for Cross-Modality Video Coding (CMVC), which is a pioneering approach to "
                        + "explore multimodality representation and video generative models in video coding."));

        assertThat(names(purpose, Relation.PROPOSES)).doesNotContain("GNSS", "INS");
        assertThat(names(task, Relation.PROPOSES)).doesNotContain("NER");
        assertThat(names(paradigm, Relation.PROPOSES)).contains("CMVC");
    }

    @Test
    void readsANameRightAfterTheDescribedProposalsHead() {
        // the shape of many abstracts, here with the Tree of Thoughts framework (2305.10601) under another name; a sentence of a
        // SciERC abstract ("a Korean-to-English machine translation system CCLINC")
        Extraction framework = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "In this paper, we propose a novel framework ThoughtSearch that generalizes over the popular approach to prompting "
                        + "language models."));
        Extraction system = extractor.extract(Paper.of("Machine Translation at Lincoln Laboratory",
                "At MIT Lincoln Laboratory, we have been developing a Korean-to-English machine translation system CCLINC (Common "
                        + "Coalition Language System at Lincoln Laboratory)."));

        assertThat(names(framework, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(system, Relation.PROPOSES)).containsExactly("CCLINC");
    }

    @Test
    void anAcronymBeforeTheHeadOfASetOffNameIsItsKind() {
        // a sentence of the ViLT abstract (2102.03334): "VLP" is the kind of model, ViLT its name
        Extraction e = extractor.extract(Paper.of("ViLT: Vision-and-Language Transformer Without Convolution or Region Supervision",
                "In this paper, we present a minimal VLP model, Vision-and-Language Transformer (ViLT), monolithic in the sense that "
                        + "the processing of visual inputs is drastically simplified."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(tuple("ViLT", List.of("Vision-and-Language Transformer")));
        // a name set off without a title name keeps its long form as name and its acronym as alias
        Extraction untitled = extractor.extract(Paper.of("Transformers Without Convolution or Region Supervision",
                "In this paper, we present a minimal VLP model, Vision-and-Language Transformer (ViLT), monolithic in the sense that "
                        + "the processing of visual inputs is drastically simplified."));
        assertThat(untitled.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().aliases())
                .containsExactly(tuple("Vision-and-Language Transformer", List.of("ViLT")));
    }

    @Test
    void readsANameAfterWhichWeReferToAs() {
        // the shape of the Tree of Thoughts abstract (2305.10601) under another name; a bracketed term for what the paper
        // studies is no proposal (a sentence of a training abstract: "unactivated layers (which we refer to as Voids)")
        Extraction e = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "This paper presents a method to generalize over the popular approach to prompting language models. The method, "
                        + "which we refer to as ThoughtSearch, outperforms chain of thought."));
        Extraction term = extractor.extract(Paper.of("Void in Language Models",
                "We investigate this question by detecting unactivated layers (which we refer to as Voids) using a non-trainable and "
                        + "parameter-free adaptive computation method."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(term, Relation.PROPOSES)).doesNotContain("Voids");
    }

    @Test
    void readsANameSetOffBeforeOurMethodOrAfterOurSolution() {
        // the shape of the Tree of Thoughts abstract (2305.10601) under another name
        Extraction before = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "We propose a method to generalize over the popular approach to prompting language models. ThoughtSearch, our proposed "
                        + "method, outperforms chain of thought."));
        Extraction solution = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "Large language models struggle with search. Our solution, ThoughtSearch, generalizes over the popular approach to "
                        + "prompting language models."));

        assertThat(names(before, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(solution, Relation.PROPOSES)).containsExactly("ThoughtSearch");
    }

    @Test
    void aNameSetOffAsPreviousWorkIsNoProposal() {
        // the shape of the Tree of Thoughts abstract (2305.10601) under another name, with a baseline described in apposition
        Extraction e = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "We propose ThoughtSearch to generalize over the popular approach to prompting language models. ThoughtSearch "
                        + "outperforms chain of thought, while GraphPrompt, the strongest previous method, does not."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("ThoughtSearch");
    }

    @Test
    void readsANewThingASentenceOpensOnOrAWorkResultsIn() {
        // the shape of the Tree of Thoughts abstract (2305.10601) under another name
        Extraction opens = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "ThoughtSearch is a novel framework that generalizes over the popular approach to prompting language models. "
                        + "Experiments show ThoughtSearch significantly enhances problem-solving abilities."));
        Extraction results = extractor.extract(Paper.of("Deliberate Problem Solving with Large Language Models",
                "In this work, we explore tree search for prompting, resulting in ThoughtSearch, a tree-based prompting strategy."));

        assertThat(names(opens, Relation.PROPOSES)).containsExactly("ThoughtSearch");
        assertThat(names(results, Relation.PROPOSES)).containsExactly("ThoughtSearch");
    }

    @Test
    void anAdjectiveMadeFromANameIsNoProposalName() {
        // a sentence of a SciERC abstract: "Bayesian" describes the framework, which has no name
        Extraction e = extractor.extract(Paper.of("Image Registration with Learned Priors",
                "In this paper, we will develop a Bayesian framework that allows to impose statistically learned prior knowledge about "
                        + "the joint intensity distribution into image registration methods."));

        assertThat(names(e, Relation.PROPOSES)).doesNotContain("Bayesian");
    }

    @Test
    void aModifierMadeFromANameIsNoProposalName() {
        // sentences of a SciERC abstract (diagram parse graphs): "LSTM-based" and "DPG-based" describe the method's means
        Extraction e = extractor.extract(Paper.of("A Diagram Is Worth A Dozen Images",
                "We introduce Diagram Parse Graphs (DPG) as our representation to model the structure of diagrams. We devise an "
                        + "LSTM-based method for syntactic parsing of diagrams and introduce a DPG-based attention model for diagram "
                        + "question answering."));

        assertThat(names(e, Relation.PROPOSES)).doesNotContain("LSTM-based", "DPG-based");
    }

    @Test
    void anAcronymTheWorkIsBasedOnIsNoProposal() {
        // a sentence of a SciERC abstract: the models the work is built on are not its own
        Extraction e = extractor.extract(Paper.of("A Cooperative Model for Dialogue Understanding",
                "We build this based on both Finite State Model (FSM) and Statistical Learning Model (SLM)."));

        assertThat(names(e, Relation.PROPOSES)).doesNotContain("FSM", "SLM");
    }

    @Test
    void readsALowerCaseVersionedNameSetOffAfterTheCue() {
        // a sentence of the phi-1 abstract (Textbooks Are All You Need, 2306.11644); the title's subject is then no proposal
        Extraction e = extractor.extract(Paper.of("Textbooks Are All You Need",
                "We introduce phi-1, a new large language model for code, with significantly smaller size than competing models: "
                        + "phi-1 is a Transformer-based model with 1.3B parameters, trained for 4 days on 8 A100s."));

        assertThat(names(e, Relation.PROPOSES)).containsExactly("phi-1");
    }

    @Test
    void readsAFineTunedVariantCalledWithItsVersionAndSuffix() {
        // the Llama 2 abstract (2307.09288)
        Extraction e = extractor.extract(Paper.of("Llama 2: Open Foundation and Fine-Tuned Chat Models",
                "In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models "
                        + "(LLMs) ranging in scale from 7 billion to 70 billion parameters. Our fine-tuned LLMs, called Llama 2-Chat, "
                        + "are optimized for dialogue use cases."));

        assertThat(names(e, Relation.PROPOSES)).contains("Llama 2", "Llama 2-Chat");
    }

    @Test
    void readsATitleCaseNameAfterOurNovel() {
        // the RetinaNet abstract (Focal Loss for Dense Object Detection, 1708.02002)
        Extraction e = extractor.extract(Paper.of("Focal Loss for Dense Object Detection",
                "We propose to address this class imbalance by reshaping the standard cross entropy loss such that it down-weights "
                        + "the loss assigned to well-classified examples. Our novel Focal Loss focuses training on a sparse set of hard "
                        + "examples. To evaluate the effectiveness of our loss, we design and train a simple dense detector we call RetinaNet."));

        assertThat(names(e, Relation.PROPOSES)).contains("Focal Loss", "RetinaNet");
    }

    @Test
    void aTitleListOfActivitiesIsATaskEachButModifiersOfOneHeadAreNot() {
        // the BART and UniRepLKNet titles (1910.13461, 2311.15599)
        Extraction bart = extractor.extract(Paper.of(
                "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension",
                "We present BART, a denoising autoencoder for pretraining sequence-to-sequence models."));
        Extraction rep = extractor.extract(Paper.of(
                "UniRepLKNet: A Universal Perception Large-Kernel ConvNet for Audio, Video, Point Cloud, Time-Series and Image Recognition",
                "We propose UniRepLKNet, a large-kernel ConvNet."));

        assertThat(names(bart, Relation.ADDRESSES)).contains("natural language generation", "translation", "comprehension");
        assertThat(names(rep, Relation.ADDRESSES)).doesNotContain("audio", "video");
    }

    @Test
    void aWrittenVersionIsPartOfADatasetsName() {
        // an evaluation sentence in a common shape
        Extraction e = extractor.extract(Paper.of("FooDet: Detection",
                "We propose FooDet. Extensive experiments on the MS COCO and LVIS v1.0 benchmarks demonstrate its effectiveness."));

        assertThat(names(e, Relation.EVALUATED_ON)).containsExactly("MS COCO", "LVIS v1.0");
    }

    @Test
    void ideasTakenFromNamedMethodsAreBases() {
        // sentences of the Unicoder-VL (1908.06066, setF) and Entropic Student (2203.02506, heldout30) abstracts
        Extraction unicoder = extractor.extract(Paper.of("Unicoder-VL: A Universal Encoder for Vision and Language by Cross-modal Pre-training",
                "We propose Unicoder-VL, a universal encoder that aims to learn joint representations of vision and language in a "
                        + "pre-training manner. Borrow ideas from cross-lingual pre-trained models, such as XLM and Unicoder, both visual "
                        + "and linguistic contents are fed into a multi-layer Transformer for the cross-modal pre-training."));
        Extraction student = extractor.extract(Paper.of("Supervised Compression for Resource-Constrained Edge Computing Systems",
                "This paper adopts ideas from knowledge distillation and neural image compression to compress intermediate feature "
                        + "representations more efficiently. Our supervised compression approach uses a teacher model and a student model "
                        + "with a stochastic bottleneck and learnable prior for entropy coding (Entropic Student)."));

        // the XLNet abstract (1906.08237): the listed Transformer inside Transformer-XL is no base of its own
        Extraction xlnet = extractor.extract(Paper.of("XLNet: Generalized Autoregressive Pretraining for Language Understanding",
                "We propose XLNet, a generalized autoregressive pretraining method. Furthermore, XLNet integrates ideas from "
                        + "Transformer-XL, the state-of-the-art autoregressive model, into pretraining."));
        assertThat(names(xlnet, Relation.EXTENDS)).containsExactly("Transformer-XL");
        assertThat(names(unicoder, Relation.EXTENDS)).contains("XLM", "Unicoder");
        assertThat(names(student, Relation.EXTENDS)).contains("knowledge distillation");
    }

    @Test
    void aModelFineTunedFromANamedOneBuildsOnIt() {
        // the Stanford Alpaca and Vicuna announcements (2023)
        Extraction alpaca = extractor.extract(Paper.of("Alpaca: A Strong, Replicable Instruction-Following Model",
                "We introduce Alpaca 7B, a model fine-tuned from the LLaMA 7B model on 52K instruction-following demonstrations."));
        Extraction vicuna = extractor.extract(Paper.of("Vicuna: An Open-Source Chatbot",
                "We introduce Vicuna-13B, an open-source chatbot trained by fine-tuning LLaMA on user-shared conversations collected "
                        + "from ShareGPT."));

        assertThat(names(alpaca, Relation.EXTENDS)).containsExactly("LLaMA 7B");
        assertThat(names(vicuna, Relation.EXTENDS)).containsExactly("LLaMA");
    }

    @Test
    void whatTheMethodPutsIntoANamedModelIsBuiltOnIt() {
        // sentences of the RaftMLP abstract (2108.04384, setC), said before the method is named
        Extraction raft = extractor.extract(Paper.of("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?",
                "In particular, MLP-Mixer is a simple architecture designed using MLPs and hit an accuracy comparable to the Vision "
                        + "Transformer. This leaves open the possibility of incorporating a non-convolutional (or non-local) inductive bias "
                        + "into the architecture, so we used two simple ideas to incorporate inductive bias into the MLP-Mixer while taking "
                        + "advantage of its ability to capture global correlations. The small model that is RaftMLP-S is comparable to the "
                        + "state-of-the-art global MLP-based model in terms of parameters and efficiency per calculation."));

        // sentences of the MetaFormer abstract (2111.11418, setE): "we replace ... in Transformers with ..." before PoolFormer is named
        Extraction pool = extractor.extract(Paper.of("MetaFormer Is Actually What You Need for Vision",
                "Transformers have shown great potential in computer vision tasks. To verify this, we deliberately replace the "
                        + "attention module in Transformers with an embarrassingly simple spatial pooling operator to conduct only basic "
                        + "token mixing. Surprisingly, we observe that the derived model, termed as PoolFormer, achieves competitive "
                        + "performance on multiple computer vision tasks."));
        assertThat(names(pool, Relation.EXTENDS)).contains("Transformer");
        // the CoNeTTE abstract (2309.00454, heldout30): "the use of a ConvNeXt architecture as audio encoder", before CNext-trans is named
        Extraction conette = extractor.extract(Paper.of("CoNeTTE: An efficient Audio Captioning system leveraging multiple datasets with Task Embedding",
                "In this work, we describe our model, which novelty, compared to existing models, lies in the use of a ConvNeXt "
                        + "architecture as audio encoder, adapted from the vision domain to audio classification. This model, called "
                        + "CNext-trans, achieved state-of-the-art scores on the AudioCaps (AC) dataset."));
        assertThat(names(conette, Relation.EXTENDS)).contains("ConvNeXt");
        assertThat(names(raft, Relation.EXTENDS)).contains("MLP-Mixer");
    }

    @Test
    void aMethodUnifyingNamedOnesBuildsOnThem() {
        // the SegFormer abstract (2105.15203)
        Extraction segformer = extractor.extract(Paper.of("SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
                "We present SegFormer, a simple, efficient yet powerful semantic segmentation framework which unifies Transformers "
                        + "with lightweight multilayer perceptron (MLP) decoders."));

        assertThat(names(segformer, Relation.EXTENDS)).contains("Transformer");
    }

    @Test
    void findsSecondaryProposalsNamedAfterTheMainOne() {
        // sentences from the mmMamba, MatFormer and HyperZ·Z·W abstracts
        Extraction variants = extractor.extract(Paper.of("Multimodal Mamba: Decoder-only Multimodal State Space Model",
                "We propose mmMamba, a framework for developing linear-complexity native multimodal state space models. "
                        + "Distilled from HoVLE, mmMamba-linear achieves competitive performance against existing VLMs, while "
                        + "mmMamba-hybrid further improves performance significantly. The mmMamba-based models are released."));
        Extraction acronym = extractor.extract(Paper.of("MatFormer: Nested Transformer for Elastic Inference",
                "We introduce MatFormer, a nested Transformer architecture. We find that a 2.6B decoder-only MatFormer "
                        + "language model (MatLM) allows us to extract smaller models."));
        Extraction twoCues = extractor.extract(Paper.of("HyperZ.Z.W Operator Connects Slow-Fast Networks",
                "To get context-varying weights, we propose a HyperZ operator that connects hyper-kernels (W) and hidden "
                        + "activations (Z), followed by convolution of Z using the context-dependent W. Based on this design, we "
                        + "present a novel Terminator architecture that integrates hyper-kernels of different sizes."));

        assertThat(names(variants, Relation.PROPOSES)).contains("mmMamba", "mmMamba-linear", "mmMamba-hybrid")
                .doesNotContain("mmMamba-based");
        assertThat(names(acronym, Relation.PROPOSES)).contains("MatFormer", "MatLM");
        assertThat(names(twoCues, Relation.PROPOSES)).contains("HyperZ", "Terminator");
    }

    @Test
    void findsLowerCaseNamesOfOurOwnParts() {
        // sentences from the QLAE and BossNAS abstracts
        Extraction qlae = extractor.extract(Paper.of("Disentanglement via Latent Quantization",
                "In particular, our quantized-latent autoencoder (QLAE) consistently outperforms strong methods from prior work. "
                        + "Our masked image modeling (MIM) approach is simple."));
        Extraction boss = extractor.extract(Paper.of("BossNAS: Exploring Hybrid CNN-transformers with Block-wisely Self-supervised "
                + "Neural Architecture Search", "We propose BossNAS. More specifically, we factorize the search space into blocks and "
                + "utilize a novel self-supervised training scheme, named ensemble bootstrapping, to train each block separately."));

        assertThat(names(qlae, Relation.PROPOSES)).contains("QLAE").doesNotContain("MIM");
        assertThat(names(boss, Relation.PROPOSES)).contains("BossNAS", "ensemble bootstrapping");
    }

    @Test
    void keepsTheWholeNameAfterAShapedFirstWordAndReadsQuotedNames() {
        // sentences from the ENEL and controllable multi-task abstracts
        Extraction enel = extractor.extract(Paper.of("Exploring the Potential of Encoder-free Architectures in 3D LMMs",
                "We present ENEL, the first Encoder-free 3D LMM. 1) We propose the LLM-embedded Semantic Encoding strategy in "
                        + "the pre-training stage."));
        Extraction quoted = extractor.extract(Paper.of("Efficient Controllable Multi-Task Architectures",
                "We aim to train a multi-task model such that users can adjust the desired compute budget. Our training strategy "
                        + "involves a novel 'Configuration-Invariant Knowledge Distillation' loss that enforces backbone "
                        + "representations to be invariant under different runtime width configurations."));

        assertThat(names(enel, Relation.PROPOSES)).contains("ENEL", "LLM-embedded Semantic Encoding").doesNotContain("LLM-embedded");
        assertThat(names(quoted, Relation.PROPOSES)).contains("Configuration-Invariant Knowledge Distillation");
    }

    @Test
    void findsANameInBracketsAfterAProposalCoordinatedWithAnotherVerbOfOurs() {
        // a sentence from the audio-to-video generation abstract
        Extraction e = extractor.extract(Paper.of("Diverse and Aligned Audio-to-Video Generation via Text-to-Video Model Adaptation",
                "We validate our method extensively on three datasets demonstrating significant semantic diversity of audio-video "
                        + "samples and further propose a novel evaluation metric (AV-Align) to assess the alignment of generated videos."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .contains(tuple("AV-Align", Kind.METRIC));
    }

    @Test
    void readsQualitiesListedAfterAComparisonWithTheirValues() {
        // sentences from the VFN and Video-Panda abstracts
        Extraction e = extractor.extract(Paper.of("Video-Panda: Parameter-efficient Alignment for Encoder-free Video-Language Models",
                "We present Video-Panda. In protein diffusion, Video-Panda exhibits an impressive performance advantage over IPA, "
                        + "excelling in terms of both designability (67.04% vs. 53.58%) and diversity (66.54% vs. 51.98%). "
                        + "The evaluation demonstrates our model's effectiveness, outperforming Video-ChatGPT and Video-LLaVA in key "
                        + "aspects like correctness and temporal understanding. Video-Panda outperforms Mamba both in pretraining and "
                        + "downstream evaluation. It also outperforms DETR on COCO and LVIS. We show that Video-Panda outperforms "
                        + "the alternative of training the system on questions and news articles from TREC."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .contains(tuple("designability", "67.04%"), tuple("diversity", "66.54%"),
                        tuple("correctness", null), tuple("temporal understanding", null));
        assertThat(names(e, Relation.IMPROVES)).doesNotContain("pretraining", "downstream evaluation", "COCO", "LVIS", "questions",
                "news articles");
    }

    @Test
    void addressesAWellKnownTaskTheEvaluationNamesButNotOneOfTheBackground() {
        // sentences from the Gated Linear Attention abstract; "machine translation" added as background
        Extraction e = extractor.extract(Paper.of("Gated Linear Attention Transformers with Hardware-Efficient Training",
                "Transformers with linear attention, first used for machine translation, allow for efficient parallel training. "
                        + "We develop a hardware-efficient version of the parallel form. Experiments on moderate-scale language "
                        + "modeling (340M-parameter models trained on 15B tokens) show that gated linear attention (GLA) "
                        + "Transformers perform competitively against a strong LLaMA-architecture Transformer baseline."));

        assertThat(e.with(Relation.ADDRESSES)).extracting(st -> st.object().name()).contains("language modeling")
                .doesNotContain("machine translation");
    }

    @Test
    void readsUnlistedNamesListedBeforeBenchmarksAndDatasetsAGeneralisationReaches() {
        // sentences from the GTrans and sharpDARTS abstracts ("IWLST" is the abstract's misspelling, in no gazetteer)
        Extraction e = extractor.extract(Paper.of("GTrans: Grouping and Fusing Transformer Layers for Neural Machine Translation",
                "We propose GTrans. Extensive experiments are conducted on three bilingual translation benchmarks and two multilingual "
                        + "translation tasks, including the IWLST-14, IWLST-17, LDC, WMT-14 and OPUS-100 benchmarks. "
                        + "This model also generalizes competitively to ImageNet at 25.1% top-1 (7.8% top-5) error."));

        assertThat(names(e, Relation.EVALUATED_ON)).contains("IWLST-14", "IWLST-17", "LDC", "WMT14", "OPUS-100", "ImageNet");
    }

    @Test
    void readsDatasetsAfterOnBothAndReportsListedNamesUnderTheirListedForm() {
        // sentences from the summarization and UL2 abstracts
        Extraction e = extractor.extract(Paper.of("Pretraining-Based Natural Language Generation for Text Summarization",
                "We propose a novel pretraining-based encoder-decoder framework. Experimental results show that our model "
                        + "achieves new state-of-the-art on both CNN/Daily Mail and New York Times datasets. Finally, we apply "
                        + "FLAN instruction tuning to our model, achieving MMLU and Big-Bench scores competitive to FLAN-PaLM 62B."));

        assertThat(names(e, Relation.EVALUATED_ON)).contains("New York Times", "BIG-Bench");
    }

    @Test
    void readsAnUnlistedQuantityChangedByAStatedAmount() {
        // sentences from the Uni-Encoder abstract and one about model quality
        Extraction e = extractor.extract(Paper.of("Uni-Encoder: A Fast and Accurate Response Selection Paradigm",
                "We propose Uni-Encoder. For instance, it improves R10@1 by 2.9% with an approximately 4X faster inference speed "
                        + "on the Ubuntu V2 dataset. Our approach improves the model quality by up to 2% in vision models."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("R10@1", "2.9%"));
        assertThat(names(e, Relation.IMPROVES)).doesNotContain("model quality");
    }

    @Test
    void takesTheFirstOfSeveralValuesListedBeforeAMetric() {
        // a sentence from the Squeezeformer abstract: the first value goes with the first (here the only) dataset
        Extraction e = extractor.extract(Paper.of("Squeezeformer: An Efficient Transformer for Automatic Speech Recognition",
                "We propose Squeezeformer. Squeezeformer achieves state-of-the-art results of 7.5%, 6.5%, and 6.0% word-error-rate "
                        + "(WER) on LibriSpeech test-other without external language models."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value())
                .containsExactly(tuple("word-error-rate", "7.5%"));
    }

    @Test
    void readsABaseThePartsOfTheProposalComeFrom() {
        // a sentence from the CodeT5-Authorship abstract
        Extraction e = extractor.extract(Paper.of("I Know Which LLM Wrote Your Code Last Summer",
                "We released CodeT5-Authorship, a novel model that uses only the encoder layers from the original CodeT5 "
                        + "encoder-decoder architecture, discarding the decoder to focus on classification."));

        assertThat(pairs(e, Relation.EXTENDS)).contains(tuple("CodeT5-Authorship", "CodeT5"));
    }

    @Test
    void givesAClaimToTheProposalItsOwnClauseNames() {
        // sentences from the mmMamba and PAT abstracts
        Extraction e = extractor.extract(Paper.of("Multimodal Mamba: Decoder-only Multimodal State Space Model",
                "We propose mmMamba, a framework for developing linear-complexity native multimodal state space models. At 103K "
                        + "tokens, mmMamba-linear demonstrates 20.6times speedup and 75.8% GPU memory reduction compared to HoVLE, "
                        + "while mmMamba-hybrid achieves 13.5times speedup and 60.2% memory savings. For example, our Llama2-7b "
                        + "model with a 25% pruning ratio achieves 1.33times speedup."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.subject().name(), st -> st.measure().delta())
                .contains(tuple("mmMamba-linear", "20.6x"), tuple("mmMamba-hybrid", "13.5x"));
        assertThat(names(e, Relation.PROPOSES)).doesNotContain("Llama2-7b");
    }

    @Test
    void endsATitleTaskAtATitleCasedPrepositionAndKeepsItsAcronyms() {
        Extraction e = extractor.extract(Paper.of("Boosting CTC-Based ASR Using LLM-Based Intermediate Loss Regularization",
                "We propose a novel training method. Experiments on LibriSpeech show word error rate reductions."));

        assertThat(e.with(Relation.ADDRESSES)).extracting(st -> st.object().name()).contains("CTC-based ASR");
    }

    @Test
    void takesNoTitlePhraseThatIsOnlyAnArticlePraiseAndAHead() {
        Extraction e = extractor.extract(Paper.of("A Benchmark for Image Classification Using Noisy Labels", "We present NoisyBench."));

        assertThat(e.with(Relation.PROPOSES)).extracting(st -> st.object().name(), st -> st.object().kind())
                .containsExactly(tuple("NoisyBench", Kind.DATASET));
    }

    @Test
    void readsNoTaskFromPerformanceOrBothBeforeTheActivity() {
        // sentences from a SciERC abstract (KAZE features) and the LayerMerge abstract
        Extraction kaze = extractor.extract(Paper.of("KAZE Features",
                "In this paper, we introduce KAZE features, a novel multiscale 2D feature detection and description algorithm. "
                        + "Our results reveal a step forward in performance both in detection and description against previous methods."));
        Extraction merge = extractor.extract(Paper.of("LayerMerge: Neural Network Depth Compression through Layer Pruning and Merging",
                "We propose LayerMerge. Empirical results demonstrate that our method consistently outperforms existing depth "
                        + "compression methods on various network architectures, both on image classification and generation tasks."));

        assertThat(kaze.with(Relation.ADDRESSES)).extracting(st -> st.object().name()).noneMatch(t -> t.contains("performance"));
        assertThat(merge.with(Relation.ADDRESSES)).extracting(st -> st.object().name()).contains("image classification", "image generation");
    }

    @Test
    void readsNoUnlistedQuantityInASentenceThatDescribesTheDesign() {
        // sentences from the LayerSkip abstract: the first describes the recipe, the second reports a result
        Extraction e = extractor.extract(Paper.of("LayerSkip: Enabling Early Exit Inference and Self-Speculative Decoding",
                "We present LayerSkip, an end-to-end solution to speed-up inference of large language models. First, during "
                        + "training we apply layer dropout, with low dropout rates for earlier layers and higher dropout rates for "
                        + "later layers. A token masking strategy is also utilized to reduce the distilling costs. "
                        + "Experiments show that LayerSkip has lower memory footprint than other approaches."));

        assertThat(names(e, Relation.IMPROVES)).doesNotContain("dropout rate", "dropout rates", "distilling cost", "distilling costs")
                .contains("memory footprint");
    }

    @Test
    void readsQuantitiesStatedAsChangedSavedOrScored() {
        // sentences from the controllable multi-task, customer-embedding, QLAE, S2LIC and MosaicBERT abstracts
        Extraction e = extractor.extract(Paper.of("X: Y",
                "We propose X. For example, our method shows a higher controllability by ~33.5% in the NYUD-v2 dataset over prior "
                        + "methods. X saves up to 45% of development time. Latent quantization dramatically improves the modularity "
                        + "and explicitness of learned representations. Experimental results demonstrate that X achieves faster "
                        + "encoding and decoding speeds. This base model achieves a downstream average GLUE (dev) score of 79.6 in "
                        + "1.13 hours."));

        assertThat(e.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().value(), st -> st.measure().delta())
                .contains(tuple("controllability", null, "33.5%"), tuple("development time", null, "45%"), tuple("modularity", null, null),
                        tuple("explicitness", null, null), tuple("encoding speed", null, null), tuple("decoding speed", null, null),
                        tuple("GLUE score", "79.6", null));
    }

    @Test
    void takesTheSubjectOfAClaimingTitleWhenNothingIsNamed() {
        Extraction noise = extractor.extract(Paper.of("Adding Gradient Noise Improves Learning for Very Deep Networks",
                "We explore the low-overhead and easy-to-implement optimization technique of adding annealed Gaussian noise to the "
                        + "gradient, which we find surprisingly effective when training these very deep architectures."));
        Extraction transcoders = extractor.extract(Paper.of("Transcoders Find Interpretable LLM Feature Circuits",
                "A key goal in mechanistic interpretability is circuit analysis. Experiments on GPT2-small show that it works."));
        Extraction question = extractor.extract(Paper.of("Attention is All You Need? Good Embeddings with Statistics are enough",
                "We study whether attention is needed."));

        assertThat(names(noise, Relation.PROPOSES)).containsExactly("gradient noise");
        assertThat(names(transcoders, Relation.PROPOSES)).containsExactly("transcoders");
        assertThat(names(question, Relation.PROPOSES)).doesNotContain("attention");
    }

    @Test
    void reportsAListedMetricUnderOneLabelHoweverItIsHyphenated() {
        Extraction spaced = extractor.extract(Paper.of("HNeRV: A Hybrid Neural Representation for Videos",
                "We propose HNeRV. HNeRV achieves a 16x speed up in decoding compared with the baseline, and a higher Speed-Up "
                        + "in training than NeRV."));

        assertThat(spaced.with(Relation.IMPROVES)).extracting(st -> st.object().name(), st -> st.measure().delta())
                .contains(tuple("decoding speed", "16x"));
        assertThat(names(spaced, Relation.IMPROVES)).doesNotContain("speed up", "Speed-Up");
    }

    private static List<String> compared(String text) {
        return ComparedNames.at(text, 0).stream().map(ComparedNames.Name::text).toList();
    }

    private static List<String> names(Extraction e, Relation relation) {
        return e.with(relation).stream().map(s -> s.object().name()).toList();
    }

    private static List<org.assertj.core.groups.Tuple> pairs(Extraction e, Relation relation) {
        return e.with(relation).stream().map(s -> tuple(s.subject().name(), s.object().name())).toList();
    }
}
