package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a proposed method builds on ("based on X", "built upon X", "extends X", "an enhanced
 * X", "X-like", "X++" of X) and what it beats ("outperforms X", "better than X", "surpasses X").
 */
final class BaseMethodFinder {

    /** A named other method and the rule that found it. */
    record Link(String name, Rule rule, int begin) {
    }

    /** A name; a dot only before a digit ("Phi-1.5"), so "the original LLM.Through ..." (a missing space) ends at LLM. */
    private static final String NAME = "[\\p{L}](?:[\\p{L}\\p{N}+\\-]|\\.(?=\\p{N}))*[\\p{L}\\p{N}+]";
    private static final Pattern BASE_CUE = Pattern.compile(
            "\\b(?:(?:based|built|builds|build) (?:up)?on(?: top of)?|built around|adapted from|distilled from|extends?|extending|extension (?:of|to)|"
                    + "an? (?:enhanced|improved|extended|modified|generalized)(?: version of)?|inspired by|on top of|variant of|"
                    // "a generalization of Adam", "a modification of the PPO algorithm", "augments the U-Net with ..."
                    + "generaliz\\w+(?: of)?|modif\\w+(?: of)?|upgrade of|successor (?:of|to)|augments|augmenting"
                    // "combines the strengths of Mamba and Transformer", "marrying DINO with grounded pre-training": a hybrid builds on both
                    + "|(?:combin(?:es|ing)|marr(?:y|ies|ying))(?: the (?:strengths|advantages|benefits|best) of)?(?: both)?"
                    // "integrates the strengths of both convolutional and transformer structures", "unifies Transformers with ... MLP decoders"
                    + "|integrat(?:es|ing) the (?:strengths|advantages|benefits|best) of(?: both)?|unif(?:ies|ying)"
                    // "adapts Whisper to streaming", "uses only the encoder layers from the original CodeT5"
                    + "|adapts?|adapting|(?:from|of) (?:the )?original"
                    // "adopts ideas from knowledge distillation and neural image compression", "Borrow ideas from ... such as XLM and Unicoder"
                    + "|(?:adopt|borrow|draw|integrat)(?:s|es|ed|ing|e)? (?:the )?ideas? from)\\s+(?:the\\s+)?"
                    + "((?:[\\w\\-+.]+\\s+){0,4}[\\w\\-+.]+)", Pattern.CASE_INSENSITIVE);
    /** Cues of a hybrid, which builds on every method it names. */
    private static final Pattern HYBRID = Pattern.compile("(?i)combin|marr|integrat|unif");
    /** "This paper adopts ideas from X", "Borrow ideas from X": what the method takes its design from. */
    static final Pattern IDEAS = Pattern.compile("(?i)\\b(?:adopt|borrow|draw|integrat)(?:s|es|ed|ing|e)? (?:the )?ideas? from\\s");
    /** "cross-lingual pre-trained models, such as ": the class before its named examples. */
    private static final Pattern SUCH_AS = Pattern.compile("[^,;.()]{0,60}?,?\\s+such as\\s+");
    /** A version written after a name: "2", "2.0", "v2". */
    private static final String VERSION = "(?:\\d+(?:\\.\\d+)*|v\\d+(?:\\.\\d+)*)(?![\\p{L}\\p{N}])";
    private static final Pattern NAME_GOES_ON = Pattern.compile("(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}\\-]*(?![\\p{L}\\p{N}])|" + VERSION + "))+");
    private static final Pattern VERSION_AFTER = Pattern.compile("\\s+" + VERSION);
    private static final Pattern AFFIX_BASE = Pattern.compile("(?<![\\p{L}\\-])(" + NAME + ")-(?:like|style|based|inspired)\\b");
    /**
     * Where a comparison leaves off and the compared names begin: "outperforms", "better than",
     * "lower response time than", "a 2.1 BLEU improvement over", "superiority of X over".
     */
    private static final Pattern COMPARED = Pattern.compile(
            "\\b(?:(?:outperform\\w*|surpass\\w*)(?: or match(?:es|ing)?)?|beat(?:s|ing)?|exceed\\w*|superior(?: (?:performances?|results|accuracy|quality))? to|compar\\w+ favou?rably (?:to|with|against)|improv\\w+ (?:up)?on|improv\\w+ over"
                    // "outputs from our WizardLM are preferred to outputs from ChatGPT", "a 90% win rate against GPT-4"
                    + "|(?:preferred|favou?red)(?: by [\\w\\s]{1,30}?)? (?:to|over)(?: (?:outputs|samples|those|responses) (?:from|of))?|win(?:s| rates?)? (?:against|over)"
                    + "|(?:lower|higher|better|faster|superior|smaller|larger|stronger|less|fewer)\\b(?:[^,.;]|\\.(?=\\d)){0,60}?\\b(?:compared (?:to|with)|relative to|than|over|against)"
                    // not "a more straightforward enhancement over the original X", which is what it builds on
                    + "|more\\b(?:[^,.;]|\\.(?=\\d)){0,60}?\\b(?:than|compared (?:to|with)|relative to)"
                    // "reducing BD-rate by 16.54%, 21.61%, ... compared to VTM-17.0 Intra"
                    + "|(?:reduc|improv|gain|sav|accelerat|speed|effectiveness|superiority|advantage)\\w*\\b(?:[^.;]|\\.(?=\\d)){0,160}?\\b(?:compared (?:to|with)|relative to|than|over|against)"
                    // "improve the accuracy of the MLP-Mixer", "tripling the performance of T5-XXL"
                    + "|(?:improv|boost|doubl|tripl|quadrupl)\\w*\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:performance|accuracy|quality|results?)\\s+of)"
                    + "\\s+", Pattern.CASE_INSENSITIVE);
    /** "Compared with BERT-base, our model reduces ...": the comparison leads the sentence or a clause. */
    private static final Pattern LEADING_COMPARISON = Pattern.compile(
            "(?:^|[;,]\\s+)(?:(?:[Ww]hen\\s+)?[Cc]ompared (?:to|with)|[Rr]elative to|[Ii]n comparison (?:to|with)|[Aa]gainst|[Oo]ver)\\s+");
    /** "as accurate as SSD but three times faster": as good as the names, and cheaper (said after them). */
    private static final Pattern AS_GOOD_AS = Pattern.compile(
            "\\bas\\s+(?!well\\b|much\\b|many\\b|long\\b|soon\\b|far\\b)(?:[\\p{Ll}\\-]+\\s+(?:and\\s+)?){0,2}?[\\p{Ll}\\-]+\\s+as\\s+");
    private static final Pattern CHEAPER_AFTER = Pattern.compile(
            "\\b(?:but|while|yet)\\b(?:[^.;]|\\.(?=\\d)){0,50}?\\b(?:faster|smaller|cheaper|fewer|less|lower|speed-?ups?)\\b");
    /** "an empirical evaluation of the GELU nonlinearity against the ReLU and ELU activations": who is compared, when a win follows. */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "\\b(?:compar(?:e|es|ed|ing)|evaluat(?:e|es|ed|ing|ion)|benchmark(?:s|ed|ing)?)\\b(?:\\s+[\\w\\-]+){0,4}?\\s+(?:against|with|to)\\s+");
    private static final Pattern WIN_AFTER = Pattern.compile(
            "\\b(?:improv\\w*|outperform\\w*|better|superior\\w*|gains?|surpass\\w*|beat\\w*|prefer\\w*)\\b");
    /** Where the names of a comparison start ("... against the ReLU and ELU activations"), when a win and no parity is stated after it. */
    private static List<Integer> winningComparisons(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher compare = COMPARED_WITH.matcher(text);
        while (compare.find()) {
            if (WIN_AFTER.matcher(text).region(compare.end(), text.length()).find() && !PARITY.matcher(text).find()) {
                out.add(compare.end());
            }
        }
        return out;
    }

    /** Parity rather than a win: "on par with", "comparable to", "matches". */
    private static final Pattern PARITY = Pattern.compile(
            "\\b(?:comparable|on par|similar|competitive|match(?:es|ing)?|close to|rivals?|approaching)\\b", Pattern.CASE_INSENSITIVE);
    /** The size after a compared model's name: "the MAE base". */
    private static final String SIZE_WORD = "(?:\\s+(?:base|large|small|tiny|huge|model))?";
    /**
     * The margin or the setting after a compared name, and a further name coming: "surpassing the MAE base
     * by +2.2% and the previous state-of-the-art BEiT V2 base by +0.3%", "outperforms PaLM-540B on XSum, and the
     * finetuned GPT3-175B on SAMSum". The same kind of setting must come back after the new name, so that
     * "on COCO and LVIS" is not read as a second baseline.
     */
    private static final Pattern SETTING_THEN_AND = Pattern.compile(
            SIZE_WORD + "\\s+(by|on|in|for)\\s+[^,;()]{1,40}?\\s*,?\\s*(?:and|as well as)\\s+");
    /** "we replace all the linear projections in Transformers with our ...": the method modifies that architecture. */
    private static final Pattern REPLACED_IN = Pattern.compile(
            "\\breplac\\w*\\s+(?:[\\w\\-]+\\s+){0,5}?in\\s+(?:the\\s+|standard\\s+|vanilla\\s+)?(" + NAME + ")\\s+with\\s+(?:our|an?|the proposed)\\b");
    /** "we used two simple ideas to incorporate inductive bias into the MLP-Mixer": the method is that model with more in it. */
    static final Pattern PUT_INTO = Pattern.compile(
            "\\b(?:incorporat|integrat|inject)\\w*\\s+(?:[\\w\\-]+\\s+){1,5}?into\\s+(?:the\\s+|a\\s+|standard\\s+|vanilla\\s+|original\\s+)*(" + NAME + ")(?![\\w\\-])");
    /** "Our framework utilises an auto-encoder as ...": the method is built on that family. */
    static final Pattern OUR_USES_FAMILY = Pattern.compile(
            "\\b(?:[Oo]ur|[Tt]he proposed)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:framework|model|method|approach|architecture|system)\\s+"
                    + "(?:utili[sz]es|uses|employs|adopts)\\s+(?:an?|the)\\s+([\\w\\-]+)\\b");
    /**
     * A named model the method is made from: "fine-tunes a pretrained T5 model", "leverages a frozen CLIP
     * encoder", "employs BERT as the text encoder", "uses a U-Net backbone". Not a model used to judge or
     * compare ("uses GPT-4 as a judge").
     */
    static final Pattern USES_NAMED = Pattern.compile(
            "\\b(?:uses?|use of|using|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|leverag(?:es?|ed|ing)|utili[sz](?:es?|ed|ing)|"
                    + "fine-?tun(?:es?|ed|ing)|initiali[sz](?:es?|ed|ing)\\s+(?:from|with)|enhanc(?:es|ing)|prun(?:es|ing))\\s+"
                    + "(?:(?:a|an|the|our|its)\\s+)?(?:(?:pre-?trained|frozen|default|standard|off-the-shelf|vanilla|powerful|lightweight|"
                    + "large|small|shared)\\s+)*"
                    + "(" + NAME + "(?:\\s+\\d+(?:\\.\\d+)*)?)"
                    + "(?=\\s+(?:(?:text|image|vision|visual|audio|speech|language)\\s+)?(?:model|encoder|decoder|backbone|architecture|network|weights|checkpoints?)\\b"
                    + "|\\s+as\\s+(?:(?:a|an|the|our)\\s+)?(?:(?:text|image|vision|visual|audio|speech|language|base)\\s+)?(?:encoder|decoder|backbone|base model|initiali[sz]ation|foundation)\\b"
                    + "|\\s+with\\s)");

    /**
     * The named model a method is fine-tuned from: "a model fine-tuned from the LLaMA 7B model", "trained by fine-tuning
     * LLaMA on user-shared conversations", "we use to fine-tune GPT-3 using supervised learning".
     */
    static final Pattern FINE_TUNED = Pattern.compile(
            "\\bfine-?tun(?:e|es|ed|ing)\\s+(?:from\\s+)?(?:(?:a|an|the)\\s+)?(?:pre-?trained\\s+)?"
                    + "(" + NAME + "(?:\\s+\\d+(?:\\.\\d+)?[BMK]?)?)(?=\\s+(?:on|using|with|model)\\b)");

    private BaseMethodFinder() {
    }

    /** A well-known method or family ({@code methods.txt}), in any case: "transformer", "ResNet". */
    private static boolean isFamily(String name) {
        return KnownMethods.contains(name);
    }

    /** Whether the sentence says anything about bases or baselines. */
    static boolean hasCue(Sentence s) {
        String t = s.text();
        return BASE_CUE.matcher(t).find() || PUT_INTO.matcher(t).find() || USES_NAMED.matcher(t).find() || REPLACED_IN.matcher(t).find() || OUR_USES_FAMILY.matcher(t).find() || AFFIX_BASE.matcher(t).find() || COMPARED.matcher(t).find() || LEADING_COMPARISON.matcher(t).find() || !winningComparisons(t).isEmpty();
    }

    /** A proposal that is itself a family member: "Inceptive Transformers", "SOLO, a single transformer". */
    static Link family(Found method) {
        Link named = KnownMethods.inPhrase(method);
        if (named != null) {
            return named;
        }
        Matcher a = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(method.name)
                + ",\\s+an?\\s+((?:[\\w\\-]+\\s+){0,3}[\\w\\-]+)").matcher(method.evidence.sentence());
        String known = a.find() ? KnownMethods.firstIn(a.group(1)) : null;
        return known != null ? new Link(known, Rule.FAMILY_BASED, a.start(1)) : null;
    }

    static List<Link> bases(Sentence s, Found method, String abstractText) {
        List<Link> out = new ArrayList<>();
        String text = s.text();
        Matcher m = BASE_CUE.matcher(text);
        List<Acronyms.Definition> defs = Acronyms.find(text);
        while (m.find()) {
            boolean ideas = IDEAS.matcher(m.group()).find();
            if (HYBRID.matcher(m.group()).lookingAt() || ideas) {
                // a hybrid of named methods, not of its own capitalised parts ("combines Local Spatio-Temporal Encoding")
                // ideas from a class of models are the examples it names: "from cross-lingual pre-trained models, such as XLM and Unicoder"
                Matcher such = SUCH_AS.matcher(text).region(m.start(1), text.length());
                int from = ideas && such.lookingAt() ? such.end() : m.start(1);
                List<String> parts = new ArrayList<>(KnownMethods.allIn(text.substring(from).split("[,;.]|\\s(?:for|to|into|in|with|by|that|which)\\s")[0]));
                for (ComparedNames.Name n : ComparedNames.at(text, from)) {
                    // the named examples of a class ideas are taken from: "such as XLM and Unicoder"
                    boolean example = from > m.start(1) && NameShape.isCapitalised(n.text());
                    if ((NameShape.isNameLike(n.text().split("\\s+")[0]) || example) && parts.stream().noneMatch(p -> NameMatch.same(p, n.text()))) {
                        parts.add(n.text());
                    }
                }
                for (String part : parts) {
                    // "ideas from Transformer-XL": the listed Transformer is only part of the name
                    boolean inLonger = parts.stream().anyMatch(q -> q.length() > part.length() && q.startsWith(part + "-"));
                    if (!inLonger && (isMethodName(part, method) || isFamily(part))) {
                        out.add(new Link(part, Rule.BASED_ON, m.start(1)));
                    }
                }
                continue;
            }
            Acronyms.Definition defined = definedAt(defs, text, m.start(1));
            if (defined != null && (method == null || !method.isCalled(defined.shortForm()))) {
                out.add(new Link(text.substring(m.start(1), defined.longEnd()).strip(), Rule.BASED_ON, m.start(1)));
                continue;
            }
            String known = KnownMethods.leading(m.group(1));
            if (known != null && (method == null || !method.isCalled(known))) {
                // "built on Segment Anything Model 2": a version after the listed name is another model
                Matcher version = VERSION_AFTER.matcher(m.group(1)).region(m.group(1).indexOf(known) + known.length(), m.group(1).length());
                out.add(new Link(version.lookingAt() ? known + version.group() : known, Rule.BASED_ON, m.start(1)));
                continue;
            }
            // "from the original LLM.Through empirical evaluation": a missing space ends the sentence
            Matcher w = Pattern.compile(NAME).matcher(m.group(1).split("\\.(?!\\d)")[0]);
            while (w.find()) {
                String name = w.group();
                if (name.matches("(?i)and|or|with|to|for|by|in|of|which|that|its|their")) {
                    break;
                }
                if (method != null && method.isCalled(name)) {
                    break;
                }
                // in a title every word is capitalised: "An Enhanced Implicit Neural ..." names no base
                if (isMethodName(name, method) && (!s.inTitle() || NameShape.isNameLike(name) || isFamily(name))) {
                    // "built on Segment Anything Model 2": a capitalised name goes on over capitalised words and a version
                    Matcher more = NAME_GOES_ON.matcher(text).region(m.start(1) + w.end(), text.length());
                    String whole = !s.inTitle() && Character.isUpperCase(name.charAt(0)) && more.lookingAt() ? name + more.group() : name;
                    out.add(new Link(whole, Rule.BASED_ON, m.start(1) + w.start()));
                    break;
                }
            }
        }
        Matcher r = REPLACED_IN.matcher(text);
        while (r.find()) {
            String name = r.group(1);
            if (isMethodName(name, method) && (NameShape.isNameLike(name) || isFamily(name))) {
                out.add(new Link(name.replaceFirst("s$", ""), Rule.FAMILY_BASED, r.start(1)));
            }
        }
        Matcher named = USES_NAMED.matcher(text);
        while (named.find()) {
            String name = named.group(1);
            if ((NameShape.isNameLike(name.split("\\s+")[0]) || isFamily(name)) && isMethodName(name, method)) {
                out.add(new Link(name, isFamily(name) && !NameShape.isNameLike(name) ? Rule.FAMILY_BASED : Rule.BASED_ON, named.start(1)));
            }
        }
        Matcher into = PUT_INTO.matcher(text);
        while (into.find()) {
            String name = into.group(1);
            if (isMethodName(name, method) && (NameShape.isNameLike(name) || isFamily(name))) {
                out.add(new Link(name, isFamily(name) && !NameShape.isNameLike(name) ? Rule.FAMILY_BASED : Rule.BASED_ON, into.start(1)));
            }
        }
        Matcher tuned = FINE_TUNED.matcher(text);
        while (tuned.find()) {
            String name = tuned.group(1);
            if (NameShape.isNameLike(name.split("\\s+")[0]) && isMethodName(name, method)) {
                out.add(new Link(name, Rule.BASED_ON, tuned.start(1)));
            }
        }
        Matcher u = OUR_USES_FAMILY.matcher(text);
        while (u.find()) {
            if (isFamily(u.group(1))) {
                out.add(new Link(u.group(1), Rule.FAMILY_BASED, u.start(1)));
            }
        }
        Matcher a = AFFIX_BASE.matcher(text);
        while (a.find()) {
            String name = a.group(1);
            if (modifiesOtherWork(text.substring(a.end())) || describesOtherWork(text.substring(0, a.start(1))) || TaskHead.isActivity(name)) {
                continue;
            }
            if ((NameShape.isNameLike(name) || usedAsName(name, abstractText)) && isMethodName(name, method) && !pluralHead(text.substring(a.end()))
                    || isFamily(name) && !familyOfOtherModels(text.substring(a.end()))) {
                out.add(new Link(name, NameShape.isNameLike(name) ? Rule.EXTENSION_CUE : Rule.FAMILY_BASED, a.start(1)));
            }
        }
        return out;
    }

    /**
     * "the Transformer-based decoder-only HoVLE", "training Transformer-based architectures": a family affix on a
     * named other model or on a plural class is about other work; "a Transformer-based decoder" is the method's.
     */
    private static boolean familyOfOtherModels(String after) {
        return plural(after, true);
    }

    /** "BERT-based rerankers", "GPT-4-based evaluators": a named affix on a plural class is about other work ("an FSQ-based NAC" is not). */
    private static boolean pluralHead(String after) {
        return plural(after, false);
    }

    private static boolean plural(String after, boolean orNamed) {
        Matcher w = Pattern.compile("\\G\\s+([\\p{L}][\\w\\-+.]*[\\w+])").matcher(after);
        String head = null;
        for (int at = 0, i = 0; i < 4 && w.find(at); i++, at = w.end()) {
            String word = w.group(1);
            if (orNamed && NameShape.isNameLike(word) && !NameShape.isGeneric(word)) {
                return true;
            }
            if (!word.matches("\\p{Ll}[\\w\\-]*") || word.matches("and|or|of|for|to|in|on|with|that|which|by|from|as|is|are")) {
                break;
            }
            head = word;
        }
        return head != null && head.matches(".*[^sui]s");
    }

    /**
     * "StableDiffusion-based inpainting methods", "MLP-like baselines": the affix describes a task or
     * other people's work, not what the proposal is built on.
     */
    private static boolean modifiesOtherWork(String after) {
        Matcher next = Pattern.compile("^\\s+([\\w\\-]+)(?:\\s+([\\w\\-]+))?(?:\\s+([\\w\\-]+))?").matcher(after);
        if (!next.find()) {
            return false;
        }
        if (TaskHead.isActivity(next.group(1))) {
            return true;
        }
        for (int i = 1; i <= 3; i++) {
            if (next.group(i) != null && next.group(i).matches("(?i)baselines?|competitors|counterparts|alternatives")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the best INR-based methods", "outperforms autoencoder-based codecs", "the state-of-the-art global MLP-based
     * model": the words before the affix put it on other people's work, which the method is compared with.
     */
    private static boolean describesOtherWork(String before) {
        return OTHER_WORK_BEFORE.matcher(before).find();
    }

    private static final Pattern OTHER_WORK_BEFORE = Pattern.compile(
            "\\b(?:best|existing|previous|prior|other|state-of-the-art|SOTA|SoTA|conventional|traditional|current|popular|"
                    + "outperform\\w*|surpass\\w*|exceed\\w*|beat\\w*|than|against|compared (?:to|with)|competitive with|comparable to)"
                    + "(?:\\s+[\\w\\-]+){0,2}\\s+$");

    /** "generalize the one-shot network architecture search (NAS)": a long form defined right at the cue. */
    private static Acronyms.Definition definedAt(List<Acronyms.Definition> defs, String text, int at) {
        for (Acronyms.Definition d : defs) {
            if (d.longBegin() >= at && text.substring(at, d.longBegin()).matches("\\s*(?:[\\w\\-]+\\s+){0,1}")) {
                return d;
            }
        }
        return null;
    }

    /** A capitalised word the abstract also uses on its own mid-sentence ("such as Samba and ..."): a name. */
    private static boolean usedAsName(String word, String abstractText) {
        return NameShape.isCapitalised(word) && Pattern.compile("[\\p{Ll},]\\s+" + Pattern.quote(word) + "(?![\\p{L}\\p{N}\\-])")
                .matcher(abstractText).find();
    }

    /** "NeRV++" -> NeRV, "RetroMAE v2" -> RetroMAE, "Outlier Suppression+" -> Outlier Suppression. */
    static String suffixBase(String name) {
        Matcher m = Pattern.compile("^(.+?)(?:\\s*\\+\\+?|[\\s\\-]?v\\d+(?:\\.\\d+)?|[\\s\\-]?V\\d+)$").matcher(name);
        return m.matches() && m.group(1).length() >= 2 ? m.group(1).strip() : null;
    }

    /**
     * Whether a text names {@code base} on its own, not as part of a longer name ("NeRV", not "NeRV++", "RetroMAE v2"),
     * in any case ("NERV++" of NeRV). Unlike {@code KnownMethods.standalone}, which reads a name inside another name
     * as written ("AsCAN" must not find the verb "can"), so the two stay apart (merged, both lose a measured base).
     */
    static boolean namedApart(String base, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(base) + "(?![\\p{L}\\p{N}+]|-\\p{L}|\\s*[vV]\\d)", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    static List<Link> beaten(Sentence s, Found method) {
        List<Link> out = new ArrayList<>();
        String text = s.text();
        List<Integer> starts = new ArrayList<>();
        // overlapping: "speedups up to 1.68x ..., outperforming Medusa-1 ... compared to 591M" holds two comparisons
        Matcher c = COMPARED.matcher(text);
        for (int at = 0; at < text.length() && c.find(at); at = c.start() + 1) {
            if (!starts.contains(c.end())) {
                starts.add(c.end());
            }
        }
        Matcher asGood = AS_GOOD_AS.matcher(text);
        while (asGood.find()) {
            if (CHEAPER_AFTER.matcher(text).region(asGood.end(), text.length()).find()) {
                starts.add(asGood.end());
            }
        }
        starts.addAll(winningComparisons(text));
        Matcher lead = LEADING_COMPARISON.matcher(text);
        if (!PARITY.matcher(text).find()) {
            while (lead.find()) {
                starts.add(lead.end());
            }
        }
        for (int from : starts) {
            int end = from;
            for (ComparedNames.Name n : ComparedNames.at(text, from)) {
                // "the LoRA-finetuned model" is LoRA's
                String name = n.text().replaceFirst("(?i)(?<=.)-(?:finetuned|fine-tuned|tuned|trained)$", "");
                if (isMethodName(name, method)) {
                    out.add(new Link(name, Rule.OUTPERFORMS_NAMED, n.begin()));
                }
                end = n.begin() + n.text().length();
            }
            Matcher more = SETTING_THEN_AND.matcher(text);
            while (end > from && more.region(end, text.length()).lookingAt()) {
                List<ComparedNames.Name> next = ComparedNames.at(text, more.end());
                ComparedNames.Name n = next.isEmpty() ? null : next.get(0);
                if (n == null || !NameShape.isNameLike(n.text().split("\\s+")[0]) || !isMethodName(n.text(), method)
                        || !text.substring(n.begin() + n.text().length()).matches("(?s)" + SIZE_WORD + "\\s+" + more.group(1) + "\\b.*")) {
                    break;
                }
                out.add(new Link(n.text(), Rule.OUTPERFORMS_NAMED, n.begin()));
                end = n.begin() + n.text().length();
            }
        }
        return out;
    }

    private static boolean isMethodName(String name, Found method) {
        // "the autoencoders used in ..." is a class of methods, not a named one
        if (name.matches("(?i).*-(?:based|like|style|aware|free|driven|guided|level|wise|inspired)$")
                || name.matches("\\p{Ll}[\\p{Ll}\\-]+[^s]s")
                || name.matches("(?i)approach|method|model|framework|network|architecture|algorithm|system|technique")) {
            return false;
        }
        return (NameShape.isNameLike(name) || isFamily(name)
                || NameShape.isCapitalised(name) && name.length() > 3 && !name.matches("(?:The|This|Our|These|Their|Its|It|We)"))
                && (method == null || !method.isCalled(name)) && !name.matches("(?i)state-of-the-art|SOTA|baselines?");
    }
}
