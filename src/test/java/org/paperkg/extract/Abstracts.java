package org.paperkg.extract;

import org.paperkg.model.Paper;

/** Real titles and abstracts (from the seed listings and the dev papers) used as test fixtures. */
final class Abstracts {

    static final Paper FOCUS_DETR = Paper.of("Less is More: Focus Attention for Efficient DETR",
            "DETR-like models have significantly boosted the performance of detectors and even outperformed classical "
                    + "convolutional models. However, all tokens are treated equally without discrimination brings a redundant "
                    + "computational burden in the traditional encoder structure. The recent sparsification strategies exploit a "
                    + "subset of informative tokens to reduce attention complexity maintaining performance through the sparse "
                    + "encoder. But these methods tend to rely on unreliable model statistics. Moreover, simply reducing the token "
                    + "population hinders the detection performance to a large extent, limiting the application of these sparse "
                    + "models. We propose Focus-DETR, which focuses attention on more informative tokens for a better trade-off "
                    + "between computation efficiency and model accuracy. Specifically, we reconstruct the encoder with dual "
                    + "attention, which includes a token scoring mechanism that considers both localization and category semantic "
                    + "information of the objects from multi-scale feature maps. We efficiently abandon the background queries and "
                    + "enhance the semantic interaction of the fine-grained object queries based on the scores. Compared with the "
                    + "state-of-the-art sparse DETR-like detectors under the same setting, our Focus-DETR gets comparable "
                    + "complexity while achieving 50.4AP (+2.2) on COCO. The code is available at "
                    + "https://github.com/huawei-noah/noah-research/tree/master/Focus-DETR.");

    static final Paper EASZ = Paper.of(
            "Easz: An Agile Transformer-based Image Compression Framework for Resource-constrained IoTs",
            "Neural image compression, necessary in various machine-to-machine communication scenarios, suffers from its "
                    + "heavy encode-decode structures and inflexibility in switching between different compression levels. "
                    + "We take a step to solve the challenges by proposing a new transformer-based edge-compute-free image coding "
                    + "framework called Easz. Easz shifts the computational overhead to the server, and hence avoids the heavy "
                    + "encoding and model switching overhead on the edge.");

    static final Paper MIMO_VP = Paper.of(
            "MIMO Is All You Need : A Strong Multi-In-Multi-Out Baseline for Video Prediction",
            "The mainstream of the existing approaches for video prediction builds up their models based on a "
                    + "Single-In-Single-Out (SISO) architecture, which takes the current frame as input to predict the next frame "
                    + "in a recursive manner. After exploring a number of ways and designs, we propose a new MIMO architecture "
                    + "based on extending the pure Transformer with local spatio-temporal blocks and a new multi-output decoder, "
                    + "namely MIMO-VP, to establish a new standard in video prediction. We evaluate our model in four highly "
                    + "competitive benchmarks (Moving MNIST, Human3.6M, Weather, KITTI). Extensive experiments show that our "
                    + "model wins 1st place on all the benchmarks with remarkable performance gains.");

    static final Paper MUE = Paper.of(
            "You Need Multiple Exiting: Dynamic Early Exiting for Accelerating Unified Vision Language Model",
            "Large-scale Transformer models bring significant improvements for various downstream vision language tasks "
                    + "with a unified architecture. The performance improvements come with increasing model size, resulting in "
                    + "slow inference speed and increased cost for severing. To handle this challenge, we propose a novel early "
                    + "exiting strategy for unified visual language models, which allows dynamically skip the layers in encoder and "
                    + "decoder simultaneously in term of input layer-wise similarities with multiple times of early exiting, "
                    + "namely MuE. Experiments on the SNLI-VE and MS COCO datasets show that the proposed approach MuE can reduce "
                    + "expected inference time by up to 50\\% and 40\\% while maintaining 99\\% and 96\\% performance "
                    + "respectively.");

