package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;
import org.paperkg.model.Names;

/**
 * Well-known methods and families ({@code methods.txt}) as bases of a new method: named in the
 * title's description of it ("SLAB: Efficient Transformers with ..."), inside its name
 * ("sharpDARTS", "SD-DARTS", "MosaicBERT") or its descriptive phrase ("asymmetric VQGAN"). Also how
 * other finders tell a well-known method from a new proposal or a task.
 */
final class KnownMethods {

    private static final Gazetteer KNOWN = Gazetteer.load(Kind.METHOD, "methods.txt", false);
    /** Words that open a title part naming what the method is for or runs on, not what it is built from. */
    private static final Pattern TARGET_PART = Pattern.compile(
            "(?i)\\s+(for|on|in|to|towards?|without|beyond|than|vs\\.?|versus|from|at|across|into|of)\\s+");
    /** Title verbs that make the object the thing improved ("Rethinking Transformer Scaling"). */
    private static final Set<String> REWORKING = Set.of("rethinking", "improving", "enhancing", "boosting",
            "revisiting", "extending", "scaling", "accelerating", "simplifying", "generalizing", "generalising");
    /** A name made of a prefix and a known name: "sharpDARTS", "ClsCLIP", "SD-DARTS", "MatViT". */
    private static final Pattern COMPOUND = Pattern.compile("^(\\p{L}[\\p{L}\\p{N}]*?)(?:-|(?<=\\p{Ll})(?=\\p{Lu}))(\\p{Lu}[\\p{L}\\p{N}]+)$");

    private static final Pattern NAME_WORD = Pattern.compile("(?<![\\p{L}\\p{N}\\-])\\p{L}[\\p{L}\\p{N}]+(?![\\p{L}\\p{N}])");

    private KnownMethods() {
    }

    static boolean contains(String name) {
        return KNOWN.contains(name);
    }

    /** Listed names written in lower case too: kinds of method ("NAS", "INR", "Transformer"), not one model ("EfficientNet"). */
    private static final Set<String> KINDS = kinds();

