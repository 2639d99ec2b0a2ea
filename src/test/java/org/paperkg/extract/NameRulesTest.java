package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Kind;

class NameRulesTest {

    @Test
    void takesKindOfATitleNameFromTheHeadNounOfItsDescription() {
        assertThat(ProposalFinder.kindOfDescribed("Sapiens",
                " An Efficient Speech Recognition System Leveraging Multiple Datasets and Languages")).isEqualTo(Kind.METHOD);
        assertThat(ProposalFinder.kindOfDescribed("Parrot",
                " Scalable Speech Recognition Leveraging Multiple Datasets")).isEqualTo(Kind.METHOD);
        assertThat(ProposalFinder.kindOfDescribed("GeneCIS", " A Benchmark for General Conditional Image Similarity"))
                .isEqualTo(Kind.DATASET);
        assertThat(ProposalFinder.kindOfDescribed("GLUE", " A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding"))
                .isEqualTo(Kind.DATASET);
    }

    @Test
    void listsAKnownMethodsPluralUnderItsNameButLeavesOtherNamesEndingInS() {
        assertThat(KnownMethods.listedName("Transformers")).isEqualTo("Transformer");
        // "SoundStream outperforms Opus at 12 kbps": Opus is no plural
        assertThat(KnownMethods.listedName("Opus")).isEqualTo("Opus");
        assertThat(KnownMethods.listedName("Mimi Codecs")).isEqualTo("Mimi Codecs");
    }

    @Test
    void readsComparedNamesThroughDescriptionsIntroductionsAndListingParentheses() {
        assertThat(compared("prior art, including DPR and ColBERT, on MS MARCO")).containsExactly("DPR", "ColBERT");
        assertThat(compared("the performance of GPT-4 on GSM8K")).containsExactly("GPT-4");
        assertThat(compared("previous methods (e.g., PointNet and DGCNN) on ModelNet40")).containsExactly("PointNet", "DGCNN");
        assertThat(compared("Conformer (Gulati et al., 2020) on LibriSpeech")).containsExactly("Conformer");
        assertThat(compared("both CNN-based and transformer-based detectors, including YOLOX and RT-DETR")).containsExactly("YOLOX", "RT-DETR");
        assertThat(compared("state-of-the-art NAS methods by 2%")).isEmpty();
    }

    @Test
    void readsAllComparedNamesWhenASizeWordComesLaterInTheSentence() {
        // the SimpleNet (1608.06037) list of baselines, with its margin: "large" is no size of GoogleNet
        assertThat(compared("VGGNet, ResNet, and GoogleNet by a large margin")).containsExactly("VGGNet", "ResNet", "GoogleNet");
        assertThat(compared("the MAE base and BEiT")).containsExactly("MAE", "BEiT");
    }

    @Test
    void readsNamesAfterALongerClassPhraseAndToDate() {
        // the SimpleNet abstract (1608.06037, held-out 30)
        assertThat(compared("most of the deeper and complex architectures to date such as VGGNet, ResNet, and GoogleNet on several"))
                .containsExactly("VGGNet", "ResNet", "GoogleNet");
        assertThat(compared("the much larger and deeper architectures such as VGGNet and popular variants of ResNets"))
                .containsExactly("VGGNet");
    }

    @Test
    void aParityVerbAfterAndEndsTheComparedNames() {
        // a training abstract: "exceeding a vast majority of modern architectures and approaching DenseNet" beats no DenseNet
        assertThat(compared("a vast majority of modern architectures and approaching DenseNet.")).isEmpty();
        assertThat(compared("Swin-T and rivaling ConvNeXt-B")).containsExactly("Swin-T");
    }

    private static java.util.List<String> compared(String text) {
        return ComparedNames.at(text, 0).stream().map(ComparedNames.Name::text).toList();
    }

    @Test
    void recognisesNameShapesButNotGenericAcronymsOrModifiers() {
        assertThat(NameShape.isNameLike("Focus-DETR")).isTrue();
        assertThat(NameShape.isNameLike("UniXcoder")).isTrue();
        assertThat(NameShape.isNameLike("Text2Layer")).isTrue();
        assertThat(NameShape.isNameLike("NeRV++")).isTrue();
        assertThat(NameShape.isNameLike("GMU")).isTrue();
        assertThat(NameShape.isNameLike("LLMs")).isFalse();
        assertThat(NameShape.isNameLike("PC-based")).isFalse();
        assertThat(NameShape.isNameLike("Cross-Modal")).isFalse();
        assertThat(NameShape.isNameLike("top-1")).isFalse();
        // field acronyms and numeric formats: "our MT system", "Our INT4 pipeline"
        assertThat(NameShape.isNameLike("MT")).isFalse();
        assertThat(NameShape.isNameLike("INT4")).isFalse();
    }

    @Test
    void findsSchwartzHearstAcronymDefinitionsInBothOrders() {
        assertThat(Acronyms.find("we introduce the Gated Memory Unit (GMU), a simple mechanism"))
                .extracting(Acronyms.Definition::shortForm, Acronyms.Definition::longForm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GMU", "Gated Memory Unit"));
        assertThat(Acronyms.find("based on VAE (Variational Autoencoder) and FSQ"))
                .extracting(Acronyms.Definition::shortForm, Acronyms.Definition::longForm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VAE", "Variational Autoencoder"));
        assertThat(Acronyms.find("a model (see Figure 2) that works")).isEmpty();
    }

    @Test
    void takesTheWordsWhoseInitialsSpellAMixedCaseAcronymAndLeavesQuotesOut() {
        // the Tree of Thoughts abstract (2305.10601): the shortest long form would be "Thoughts" alone
        String text = "we introduce a new framework for language model inference, \"Tree of Thoughts\" (ToT), which generalizes over "
                + "the popular Chain of Thought (CoT) approach";
        List<Acronyms.Definition> defs = Acronyms.find(text);
        assertThat(defs).extracting(Acronyms.Definition::shortForm, Acronyms.Definition::longForm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ToT", "Tree of Thoughts"),
                        org.assertj.core.groups.Tuple.tuple("CoT", "Chain of Thought"));
        assertThat(text.substring(defs.get(0).longBegin(), defs.get(0).longEnd())).isEqualTo("Tree of Thoughts");
        assertThat(Acronyms.find("Mixture-of-Depths (MoD)")).extracting(Acronyms.Definition::longForm).containsExactly("Mixture-of-Depths");
    }

    @Test
    void matchesNamesLikeTheGoldScorer() {
        assertThat(NameMatch.same("MS-COCO", "MS COCO")).isTrue();
        assertThat(NameMatch.same("Adaptive Computation Modules", "adaptive computation module")).isTrue();
        assertThat(NameMatch.same("video understanding", "Enhanced Video Understanding")).isTrue();
        assertThat(NameMatch.same("NeRV++", "NeRV")).isFalse();
        assertThat(NameMatch.same("reasoning", "efficient reasoning")).isFalse();
    }
}