    static final Paper HIFI_CODEC = Paper.of(
            "HiFi-Codec: Group-residual Vector quantization for High Fidelity Audio Codec",
            "Audio codec models are widely used in audio communication as a crucial technique for compressing audio into "
                    + "discrete representations. For instance, AudioLM is an audio generation model that uses the discrete "
                    + "representation of SoundStream as a training target, while VALL-E employs the Encodec model as an "
                    + "intermediate feature to aid TTS tasks. In this study, we propose a group-residual vector quantization "
                    + "(GRVQ) technique and use it to develop a novel High Fidelity Audio Codec model, HiFi-Codec, which only "
                    + "requires 4 codebooks. We train all the models using publicly available TTS data such as LibriTTS, VCTK, "
                    + "AISHELL, and more, with a total duration of over 1000 hours, using 8 GPUs. Our experimental results show that HiFi-Codec outperforms Encodec in terms of "
                    + "reconstruction performance despite requiring only 4 codebooks.");

    static final Paper GMU = Paper.of("Decoder-Hybrid-Decoder Architecture for Efficient Reasoning with Long Generation",
            "Recent advances in language modeling have demonstrated the effectiveness of State Space Models (SSMs) for "
                    + "efficient sequence modeling. In this paper, we introduce the Gated Memory Unit (GMU), a simple yet "
                    + "effective mechanism for efficient memory sharing across layers. We apply it to create SambaY, a "
                    + "decoder-hybrid-decoder architecture that incorporates GMUs in the cross-decoder to share memory readout "
                    + "states from a Samba-based self-decoder. Our largest model enhanced with Differential Attention, "
                    + "Phi4-mini-Flash-Reasoning, achieves significantly better performance than Phi4-mini-Reasoning on "
                    + "reasoning tasks such as Math500, AIME24/25, and GPQA Diamond without any reinforcement learning, while "
                    + "delivering up to 10x higher decoding throughput on 2K-length prompts with 32K generation length under "
                    + "the vLLM inference framework.");

    static final Paper ADED = Paper.of("Adaptive Draft-Verification for Efficient Large Language Model Decoding",
            "Large language model (LLM) decoding involves generating a sequence of tokens based on a given context. "
                    + "To address these issues, we introduce a novel methodology called ADED, which accelerates LLM decoding "
                    + "without requiring fine-tuning. Extensive experiments show that ADED maintains high accuracy.");

    private Abstracts() {
    }

    static final Paper BOOSTING_NERV = Paper.of("Boosting Neural Representations for Videos with a Conditional Decoder",
            "Implicit neural representations (INRs) have emerged as a promising approach for video storage and processing, "
                    + "showing remarkable versatility across various video tasks. However, existing methods often fail to fully "
                    + "leverage their representation capabilities, primarily due to inadequate alignment of intermediate features "
                    + "during target frame decoding. This paper introduces a universal boosting framework for current implicit "
                    + "video representation approaches. Specifically, we utilize a conditional decoder with a temporal-aware affine "
                    + "transform module, which uses the frame index as a prior condition to effectively align intermediate features "
                    + "with target frames. Further, we integrate a consistent entropy minimization technique and develop video "
                    + "codecs based on these boosted INRs. Experiments on the UVG dataset confirm that our enhanced codecs "
                    + "significantly outperform baseline INRs and offer competitive rate-distortion performance compared to "
                    + "traditional and learning-based codecs.");

    static final Paper ENCODER_DISTILLATION = Paper.of("Return of the Encoder: Maximizing Parameter Efficiency for SLMs",
            "The dominance of large decoder-only language models has overshadowed encoder-decoder architectures, despite "
                    + "their fundamental efficiency advantages in sequence processing. We introduce a novel knowledge distillation "
                    + "framework that enables encoder-decoder models to leverage capabilities from large scalable decoder-only "
                    + "teachers while preserving their architectural advantages, achieving up to 6 average performance points "
                    + "improvement across diverse tasks.");
}
