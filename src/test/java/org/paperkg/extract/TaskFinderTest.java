package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
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

    /** Every task the paper mentions, beyond the three it addresses. */
    private static List<String> mentioned(Extraction e) {
        return e.with(Relation.MENTIONS).stream().filter(st -> st.object().kind() == Kind.TASK).map(st -> st.object().name()).toList();
    }

    @Test
    void aTitlesTaskAfterForEndsBeforeWith() {
        // the PagedAttention / vLLM title (2309.06180) and its proposal sentence
        Extraction e = extractor.extract(Paper.of("Efficient Memory Management for Large Language Model Serving with PagedAttention",
                "To address this problem, we propose PagedAttention, an attention algorithm inspired by the classical virtual memory "
                        + "and paging techniques in operating systems."));

        assertThat(tasks(e)).contains("large language model serving").noneMatch(t -> t.contains("PagedAttention"));
    }

    @Test
    void aTitleGerundKeepsItsParticle() {
        // the Swin Transformer V2 title (2111.09883): "Scaling Up" is one verb, and what it scales is no task
        Extraction e = extractor.extract(Paper.of("Swin Transformer V2: Scaling Up Capacity and Resolution",
                "In this paper, we explore large-scale models in computer vision."));

        assertThat(tasks(e)).noneMatch(t -> t.startsWith("up "));
    }

    @Test
    void aTitleDescriptionEndsBeforeWithout() {
        // the DINOv2 title (2304.07193): what is done without is no task
        Extraction e = extractor.extract(Paper.of("DINOv2: Learning Robust Visual Features without Supervision",
                "This work shows that existing pretraining methods, especially self-supervised methods, can produce such features "
                        + "if trained on enough curated data from diverse sources."));

        assertThat(tasks(e)).noneMatch(t -> t.contains("without"));
    }

    @Test
    void aTitlesMultiWordMeansBeforeBasedGoes() {
        // the nnU-Net title (1809.10486) and a sentence of its abstract
        Extraction e = extractor.extract(Paper.of("nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation",
                "We developed nnU-Net, a deep learning-based segmentation method that automatically configures itself, including "
                        + "preprocessing, network architecture, training and post-processing for any new task."));

        assertThat(tasks(e)).contains("biomedical image segmentation").noneMatch(t -> t.contains("based"));
    }

    @Test
    void theFieldsTaskListRanksAfterThePapersOwnTasks() {
        // a background list of four tasks before the paper's own list (a common shape; the first sentence is the Adding
        // Gradient Noise abstract's, 1511.06807): the three tasks kept are the paper's
        Extraction e = extractor.extract(Paper.of("Noisy Training of Memory Networks",
                "Recently, more complex architectures such as Neural Turing Machines and Memory Networks have been proposed for "
                        + "tasks including question answering, program induction, algorithm learning and general computation. "
                        + "We propose NoiseNet and evaluate it on tasks including associative recall, priority sort and "
                        + "sequence copying."));

        assertThat(tasks(e)).containsExactlyInAnyOrder("associative recall", "priority sort", "sequence copying");
    }

    @Test
    void aTaskStartingWithAPrepositionsLettersIsKept() {
        // a sentence of the UL2 abstract (2205.05131): "in-context" is not the preposition "in"
        Extraction e = extractor.extract(Paper.of("UL2: Unifying Language Learning Paradigms",
                "We present UL2, a unified framework for pre-training models. Our model also achieve strong results at in-context "
                        + "learning, outperforming 175B GPT-3 on zero-shot SuperGLUE and tripling the performance of T5-XXL on one-shot "
                        + "summarization."));

        assertThat(mentioned(e)).contains("in-context learning");
    }

    @Test
    void anOpeningSubjectNamingTheFieldsMethodsForATaskGivesTheTask() {
        // a TDMSci sentence (Hou et al., 2021) as an abstract's first sentence
        Extraction e = extractor.extract(Paper.of("Name Matching across Scripts",
                "Methods for name matching, an important component to support downstream tasks such as entity linking and entity "
                        + "clustering, have focused on alphabetic languages, primarily English."));

        assertThat(mentioned(e)).contains("name matching").doesNotContain("methods for name matching");
    }

    @Test
    void whichOneOfSeveralIsNoTask() {
        // TDMSci sentences (Hou et al., 2021)
        Extraction e = extractor.extract(Paper.of("Question Classification and Translation",
                "As the second evaluation task, we apply our new method described in this paper to the 2011 IWSLT Chinese-to-English "
                        + "machine translation benchmark. One popular application of social media data is health surveillance."));

        assertThat(mentioned(e)).noneMatch(t -> t.startsWith("second") || t.startsWith("one "));
    }

    @Test
    void aColonInsideANameDoesNotEndTheTitlesTask() {
        // a title of the dev gold
        Extraction e = extractor.extract(Paper.of("Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers",
                "We propose Progressive Gradient Flow, a decaying mask scheme for training sparse transformers."));

        assertThat(tasks(e)).contains("N:M sparsity training").doesNotContain("m sparsity training");
    }

    @Test
    void wellKnownTasksOfPublicAnnotatedDataAreListed() {
        // a TDMSci sentence (Hou et al., 2021) after an abstract's proposal
        Extraction e = extractor.extract(Paper.of("Fast and Accurate Word Alignment with a Reparameterized IBM Model 2",
                "We present a reparameterization of IBM Model 2. We demonstrate, in experiments on Czech, Arabic, Chinese, and Urdu "
                        + "to English translation, significant improvements over IBM Model 4 in both word alignment and translation quality."));

        assertThat(mentioned(e)).contains("word alignment");
    }

    @Test
    void anAdjectivalTaskNameIsNoTask() {
        // two sentences of the LLaVA abstract (2304.08485): "instruction-following" describes data
        Extraction e = extractor.extract(Paper.of("Visual Instruction Tuning",
                "Instruction tuning large language models (LLMs) using machine-generated instruction-following data has improved "
                        + "zero-shot capabilities on new tasks. We present the first attempt to use language-only GPT-4 to generate "
                        + "multimodal language-image instruction-following data."));

        assertThat(mentioned(e)).noneMatch(t -> t.contains("instruction-following") || t.contains("instruction following"));
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
    void aTaskSpecificModelNamesNoTask() {
        // a sentence of the DistilBERT abstract (1910.01108)
        Extraction e = extractor.extract(Paper.of("DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
                "In this work, we propose a method to pre-train a smaller general-purpose language representation model, called "
                        + "DistilBERT. While most prior work investigated the use of distillation for building task-specific models, we "
                        + "leverage knowledge distillation during the pre-training phase."));

        assertThat(tasks(e)).noneMatch(t -> t.contains("building"));
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

    @Test
    void aListedTaskDoneWithoutOrBeatenIsNotTheTask() {
        // sentences of the SambaY and SparK abstracts
        Extraction sambaY = extractor.extract(Paper.of("Decoder-Hybrid-Decoder Architecture for Efficient Reasoning with Long Generation",
                "In this paper, we introduce the Gated Memory Unit (GMU), a simple yet effective mechanism for efficient memory "
                        + "sharing across layers. Our largest model enhanced with Differential Attention, Phi4-mini-Flash-Reasoning, "
                        + "achieves significantly better performance than Phi4-mini-Reasoning on reasoning tasks such as Math500, "
                        + "AIME24/25, and GPQA Diamond without any reinforcement learning, while delivering up to 10x higher decoding "
                        + "throughput on 2K-length prompts with 32K generation length under the vLLM inference framework."));
        Extraction spark = extractor.extract(Paper.of("Designing BERT for Convolutional Networks: Sparse and Hierarchical Masked Modeling",
                "Our method called Sparse masKed modeling (SparK) is general: it can be used directly on any convolutional model "
                        + "without backbone modifications. We validate it on both classical (ResNet) and modern (ConvNeXt) models: on "
                        + "three downstream tasks, it surpasses both state-of-the-art contrastive learning and transformer-based masked "
                        + "modeling by similarly large margins (around +1.0%). Improvements on object detection and instance "
                        + "segmentation are more substantial (up to +3.5%), verifying the strong transferability of features learned."));

        assertThat(tasks(sambaY)).doesNotContain("reinforcement learning");
        assertThat(tasks(spark)).contains("object detection").doesNotContain("contrastive learning");
    }

    @Test
    void aListedTaskNamingTheKindOfATechniqueIsNotTheTask() {
        // the opening of the Efficient Architecture Search abstract
        Extraction e = extractor.extract(Paper.of("Efficient Architecture Search by Network Transformation",
                "Techniques for automatically designing deep neural network architectures such as reinforcement learning based "
                        + "approaches have recently shown promising results."));

        assertThat(tasks(e)).contains("architecture search").doesNotContain("reinforcement learning");
    }

    @Test
    void widelyStudiedTasksAreReadFromTheTitleAndFromResultSentences() {
        // the SGConv title; the CTRAN title and result sentence
        Extraction sgConv = extractor.extract(Paper.of("What Makes Convolutional Models Great on Long Sequence Modeling?",
                "Convolutional models have been widely used in multiple domains."));
        Extraction ctran = extractor.extract(Paper.of("CTRAN: CNN-Transformer-based Network for Natural Language Understanding",
                "In this study, we propose CTRAN, a novel encoder-decoder CNN-Transformer-based architecture for intent-detection "
                        + "and slot-filling. We apply our network on ATIS and SNIPS, and surpass the current state-of-the-art in "
                        + "slot-filling on both datasets."));

        assertThat(tasks(sgConv)).contains("long sequence modeling");
        assertThat(tasks(ctran)).contains("natural language understanding", "slot-filling");
    }

    @Test
    void aTitleLedByItsTaskBeforeForNamesTheTaskWhenTheForPartIsNone() {
        // the title and opening sentence of the Entropic Student abstract
        Extraction e = extractor.extract(Paper.of("Supervised Compression for Resource-Constrained Edge Computing Systems",
                "There has been much interest in deploying deep learning algorithms on low-powered devices, including "
                        + "smartphones, drones, and medical sensors."));

        assertThat(tasks(e)).contains("supervised compression");
    }

    @Test
    void aListedTaskKeepsTheModifiersThatNarrowIt() {
        // sentences of the BBPE abstract
        Extraction e = extractor.extract(Paper.of("Bilingual End-to-End ASR with Byte-Level Subwords",
                "We focus on developing a single end-to-end model to support utterance-based bilingual ASR, where speakers do "
                        + "not alternate between two languages in a single utterance but may change languages across utterances. "
                        + "We conduct our experiments on English and Mandarin dictation tasks, and we find that BBPE with penalty "
                        + "schemes can improve utterance-based bilingual ASR performance by 2% to 5% relative even with smaller "
                        + "number of outputs and fewer parameters."));

        assertThat(tasks(e)).contains("utterance-based bilingual ASR");
    }

    @Test
    void aGerundPhraseAfterForInTheTitleIsTheTask() {
        // the AutoDistil and RetroMAE v2 titles with their opening sentences
        Extraction autoDistil = extractor.extract(Paper.of(
                "AutoDistil: Few-shot Task-agnostic Neural Architecture Search for Distilling Large Language Models",
                "Knowledge distillation (KD) methods compress large models into smaller students with manually-designed student "
                        + "architectures given pre-specified computational cost."));
        Extraction retroMae = extractor.extract(Paper.of(
                "RetroMAE v2: Duplex Masked Auto-Encoder For Pre-Training Retrieval-Oriented Language Models",
                "To better support retrieval applications such as web search and question answering, growing effort is made to "
                        + "develop retrieval-oriented language models."));

        assertThat(tasks(autoDistil)).contains("distilling large language models");
        assertThat(tasks(retroMae)).contains("pre-training retrieval-oriented language models");
    }

    @Test
    void aListedItemThatIsAWidelyStudiedTaskInAnEvaluationRanksAsAKnownTask() {
        // the first and sixth sentences of the TERA abstract
        Extraction e = extractor.extract(Paper.of("TERA: Self-Supervised Learning of Transformer Encoder Representation for Speech",
                "We introduce a self-supervised speech pre-training method called TERA, which stands for Transformer Encoder "
                        + "Representations from Alteration. Recent approaches often learn by using a single auxiliary task like "
                        + "contrastive prediction, autoregressive prediction, or masked reconstruction. We evaluate TERA on several "
                        + "downstream tasks, including phoneme classification, keyword spotting, speaker recognition, and speech "
                        + "recognition."));

        assertThat(tasks(e)).contains("phoneme classification", "keyword spotting");
    }

    @Test
    void aPhraseWithADeterminerOrPossessiveIsNoTaskAndALeadingNumberIsDropped() {
        // sentences of the FreeCodec and GTrans abstracts
        Extraction freeCodec = extractor.extract(Paper.of("FreeCodec: A disentangled neural speech codec with fewer tokens",
                "Neural speech codecs have gained great attention for their outstanding reconstruction with discrete token "
                        + "representations. It is a crucial component in generative tasks such as speech coding and large language "
                        + "models (LLM)."));
        Extraction gTrans = extractor.extract(Paper.of("GTrans: Grouping and Fusing Transformer Layers for Neural Machine Translation",
                "Transformer structure, stacked by a sequence of encoder and decoder network layers, achieves significant "
                        + "development in neural machine translation. In this work, we propose the Group-Transformer model (GTrans) "
                        + "that flexibly divides multi-layer representations of both encoder and decoder into different groups and "
                        + "then fuses these group features to generate target words. To corroborate the effectiveness of the proposed "
                        + "method, extensive experiments and analytic experiments are conducted on three bilingual translation "
                        + "benchmarks and two multilingual translation tasks, including the IWLST-14, IWLST-17, LDC, WMT-14 and "
                        + "OPUS-100 benchmark."));

        assertThat(tasks(freeCodec)).noneMatch(t -> t.contains("their"));
        assertThat(tasks(gTrans)).contains("multilingual translation");
    }

    @Test
    void aBareGenericActivityOrFieldInTheTitleIsNoTask() {
        // the AsCAN and MetaFormer titles with their opening sentences
        Extraction asCan = extractor.extract(Paper.of("AsCAN: Asymmetric Convolution-Attention Networks for Efficient Recognition and Generation",
                "Neural network architecture design requires making many crucial decisions."));
        Extraction metaFormer = extractor.extract(Paper.of("MetaFormer Is Actually What You Need for Vision",
                "Transformers have shown great potential in computer vision tasks."));

        assertThat(tasks(asCan)).contains("recognition").doesNotContain("generation");
        assertThat(tasks(metaFormer)).doesNotContain("vision");
    }

    @Test
    void whatATitleWorksTowardsIsItsTask() {
        // the DualToken and UniRepLKNet titles with their opening sentences
        Extraction dualToken = extractor.extract(Paper.of(
                "DualToken: Towards Unifying Visual Understanding and Generation with Dual Visual Vocabularies",
                "The differing representation spaces required for visual understanding and generation pose a challenge in "
                        + "unifying them within the autoregressive paradigm of large language models."));
        Extraction kernels = extractor.extract(Paper.of(
                "Scaling Up Your Kernels: Large Kernel Design in ConvNets towards Universal Representations",
                "This paper proposes the paradigm of large convolutional kernels in designing modern Convolutional Neural "
                        + "Networks (ConvNets)."));

        assertThat(tasks(dualToken)).contains("unifying visual understanding and generation");
        assertThat(tasks(kernels)).contains("universal representations");
    }

    @Test
    void aTitleProcessForSomethingIsTheMethodEvenWhenTheForPartIsNoTask() {
        // the MrT5 title with its opening sentence
        Extraction e = extractor.extract(Paper.of("MrT5: Dynamic Token Merging for Efficient Byte-level Language Models",
                "Models that rely on subword tokenization have significant drawbacks, such as sensitivity to character-level "
                        + "noise like spelling errors and inconsistent compression rates across different languages and scripts."));

        assertThat(tasks(e)).noneMatch(t -> t.contains("merging"));
    }

    @Test
    void theMeansBeforeBasedLeavesTheTask() {
        // the VideoBooth title with its opening sentence
        Extraction e = extractor.extract(Paper.of("VideoBooth: Diffusion-based Video Generation with Image Prompts",
                "Text-driven video generation witnesses rapid progress."));

        assertThat(tasks(e)).contains("video generation").noneMatch(t -> t.contains("based"));
    }

    @Test
    void whatTheFieldHasDemonstratedBeforeThePaperSpeaksIsNotItsTask() {
        // the opening of the LUD abstract
        Extraction e = extractor.extract(Paper.of(
                "Decoding at the Speed of Thought: Harnessing Parallel Decoding of Lexical Units for LLMs",
                "Large language models have demonstrated exceptional capability in natural language understanding and "
                        + "generation. However, their generation speed is limited by the inherently sequential nature of their "
                        + "decoding process, posing challenges for real-time applications. This paper introduces Lexical Unit "
                        + "Decoding (LUD), a novel decoding methodology implemented in a data-driven manner, accelerating the "
                        + "decoding process without sacrificing output quality."));

        assertThat(tasks(e)).doesNotContain("natural language understanding");
    }
}