    private static Set<String> kinds() {
        Set<String> out = new HashSet<>();
        for (String line : Gazetteer.lines("methods.txt")) {
            String[] names = line.replaceFirst("^[?=]", "").split("\\s*\\|\\s*");
            if (Arrays.stream(names).anyMatch(n -> n.equals(n.toLowerCase(Locale.ROOT)))) {
                for (String n : names) {
                    out.add(Gazetteer.key(n));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a name is a listed kind of method ("NAS methods", "Transformer models"), not a particular model. */
    static boolean isKind(String name) {
        return KINDS.contains(Gazetteer.key(name));
    }

    /**
     * "Llama2-7b", "BERT-base", "ResNet-50": a size or version of a known model, which "our Llama2-7b
     * model" uses rather than introduces.
     */
    static boolean isInstance(String name) {
        Matcher m = INSTANCE.matcher(name);
        return m.matches() && KNOWN.contains(m.group(1));
    }

    private static final Pattern INSTANCE = Pattern.compile(
            "(.+?)[\\s\\-]?(?:\\d+(?:\\.\\d+)?)?(?:[\\s\\-](?:\\d+(?:\\.\\d+)?[BbMmKk]?|base|large|small|tiny|huge|xl|xxl|chat|instruct))?");

    /** A well-known method's listed name for a form that differs in case, hyphens or a plural s; else the name as given. */
    static String listedName(String name) {
        String listed = KNOWN.canonicalOf(name);
        // "Transformers" -> Transformer; but "Opus" is not the plural of an unlisted "Opu"
        if (listed.equals(name) && name.length() > 3 && name.endsWith("s") && KNOWN.contains(name.substring(0, name.length() - 1))) {
            listed = KNOWN.canonicalOf(name.substring(0, name.length() - 1));
        }
        return Names.entityKey(listed).equals(Names.entityKey(name)) ? listed : name;
    }

    /** The well-known methods a text names, under their listed names; names that are also common words are left out. */
    static List<String> listedIn(String text) {
        return KNOWN.findUnambiguous(text).stream().map(h -> listedName(h.surface())).distinct().toList();
    }

    /** The known method a text starts with ("Vision Transformer architecture for ..."), or null. */
    static String leading(String text) {
        List<Gazetteer.Hit> hits = KNOWN.find(text);
        return !hits.isEmpty() && text.substring(0, hits.get(0).begin()).isBlank() ? hits.get(0).surface() : null;
    }

    /**
     * Kinds of technique that a name ending in them, or made with them, only classifies ("Mixed Autoencoder",
     * "Multilevel Contrastive Learning", "group-residual vector quantization", "BossNAS"): the method is one, not built on one.
     */
    private static final Pattern KIND_HEAD = Pattern.compile(
            "autoencoder|residual vector quantization|knowledge distillation|contrastive learning|neural architecture search|multilayer perceptron");

    /**
     * "Planning-Guided Transformer Decoding", "Transformer Feed-Forward Layers": a process run on the family or a part
     * of it, which a method for that family is named after; it is not a member of the family.
     */
    private static final Pattern PROCESS_AFTER = Pattern.compile(
            "\\s+(?:\\p{L}+(?:ing|tion|sion)|(?:feed forward\\s+)?(?:layers?|blocks?|heads?|weights|tokens))(?!\\p{L})", Pattern.CASE_INSENSITIVE);

    private static final Pattern SIZE = Pattern.compile("[\\s\\-]+(?:\\d+x)?\\d+(?:\\.\\d+)?[BMK]");

    /** "Latency Adjustable Transformer Encoder", "asymmetric VQGAN": a proposal named as a member of a known family. */
    static BaseMethodFinder.Link inPhrase(Found f) {
        for (String form : f.forms()) {
            if (!form.contains(" ")) {
                continue;
            }
            for (Gazetteer.Hit h : KNOWN.find(form.replace('-', ' '))) {
                // "Diverse Beam Search" is a beam search; "Vision Transformers" is the known name itself
                // "Mistral 7B" is the listed model at one size, not a member of a family built on it
                if (SIZE.matcher(form.substring(h.end())).matches()) {
                    continue;
                }
                if (!NameMatch.key(h.surface()).equals(NameMatch.key(form)) && !(KIND_HEAD.matcher(h.canonical()).matches() && h.end() == form.length())
                        && !PROCESS_AFTER.matcher(form.replace('-', ' ')).region(h.end(), form.length()).lookingAt()) {
                    return new BaseMethodFinder.Link(form.substring(h.begin(), h.end()), Rule.FAMILY_BASED, 0);
                }
            }
        }
        return null;
    }

    /** Every known method in a text, as written: "convolutional and transformer blocks" -> convolutional, transformer. */
    static List<String> allIn(String text) {
        return KNOWN.find(text.replace('-', ' ')).stream().map(h -> text.substring(h.begin(), h.end())).toList();
    }

    /** The first known method a text names, as written ("single transformer" -> transformer), or null; hyphens read as spaces. */
    static String firstIn(String text) {
        List<String> all = allIn(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Known methods in the description a title gives of its method ("NAME: [A] DESCRIPTION"), in its
     * head and in the parts that say what it uses ("with", "using", "via"), not in the parts that say
     * what it is for ("for Neural Machine Translation") or in a title led by another verb ("Deploying X on Y").
     */
    static List<BaseMethodFinder.Link> inTitle(Sentence title, Found main, List<String> knownBases) {
        String t = title.text();
        int colon = t.indexOf(':');
        if (colon <= 0 || !main.isCalled(t.substring(0, colon).strip())) {
            return List.of();
        }
        String description = t.substring(colon + 1);
        int offset = colon + 1;
        List<BaseMethodFinder.Link> out = new ArrayList<>();
        Matcher cut = TARGET_PART.matcher(description);
        int end = cut.find() ? cut.start() : description.length();
        if (!ledByOtherVerb(title, offset)) {
            // hyphens as spaces: "CNN-Transformer-based Network", "Self-Speculative Decoding" (offsets unchanged)
            List<String> seen = new ArrayList<>(knownBases);
            for (Gazetteer.Hit h : KNOWN.find(description.substring(0, end).replace('-', ' '))) {
                if (seen.stream().anyMatch(b -> KNOWN.canonicalOf(b).equals(h.canonical()))) {
                    continue;
                }
                String written = description.substring(h.begin(), h.end());
                // "RNN-T Loss": the transducer RNN-T, not an RNN
                Matcher version = Pattern.compile("\\G-[\\p{Lu}\\d]{1,2}(?![\\p{L}\\p{N}\\-])").matcher(description);
                if (version.find(h.end())) {
                    written = description.substring(h.begin(), version.end());
                }
                seen.add(written);
                out.add(new BaseMethodFinder.Link(withModifier(description, new Gazetteer.Hit(written, h.canonical(), h.begin(), h.end(), false)),
                        Rule.TITLE_FAMILY, offset + h.begin()));
            }
        }
        return out;
    }

    /**
     * "sharpDARTS" builds on a well-known DARTS, "ViT-ResNAS" on a well-known ViT; "PSCodec-CasAN" of a proposed
     * PSCodec is a variant, not a base. An unlisted part the abstract names on its own ("ParaTransCNN" of a TransCNN)
     * is left to {@link #inNameByText}, which wants the prefix short: a long one is usually a word of its own
     * ("Parallelized TransCNN"), not a version mark.
     */
    static BaseMethodFinder.Link inName(Found f, String abstractText, List<Found> proposed) {
        Matcher m = COMPOUND.matcher(f.name);
        if (!m.matches() || proposed.stream().anyMatch(p -> p != f && p.isCalled(m.group(1)))) {
            return null;
        }
        String prefix = m.group(1);
        if (f.name.charAt(prefix.length()) == '-' && KNOWN.contains(prefix) && !prefix.equals(prefix.toLowerCase(Locale.ROOT))
                && !KNOWN.contains(m.group(2))) {
            return new BaseMethodFinder.Link(prefix, Rule.NAME_COMPOUND, 0);
        }
        String part = m.group(2);
        boolean known = KNOWN.contains(part) && !part.equals(part.toLowerCase(Locale.ROOT));
        // "BossNAS", "RaftMLP": a NAS method, an MLP model, not built on one
        if (known && KIND_HEAD.matcher(KNOWN.canonicalOf(part)).matches()) {
            return null;
        }
        if (part.length() < 3 || !known || f.isCalled(part)) {
            return null;
        }
        return new BaseMethodFinder.Link(part, Rule.NAME_COMPOUND, 0);
    }

    /**
     * "RECOMBINER" of a COMBINER, "SambaY" of a Samba that the abstract names on its own; "MIMO-VP"
     * is an instance of a MIMO design, not a successor of a method called MIMO.
     */
    static BaseMethodFinder.Link inNameByText(Found f, String abstractText) {
        Matcher names = NAME_WORD.matcher(abstractText);
        while (names.find()) {
            String other = names.group();
            if (other.length() >= 4 && !f.isCalled(other) && NameShape.isNameLike(other)
                    && (f.name.startsWith(other) && f.name.charAt(other.length()) != '-' || f.name.endsWith(other))
                    && f.name.length() - other.length() <= 3
                    && standalone(other, abstractText)) {
                return new BaseMethodFinder.Link(other, Rule.NAME_COMPOUND, 0);
            }
        }
        return null;
    }

    private static boolean standalone(String part, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}+]|-\\p{L})").matcher(text).find();
    }

    private static boolean ledByOtherVerb(Sentence title, int offset) {
        int i = title.tokenAt(offset);
        while (i < title.tokens().size() && title.tokens().get(i).word().matches("(?i)a|an|the")) {
            i++;
        }
        if (i >= title.tokens().size()) {
            return false;
        }
        Token first = title.tokens().get(i);
        return first.word().toLowerCase(Locale.ROOT).endsWith("ing") && first.tag().startsWith("VB")
                && !REWORKING.contains(first.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "3D CNN": a numbered modifier belongs to a one-word family. A capitalised one describes the proposal
     * ("Longformer: The Long-Document Transformer"), so the base is the family, the node other papers share.
     */
    private static String withModifier(String text, Gazetteer.Hit h) {
        Matcher m = Pattern.compile("((?:\\d\\p{L}+)\\s+)$").matcher(text.substring(0, h.begin()));
        return m.find() && !h.surface().contains(" ") ? m.group(1) + h.surface() : h.surface();
    }
}
