package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.paperkg.model.Kind;

/**
 * Finds what a paper introduces: names after proposal cues ("we propose X", "called X",
 * "X, a novel ..."), acronym definitions in proposal sentences, the "NAME: description" title
 * shape and, when nothing is named, the descriptive head of the title.
 */
final class ProposalFinder {

    /** "we propose", "this paper introduces", "by proposing", "is proposed". */
    static final Pattern CUE = Pattern.compile(
            "\\b(?:(?:we|this (?:paper|work|study|article|letter)|our (?:work|paper)|here)\\b[^.;]{0,80}?\\b"
                    + "(?:propose|present|introduce|develop|design|devise|build|create|construct|contribute|release|"
                    + "curate|collect|put forward|describe|formulate|offer|proffer|establish|craft|derive|unveil|pioneer|form)(?:s|d|ed)?"
                    + "|we (?:name|call|dub|term) (?:it|this|them|our [\\w\\-]+|the resulting (?:[\\w\\-]+ ){0,2}?(?:model|network|method|architecture|system)s?)|(?:which|that) we (?:call|dub|name|term)|(?<!\\()(?:which|that) we (?:refer to|denote) as"
                    // "Our key contribution is NSA, a natively trainable sparse attention mechanism"
                    + "|(?:our|the) (?:key |main |primary |core |central )?contributions? (?:is|are)"
                    // "We validate our method on three datasets and further propose ...": the subject is still "we"
                    + "|\\band (?:also |further |then |additionally )?(?:propose|present|introduce)"
                    + "|(?:propos|introduc|present|develop|design|deriv)ing"
                    + "|(?:is|are|was|were) (?:proposed|introduced|presented|developed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLED = Pattern.compile(
            // lower case only: "Named Entity (NE) tagging" names nothing
            "\\b(?:(?-i:(?:called|named|dubbed|termed) as|called|named|dubbed|termed|coined)|namely|denoted(?: as)?|referred to as|(?:which|that) we (?:call|dub|name|term)|(?<!\\()(?:which|that) we (?:refer to|denote) as|a\\.k\\.a\\.?|also known as|abbreviated as"
                    + "|(?:we\\s+)?refer to (?:this|it|our|the)\\b[^,.;]{0,40}?\\bas"
                    // "We call this approach Tree Search", "we term this new family of models X"
                    + "|we\\s+(?:name|call|term|dub)\\s+(?:(?:this|these|our)\\s+(?:[\\w\\-]+\\s+){0,3}?(?:model|method|approach|framework|architecture|"
                    + "network|system|algorithm|technique|scheme|strategy|paradigm|pipeline|module|loss|objective|mechanism|family|procedure|layer|block)s?"
                    + "|it|this|them|our\\s+[\\w\\-]+"
                    // "We call the resulting models InstructGPT"
                    + "|the\\s+resulting\\s+(?:[\\w\\-]+\\s+){0,2}?(?:model|network|method|architecture|system)s?)(?:\\s+as)?"
                    // "in a novel framework we call SSDLite": a relative clause without "which"
                    + "|(?<=\\p{Ll}\\s)we\\s+(?:call|dub|term)(?=\\s+(?-i:\\p{Lu})))\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*,\\s*(?:a|an|the|our)\\s+"
                    // "GraphPrompt, the strongest previous method,": someone else's
                    + "(?![^,.;]{0,60}\\b(?:previous|prior|existing|earlier|baseline|competing|current|popular|widely)\\b)"
                    + "(?:\\S+\\s+){0,3}?(?:novel|new|simple|unified|general|generic|efficient|"
                    + "lightweight|scalable|first|open|plug|training-free|large|strong|hierarchical)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "MixedAE surpasses iBOT, a strong MIM method": an appositive after a comparison describes the baseline. */
    private static final Pattern BEATEN_BEFORE = Pattern.compile(
            "\\b(?:outperform\\w*|surpass\\w*|beat\\w*|exceed\\w*|than|over|compared (?:to|with)|against|versus|vs\\.?)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUR_MODEL_NAMED = Pattern.compile(
            "\\b(?:[Oo]ur|[Tt]he proposed) (?:[\\w\\-]+\\s+){0,3}(?:model|method|variant|system|version|approach|framework|architecture|network|algorithm|solution|pipeline|agent|technique|strategy|scheme|recipe)\\b"
                    + "(?:(?!\\b(?:than|rivals?|outperform\\w*|surpass\\w*|beats?|compared|state-of-the-art|SOTA|current|previous|prior)\\b)[^,.;]){0,50},"
                    // "Our method, Mixture-of-Depths (MoD), enforces ..."
                    + "\\s*([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+](?:\\s+\\p{Lu}[\\p{L}\\p{N}+\\-]*){0,3})\\s*(?:\\((\\p{Lu}[^()\\s]{1,12})\\)\\s*)?,");
    private static final Pattern NAME_THEN_OURS = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-])([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s*,\\s*(?:our (?:proposed |new |novel )?|the proposed )(?:[\\w\\-]+\\s+){0,2}?"
                    + "(?:model|method|approach|framework|architecture|network|algorithm|system|solution|pipeline|agent|technique)\\s*,");
    private static final Pattern OUR_MODEL_CALLED = Pattern.compile(
            "^\\s*(?:Our|This|The (?:proposed|resulting|new|final))\\s+(?:[\\w\\-]+\\s+){0,3}?"
                    + "(?:model|method|approach|network|architecture|framework|module|system|algorithm|technique|scheme)s?"
                    + "\\s*,?\\s*(?:is |was )?(?:called|named|dubbed|termed)\\s+");
    /** "Our supervised compression approach uses ... (Entropic Student)": a name in brackets closing a sentence about ours. */
    private static final Pattern OUR_MODEL_BRACKETED = Pattern.compile(
            "\\b(?:[Oo]ur|[Tt]he proposed)\\s+(?:[\\w\\-]+\\s+){0,3}?(?:model|method|approach|network|architecture|framework|system|"
                    + "algorithm|technique|scheme)\\b[^()]{0,200}\\((\\p{Lu}[\\p{L}\\p{N}\\-+]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}\\-+]*){0,2})\\)\\s*[.;]?$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s*(?::|\\b(?:[Ff]or|[Ww]ith|[Vv]ia|[Uu]sing|through|at|in|as)\\b)\\s*");
    private static final Pattern NOVEL_BEFORE = Pattern.compile(
            "\\b(?:a|an|our|the)\\s+(?:novel|new|proposed|innovative)\\s+(?:[\\w\\-]+\\s+){0,2}$|\\b[Oo]ur\\s+(?:[\\w\\-]+\\s+){0,1}$");
    private static final Pattern OUR_BEFORE = Pattern.compile("\\b[Oo]ur\\s+$");
    private static final Pattern OUR_NOVEL_TITLED = Pattern.compile(
            "\\b[Oo]ur (?:novel|new|proposed) ((?:\\p{Lu}\\p{Ll}[\\p{L}\\-]*\\s+){1,3}?\\p{Lu}\\p{Ll}[\\p{L}\\-]*)(?=\\s+\\p{Ll}|[,.;])");
    /** "a novel 'Configuration-Invariant Knowledge Distillation' loss": a quoted name. */
    private static final Pattern NOVEL_QUOTED = Pattern.compile(
            "\\b(?:novel|new|proposed|our)\\s+['\"\u2018\u201c]((?:\\p{Lu}[\\p{L}\\p{N}\\-]*\\s*){1,6})['\"\u2019\u201d]");
    private static final Pattern CLASS_HEAD_AFTER = Pattern.compile(
            "\\s*(?:-based\\s+)?(?:approach|method|model|framework|architecture|module|loss|algorithm|technique|scheme|strategy|"
                    + "paradigm|pipeline|system|network|block|layer|objective|task|setting|problem)s?\\b");
    private static final Pattern COLON_NAME = Pattern.compile(
            ":\\s*(?:the\\s+|a\\s+|an\\s+)?(\\p{Lu}[\\p{L}\\p{N}+\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}+\\-]*){0,5})\\s*(?:\\([^()]{1,15}\\))?\\s*\\.?$");
    /** "a novel hierarchical NSE": lower-case modifiers of an acronym name. */
    private static final Pattern MODIFIED_ACRONYM = Pattern.compile(
            "((?:[\\p{Ll}][\\p{Ll}\\-]+\\s+){1,2}(\\p{Lu}[\\p{L}\\p{N}+]*\\p{Lu}[\\p{L}\\p{N}+]*))(?![\\p{L}\\p{N}\\-])");
    /** "propose X and the Y": a second name coordinated with the first. */
    private static final Pattern AND_NEXT = Pattern.compile("\\s*,?\\s*and\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:novel|new)\\s+)?");
    private static final Pattern CUE_HEAD_APPOSITION = Pattern.compile(
            "\\s*(?:a|an|the|our)\\s+(?:[\\w\\-]+\\s+){0,5}?[\\w\\-]+\\s*,\\s*"
                    + "(?:([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+](?:\\s+\\p{Lu}[\\p{L}\\p{N}+\\-]*){0,3})"
                    // "a new framework for language model inference, \"Tree of Thoughts\" (ToT), which"
                    + "|[\"\u201c\u2018](\\p{Lu}[\\p{L}\\p{N}+\\-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-]*){0,5})[\"\u201d\u2019])\\s*(?:[,(;]|\\.?$)");
    private static final Pattern CUE_HEAD_BRACKETED = Pattern.compile(
            "\\s*(?:a|an|the|our)\\s+(?:[\\w\\-]+\\s+){0,5}?[\\w\\-]+\\s*\\(([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\)");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.']*[\\p{L}\\p{N}+]|\\p{L}");
    private static final Pattern DATASET_HEAD = Pattern.compile(
            "\\b(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|data set|suite|test ?bed|collection|leaderboard|(?:evaluation|test) set)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC_HEAD = Pattern.compile("\\b(?:metric|measure|score)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLE_STOP = Set.of("towards", "toward", "on", "is", "are", "the", "a", "an",
            "of", "to", "all", "you", "need", "what", "how", "why", "when", "more", "less", "beyond", "one", "from",
            "revisiting", "rethinking", "understanding", "learning", "make", "makes", "do", "does", "your", "we", "our",
            "my", "us", "up", "it", "its", "not", "no");

    private final Gazetteer datasets;
    private final Gazetteer metrics;
    private final String abstractText;
    /** Acronyms the abstract defines for a task ("zero-shot semantic segmentation (ZS3) method"). */
    private final Set<String> taskAcronyms;
    /** The abstract's acronym definitions, read once. */
    private final List<Acronyms.Definition> definitions;

    /** A finder for one paper's abstract and the acronyms it defines ({@link Acronyms#find}). */
    ProposalFinder(Gazetteer datasets, Gazetteer metrics, String abstractText, List<Acronyms.Definition> definitions) {
        this.datasets = datasets;
        this.metrics = metrics;
        this.abstractText = abstractText;
        this.definitions = definitions;
        this.taskAcronyms = definitions.stream().filter(d -> namesATask(d, abstractText))
                .map(Acronyms.Definition::shortForm).collect(Collectors.toSet());
    }

    List<Found> find(Sentence title, List<Sentence> abstractSentences) {
        List<Found> found = new ArrayList<>();
        titleName(title).ifPresent(found::add);
        for (Sentence s : abstractSentences) {
            fromCueSentence(s, found);
        }
        for (Sentence s : abstractSentences) {
            ourName(s, found);
            ourModelCalled(s, found);
            novelDefined(s, found);
        }
        suffixVariants(abstractSentences, found);
        describedVariants(abstractSentences, found);
        withDefinedForms(found);
        if (found.stream().noneMatch(f -> f.kind == Kind.METHOD)) {
            for (Sentence s : abstractSentences) {
                definedResultSubject(s, found, false);
            }
        }
        // a famous paper's own name is a listed method (ViT, MAE, GPT-3): only when nothing else is proposed,
        // and only in the shapes that make it the paper's own
        if (found.stream().noneMatch(f -> f.kind == Kind.METHOD)) {
            for (Sentence s : abstractSentences) {
                ownKnownName(s, found);
            }
        }
        if (found.stream().noneMatch(f -> f.kind == Kind.METHOD)) {
            titleClaim(title).or(() -> titlePhrase(title)).filter(p -> found.stream().noneMatch(f -> f.isCalled(p.name)))
                    .ifPresent(found::add);
        }
        if (found.stream().noneMatch(f -> f.kind == Kind.METHOD)) {
            abstractSentences.stream().filter(s -> CUE.matcher(s.text()).find()).map(ProposalFinder::cuePhrase)
                    .flatMap(Optional::stream).findFirst().ifPresent(found::add);
        }
        // parts named in passing come after the fallbacks: they are seldom what the paper is about
        for (Sentence s : abstractSentences) {
            novelCalled(s, found);
            conceptOf(s, found);
        }
        if (found.stream().anyMatch(f -> f.kind == Kind.METHOD)) {
            titleTechnique(title, found);
        }
        // the fallbacks' names too: a title phrase "Direct Multi-Token Decoding" that the abstract defines as DMTD
        withDefinedForms(found);
        found.replaceAll(ProposalFinder::kindByLongForm);
        found.replaceAll(this::kindByAbstractApposition);
        return found;
    }

    /** Each proposal called by one form of an acronym definition gets the other form as an alias. */
    private void withDefinedForms(List<Found> found) {
        for (Acronyms.Definition d : definitions) {
            for (Found f : found) {
                if (f.isCalled(d.longForm())) {
                    f.alias(d.shortForm());
                } else if (f.isCalled(d.shortForm())) {
                    f.alias(d.longForm());
                }
            }
        }
    }

    /** "Focus-DETR: ..." -> Focus-DETR; "Inceptive Transformers: ..." -> Inceptive Transformers. */
    private Optional<Found> titleName(Sentence title) {
        String t = title.text();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 45) {
            return Optional.empty();
        }
        String head = t.substring(0, colon).strip();
        String[] words = head.split("\\s+");
        // "ReLU's Revival: ...": a possessive phrase is no name
        if (words.length > 4 || head.matches(".*\\p{L}['\u2019]s\\b.*")) {
            return Optional.empty();
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "wav2vec 2.0", "Llama 2": a version after the first word
            boolean version = i > 0 && w.matches("[vV]?\\d+(?:\\.\\d+)*[A-Za-z]?");
            if (!version && (TITLE_STOP.contains(w.toLowerCase(Locale.ROOT)) || !(NameShape.isCapitalised(w) || NameShape.isNameLike(w)))) {
                return Optional.empty();
            }
        }
        Kind kind = kindOfDescribed(head, t.substring(colon + 1));
        boolean shaped = Arrays.stream(words).anyMatch(NameShape::isNameLike) || words.length == 1;
        return Optional.of(new Found(head, kind, true, title.evidence(), shaped ? Rule.TITLE_NAME : Rule.TITLE_WORDS));
    }

    private void fromCueSentence(Sentence s, List<Found> found) {
        Matcher cue = CUE.matcher(s.text());
        if (!cue.find()) {
            appositive(s, found, 0);
            return;
        }
        // "On HumanEval, a new evaluation set we release to measure ...": a new thing named before the cue
        Matcher before = NEW_BEFORE_CUE.matcher(s.text()).region(0, cue.start());
        while (before.find()) {
            String name = before.group(1);
            if (NameShape.isNameLike(name) && !isListed(name)) {
                add(found, name, s, Rule.APPOSITIVE_NAME, s.text().substring(before.end()));
            }
        }
        // each cue of the sentence on its own: "we propose a HyperZ operator ... we present a novel Terminator architecture"
        do {
            fromCue(s, cue.toMatchResult(), found);
        } while (cue.find());
    }

    /** Released artefacts, not a new method: "release Flax-based T5X checkpoints", "will release our code". */
    private static final Pattern RELEASED_ARTEFACTS = Pattern.compile(
            "(?<=\\b(?:release|releases|released|releasing|open-source|open-sourced))\\s+(?:(?:all|our|the|its|their)\\s+)?(?:[\\w\\-+.]+\\s+){0,2}"
                    + "(?:code|codes|checkpoints?|weights|implementations?|source code)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether what a cue ending at {@code cueEnd} releases is code or weights. */
    static boolean releasesArtefacts(String text, int cueEnd) {
        return RELEASED_ARTEFACTS.matcher(text).region(cueEnd, text.length()).useTransparentBounds(true).lookingAt();
    }
    private static final Pattern HEAD_THEN_BRACKET = Pattern.compile(
            "\\s+(?:(?:method|model|network|framework|architecture|approach|algorithm|system)\\s+)?\\((\\p{Lu}[\\p{L}\\p{N}+\\-]*(?:\\s[\\p{L}\\p{N}+\\-]+)?)\\)");

    private static final Pattern CUE_HEAD_NAME = Pattern.compile(
            "\\s*(?:a|an|the|our)\\s+(?:[\\w\\-]+\\s+){0,4}?(?:framework|method|model|approach|architecture|network|system|algorithm|module|"
                    + "benchmark|dataset|corpus|agent|pipeline|strategy|technique|scheme|paradigm|toolkit|tool|library|mechanism|loss|metric|"
                    + "platform|language|detector|tracker|encoder|decoder|codec|optimizer|block|layer|operator|suite)"
                    + "\\s+([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])(?=\\s*[,.;:(]|\\s+(?:that|which|to|for|with|in|on|based|by|using|and)\\b)");
    private static final Pattern LOWER_VERSIONED_NAME = Pattern.compile("(\\p{Ll}[\\p{Ll}\\p{N}]+-\\d+(?:\\.\\d+)?)(?=\\s*,\\s*(?:a|an)\\s)");
    private static final Pattern KIND_THEN_APPOSITION = Pattern.compile(
            "\\s+(?:[\\w\\-]+\\s+){0,1}(?:model|method|framework|architecture|network|approach|system|algorithm|module)s?\\s*,\\s*\\p{Lu}");
    private static final Pattern PURPOSE_BEFORE = Pattern.compile(
            "\\b(?:to|when|while|by|using|via|based on|built on|upon)\\b");
    private static final Pattern PASSIVE_SUBJECT = Pattern.compile(
            "(?:(?:^|\\b(?:[Aa]n?|[Tt]he)\\s)[^,;()]{0,60}\\(([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\)"
                    // a bare name opens its clause: "In this paper, X is proposed", not "a comparison of ... for LTAG and HPSG is presented"
                    + "|(?:^|,\\s*)([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+]))\\s*$");
    private static final Pattern PASSIVE_BY_OTHERS = Pattern.compile(
            "\\s+(?:by|earlier|previously|originally|recently|in\\s+(?:\\[|\\(|\\d|the literature|prior|previous|earlier))\\b");
    private static final Pattern NEW_BEFORE_CUE = Pattern.compile(
            "([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+]),\\s+(?:a|an)\\s+(?:new|novel)\\b");

    private void fromCue(Sentence s, MatchResult cue, List<Found> found) {
        String text = s.text();
        int after = cue.end();
        boolean passive = cue.group().toLowerCase(Locale.ROOT).matches("(?:is|are|was|were) .*");
        List<Acronyms.Definition> defs = Acronyms.find(text);
        int before = found.size();
        // what this cue names, new or already known (a title's name said again): once it names something, later shapes stay quiet
        List<Found> named = new ArrayList<>();
        // called X / named X
        Matcher called = CALLED.matcher(text);
        if (called.find(passive ? 0 : cue.start())) {
            String name = nameOrQuotedAt(text, called.end());
            if (name != null) {
                String longForm = longFormOf(name, defs);
                name = acronymOf(name, defs);
                Found f = add(found, name, s, Rule.CALLED_NAME, text.substring(Math.max(0, called.start() - 60), called.start()),
                        longForm.equals(name) ? null : longForm);
                withAcronym(f, defs);
                keep(named, f);
            }
        }
        // a name right after the cue verb: "we propose Focus-DETR", "we introduce the X"
        if (named.isEmpty() && !passive) {
            Matcher m = Pattern.compile("^\\s*(?:(?:a|an|the|our|two|three|[a-z]+ly)\\s+)?(?:(?:novel|new)\\s+)?")
                    .matcher(text.substring(after));
            if (m.find()) {
                int at = after + m.end();
                String name = nameAt(text, at);
                // "We introduce phi-1, a new large language model": a lower-case name with its version, set off
                Matcher lowerVersioned = LOWER_VERSIONED_NAME.matcher(text).region(at, text.length());
                if (name == null && lowerVersioned.lookingAt()) {
                    name = lowerVersioned.group(1);
                }
                if (name == null) {
                    Matcher modified = MODIFIED_ACRONYM.matcher(text.substring(at));
                    // "a novel hierarchical NSE", but not "the residual SwinV2 Transformer model": a modified well-known model is no name
                    // nor "a minimal VLP model, Vision-and-Language Transformer (ViLT),": the acronym is the kind of the name set off after it
                    name = modified.lookingAt() && adjectivesBefore(s, at, modified.group(2)) && !KnownMethods.contains(modified.group(2))
                            && !KIND_THEN_APPOSITION.matcher(text).region(at + modified.end(), text.length()).lookingAt()
                            ? modified.group(1) : null;
                }
                // "a novel Transformer encoder with ... (I3D)": a well-known family before a head describes the proposal's kind
                boolean family = name != null && KnownMethods.contains(name) && followsAsHead(text, at + name.length());
                // "We release Flax-based T5X checkpoints": released artefacts of a model, not a new method
                boolean artefacts = releasesArtefacts(text, after);
                // "we develop a Bayesian framework": an adjective from a name is no name of its own
                // nor "we devise an LSTM-based method": a modifier made from a name ("-based", "-guided") is the proposal's means
                boolean adjective = name != null && (name.matches("\\p{Lu}\\p{Ll}+(?:ian|ean)") || NameShape.isModifier(name));
                if (name != null && !family && !artefacts && !adjective && (NameShape.isNameLike(name) || name.contains(" ") || followsAsName(text, at + name.length()))) {
                    String longForm = longFormOf(name, defs);
                    String shortName = acronymOf(name, defs);
                    // "a Fast Region-based Convolutional Network method (Fast R-CNN)": the bracketed name is the short one
                    Matcher bracket = HEAD_THEN_BRACKET.matcher(text).region(at + name.length(), text.length());
                    if (shortName.equals(name) && bracket.lookingAt() && Arrays.stream(bracket.group(1).split(" ")).anyMatch(NameShape::isNameLike)
                            && !isListed(bracket.group(1))) {
                        longForm = name;
                        shortName = bracket.group(1);
                    }
                    Found f = add(found, shortName, s, Rule.CUE_NAME, text.substring(after), longForm.equals(shortName) ? null : longForm);
                    withAcronym(f, defs);
                    keep(named, f);
                    Matcher and = AND_NEXT.matcher(text.substring(Math.min(text.length(), at + name.length())));
                    String second = and.lookingAt() ? nameAt(text, at + name.length() + and.end()) : null;
                    if (second != null && (NameShape.isNameLike(second) || second.contains(" "))) {
                        add(found, second, s, Rule.CUE_NAME, text.substring(at + name.length()));
                    }
                }
            }
        }
        // a name after a colon closing the cue sentence: "we establish a new class of ... models: Probabilistic Circuits (PCs)."
        if (named.isEmpty() && !passive) {
            Matcher c = COLON_NAME.matcher(text.substring(after));
            if (c.find() && (NameShape.isNameLike(c.group(1)) || c.group(1).contains(" ")) && !isKnown(c.group(1))) {
                keep(named, withAcronym(add(found, c.group(1), s, Rule.CUE_NAME, text.substring(after)), defs));
            }
        }
        // a name in apposition: "we propose a generic approach, EarlyBIRD, to ...", "we present the first Encoder-free 3D LMM, ENEL."
        if (named.isEmpty() && !passive) {
            Matcher a = CUE_HEAD_APPOSITION.matcher(text.substring(after));
            String name = !a.lookingAt() ? "" : a.group(1) != null ? a.group(1) : a.group(2);
            if ((NameShape.isNameLike(name) || name.contains(" ") && isTitleCase(name)) && !isKnown(name)) {
                // "a minimal VLP model, Vision-and-Language Transformer (ViLT),": one proposal with the title's ViLT
                String shortName = acronymOf(name, defs);
                keep(named, withAcronym(add(found, name, s, Rule.CUE_NAME, text.substring(after), shortName.equals(name) ? null : shortName), defs));
            }
        }
        // a name right after the described proposal's head: "we propose a novel framework ThoughtSearch that ...",
        // "we develop a tree search agent ThoughtSearch, which"
        if (named.isEmpty() && !passive) {
            Matcher h = CUE_HEAD_NAME.matcher(text).region(after, text.length());
            if (h.lookingAt() && NameShape.isNameLike(h.group(1)) && !isListed(h.group(1)) && !KnownMethods.isInstance(h.group(1))) {
                keep(named, withAcronym(add(found, h.group(1), s, Rule.CUE_NAME, text.substring(after)), defs));
            }
        }
        // an acronym defined right after the cue: "we introduce the Gated Memory Unit (GMU)"
        for (Acronyms.Definition d : defs) {
            String between = d.longBegin() >= after ? text.substring(after, d.longBegin()) : "";
            boolean near = (between.matches("\\s*(?:[\\w\\-]+\\s+){0,3}")
                    || isTitleCase(d.longForm()) && between.matches("[^.;:()]{0,90}") && between.split("\\s+").length <= 12)
                    // "a novel framework for Named Entity Recognition (NER)", "to detect ... when integrating Global Navigation
                    // Satellite System (GNSS)": what the proposal is for or works on, not its name
                    && !PURPOSE_BEFORE.matcher(between.substring(between.lastIndexOf(',') + 1)).find();
            if (!passive && named.isEmpty() && d.longBegin() >= after && near
                    && !isListed(d.shortForm()) && !NameShape.isGeneric(d.shortForm()) && !namesListedTask(d)) {
                Found f = add(found, d.shortForm(), s, Rule.ACRONYM_AFTER_CUE, text.substring(d.shortEnd()), d.longForm());
                if (f != null) {
                    f.alias(d.longForm());
                }
                keep(named, f);
            }
        }
        // a name in brackets after the described proposal: "further propose a novel evaluation metric (AV-Align)"
        if (named.isEmpty() && !passive) {
            Matcher b = CUE_HEAD_BRACKETED.matcher(text.substring(after));
            if (b.lookingAt() && NameShape.isNameLike(b.group(1)) && !isListed(b.group(1)) && !PURPOSE_BEFORE.matcher(b.group()).find()
                    && defs.stream().noneMatch(d -> d.shortForm().equals(b.group(1)) && namesListedTask(d))) {
                keep(named, add(found, b.group(1), s, Rule.CUE_NAME, text.substring(after)));
            }
        }
        // "a thought search framework (ThoughtSearch) is proposed", "In this paper, ThoughtSearch is proposed to ...": the subject
        // of a present passive cue, not one proposed by others ("X is proposed by Smith et al.", "was proposed in 2017")
        if (named.isEmpty() && cue.group().matches("(?is)(?:.*\\s)?(?:is|are) (?:proposed|introduced|presented|developed)") && !PASSIVE_BY_OTHERS.matcher(text).region(after, text.length()).lookingAt()) {
            Matcher subject = PASSIVE_SUBJECT.matcher(text).region(0, cue.start() + cue.group().lastIndexOf(' ', cue.group().lastIndexOf(' ') - 1) + 1);
            String name = !subject.find() ? null : subject.group(1) != null ? subject.group(1) : subject.group(2);
            boolean defined = name != null && subject.group(1) != null && defs.stream().anyMatch(d -> d.shortForm().equals(subject.group(1)));
            if (name != null && (defined || NameShape.isNameLike(name)) && !isListed(name) && !taskAcronyms.contains(name)) {
                keep(named, withAcronym(add(found, name, s, Rule.CUE_NAME, text.substring(after)), defs));
            }
        }
        appositive(s, found, cue.start());
        // variants that share the proposal's name: "PSCodec-Base, PSCodec-DRL-ICT"
        for (int i = before; i < found.size(); i++) {
            String base = found.get(i).name;
            Matcher v = Pattern.compile(Pattern.quote(base) + "-[\\p{L}\\p{N}\\-+]+").matcher(text);
            while (v.find()) {
                add(found, v.group(), s, Rule.VARIANT_NAME, text.substring(Math.max(0, v.start() - 40), v.start()));
            }
        }
    }

    /**
     * "ClsCLIP+", "RetroMAE v2" or "mmMamba-hybrid" of a proposed ClsCLIP / RetroMAE / mmMamba is a
     * proposal of its own, and so is an acronym defined on the proposal's name: "a 2.6B MatFormer
     * language model (MatLM)".
     */
    private void suffixVariants(List<Sentence> sentences, List<Found> found) {
        for (Found f : List.copyOf(found)) {
            if (f.kind != Kind.METHOD || !f.named || !NameShape.isNameLike(f.name)) {
                continue;
            }
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(f.name)
                    + "(?:\\+\\+?|[\\s\\-]?v\\d+|-(?!" + NOT_VARIANT + ")[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}+\\-])");
            for (Sentence s : sentences) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    add(found, m.group(), s, Rule.VARIANT_NAME, "");
                }
            }
            for (Acronyms.Definition d : definitions) {
                if (Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(f.name) + "\\b").matcher(d.longForm()).find()
                        && !f.isCalled(d.shortForm()) && !f.isCalled(d.longForm()) && !isKnown(d.shortForm())) {
                    sentences.stream().filter(s -> s.text().contains(d.longForm())).findFirst()
                            .ifPresent(s -> add(found, d.shortForm(), s, Rule.VARIANT_NAME, "", d.longForm()));
                }
            }
        }
    }

    /** A variant the abstract describes as one of a proposal: "we discuss AdaMax, a variant of Adam based on the infinity norm". */
    private void describedVariants(List<Sentence> sentences, List<Found> found) {
        for (Found f : List.copyOf(found)) {
            if (f.kind != Kind.METHOD || !f.named) {
                continue;
            }
            Pattern p = Pattern.compile("([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+]),\\s+(?:a|an)\\s+(?:[\\w\\-]+\\s+){0,3}?"
                    + "(?:variant|version|extension|generali[sz]ation)\\s+of\\s+(?:our\\s+|the\\s+)?" + Pattern.quote(f.name) + "\\b");
            for (Sentence s : sentences) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    if (NameShape.isNameLike(m.group(1)) && !isListed(m.group(1))) {
                        add(found, m.group(1), s, Rule.VARIANT_NAME, s.text().substring(m.end()));
                    }
                }
            }
        }
    }

    /** Suffixes that describe a use of the name, not a variant of it: "MatFormer-based", "DETR-like". */
    private static final String NOT_VARIANT = "(?:based|like|style|free|aware|guided|driven|level|wise|specific|only|inspired|"
            + "generated|enhanced|augmented|trained|pretrained|tuned|related|type|family|series|compatible|friendly)\\b";

    /**
     * A name set off in a sentence that introduces something: "we address this with ThinkLess: a training
     * scheme ...", "we propose to learn sparse representations with a new model, SPLADE-X, which ...",
     * "we train Zeta-7B, an autoregressive language model ...".
     */
    private static final Pattern SET_OFF_NAME = Pattern.compile(
            "\\b(?:[Ww]ith|[Uu]sing|[Ii]ntroduc\\w+|[Pp]ropos\\w+|[Pp]resent\\w*)\\s+([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s*(?::|--|\u2014|\u2013)\\s*(?:a|an)\\s+"
                    + "|\\b(?:[Aa]|[Aa]n)\\s+(?:new|novel)\\s+(?:[\\w\\-]+\\s+){0,3}?[\\w\\-]+\\s*,\\s*([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s*[,(]"
                    // "we train Zeta-7B, an autoregressive language model with ..."
                    + "|\\b(?:train|pre-?train|release|open-source|resulting in|leading to)\\s+([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s*,\\s*(?:a|an)\\s+"
                    // "ThoughtSearch is a novel framework that ...": a sentence that opens on a new thing
                    + "|^([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s+is\\s+(?:a|an)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:novel|new)\\b");
    private static final Pattern PASSIVE_CUE = Pattern.compile("\\b(?:is|are) (?:proposed|introduced|presented|developed)\\b");
    /** The paper speaking of its own work: "we", "our", "this paper". */
    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article))\\b");

    /** "X, a novel ..." */
    private void appositive(Sentence s, List<Found> found, int from) {
        String text = s.text();
        Matcher set = SET_OFF_NAME.matcher(text);
        // "A new benchmark, CodeArena, is introduced to ...": the passive speaks of the paper's own work too
        boolean own = FIRST_PERSON.matcher(text).find() || PASSIVE_CUE.matcher(text).find();
        while (set.find()) {
            String name = set.group(1) != null ? set.group(1) : set.group(2) != null ? set.group(2) : set.group(3) != null ? set.group(3) : set.group(4);
            if (!own && set.group(4) == null) {
                continue;
            }
            if (NameShape.isNameLike(name) && !isListed(name) && !KnownMethods.isInstance(name)) {
                // "a new benchmark, CodeArena,": the description before the name says what it is
                add(found, name, s, Rule.APPOSITIVE_NAME, set.group(2) != null ? set.group() : text.substring(set.end()));
            }
        }
        Matcher n = NAME_TOKEN.matcher(text);
        n.region(from, text.length());
        while (n.find()) {
            String name = n.group();
            if (NameShape.isNameLike(name) && APPOSITIVE.matcher(text.substring(n.end())).find()
                    && !BEATEN_BEFORE.matcher(text.substring(0, n.start())).find()) {
                add(found, name, s, Rule.APPOSITIVE_NAME, text.substring(n.end()));
            }
        }
    }

    /** "our Focus-DETR" or "Our largest model ..., Phi4-mini-Flash-Reasoning, achieves" names a proposal. */
    private void ourName(Sentence s, List<Found> found) {
        Matcher named = OUR_MODEL_NAMED.matcher(s.text());
        while (named.find()) {
            String acronym = named.group(2);
            // "Our approach, Thought Tree Search, achieves": a Title-Case name of two words or more needs no acronym
            if (NameShape.isNameLike(named.group(1)) || (acronym != null || named.group(1).contains(" ")) && isTitleCase(named.group(1).replace('-', ' '))) {
                add(found, acronym != null ? acronym : named.group(1), s, Rule.OUR_NAME, "", acronym != null ? named.group(1) : null);
            }
        }
        // "ThoughtSearch, our proposed method, outperforms ..."
        Matcher reverse = NAME_THEN_OURS.matcher(s.text());
        while (reverse.find()) {
            String name = reverse.group(1);
            if (NameShape.isNameLike(name) && !isListed(name) && !KnownMethods.isInstance(name)) {
                add(found, name, s, Rule.OUR_NAME, "");
            }
        }
        // "Our novel Focal Loss focuses training on ...": a Title-Case name, capitalised mid-sentence, after "our novel"
        Matcher titled = OUR_NOVEL_TITLED.matcher(s.text());
        while (titled.find()) {
            String name = titled.group(1);
            if (!namesNothing(name) && !isListed(name) && found.stream().noneMatch(f -> f.isCalled(name))) {
                add(found, name, s, Rule.OUR_NAME, s.text().substring(titled.end()));
            }
        }
        Matcher m = Pattern.compile("\\b[Oo]ur (?:proposed )?([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])").matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (NameShape.isNameLike(name) && found.stream().noneMatch(f -> f.isCalled(name)) && !KnownMethods.isInstance(name)) {
                add(found, name, s, Rule.OUR_NAME, s.text().substring(m.end()));
            }
        }
    }

    /** "... with a novel Gated Memory Unit (GMU)", "our Spatio-Temporal Alignment Block (STAB)": a new named part defined in passing. */
    private void novelDefined(Sentence s, List<Found> found) {
        String text = s.text();
        for (Acronyms.Definition d : Acronyms.find(text)) {
            String before = text.substring(Math.max(0, d.longBegin() - 40), d.longBegin());
            // "our quantized-latent autoencoder (QLAE)": after "our" a name needs no capitals
            // unless the phrase goes on to its head: "our masked image modeling (MIM) approach"
            boolean ours = OUR_BEFORE.matcher(before).find() && !CLASS_HEAD_AFTER.matcher(text.substring(d.shortEnd())).lookingAt();
            Matcher novel = NOVEL_BEFORE.matcher(before);
            if (novel.find() && !PURPOSE_BEFORE.matcher(novel.group()).find() && !namesListedTask(d) && (isTitleCase(d.longForm()) || ours) && !isListed(d.shortForm())
                    && !NameShape.isGeneric(d.shortForm()) && !taskAcronyms.contains(d.shortForm())
                    && found.stream().noneMatch(f -> f.isCalled(d.shortForm()) || f.isCalled(d.longForm()))) {
                Found f = add(found, d.shortForm(), s, Rule.ACRONYM_AFTER_CUE, text.substring(d.shortEnd()), d.longForm());
                if (f != null) {
                    f.alias(d.longForm());
                }
            }
        }
    }

    /**
     * Parts named in passing: "a novel 'Configuration-Invariant Knowledge Distillation' loss", and "utilize a
     * novel self-supervised training scheme, named ensemble bootstrapping, to ..." (such a name may be lower-case).
     */
    private void novelCalled(Sentence s, List<Found> found) {
        // "our new Colossal Clean Crawled Corpus": a new capitalised dataset, corpus or benchmark
        Matcher data = NEW_DATA_NAME.matcher(s.text());
        while (data.find()) {
            if (!isListed(data.group(1))) {
                add(found, data.group(1), s, Rule.CALLED_NAME, data.group());
            }
        }
        Matcher q = NOVEL_QUOTED.matcher(s.text());
        while (q.find()) {
            String name = q.group(1).strip();
            if ((name.contains(" ") || NameShape.isNameLike(name)) && !isKnown(name)) {
                add(found, name, s, Rule.CALLED_NAME, s.text().substring(q.end()));
            }
        }
        Matcher m = NOVEL_CALLED.matcher(s.text());
        while (m.find()) {
            calledAfter(s, m, found, false);
        }
    }

    /** "we introduce the concept of voting teachers, where ...", "urges us to initiate the concept of "MetaFormer"". */
    private static final Pattern CONCEPT_OF = Pattern.compile(
            "\\b(?:[Ww]e|us)\\b[^.;]{0,40}?\\b(?:introduce|propose|present|initiate|define)(?:s|d)?\\s+(?:the|a\\s+new|a\\s+novel)\\s+"
                    + "(?:concept|notion)\\s+of\\s+[\"\u201c]?(\\p{L}[\\p{L}\\p{N}\\-]*(?:\\s+\\p{L}[\\p{L}\\p{N}\\-]*){0,3}?)[\"\u201d]?"
                    + "(?=\\s*[,.;(]|\\s+(?:where|which|that|to|in|for|as|and)\\b)");

    /** "... Transformers with Hardware-Efficient Training", "LayerSkip: Enabling Early Exit Inference and Self-Speculative Decoding". */
    private static final Pattern TITLE_TECHNIQUE = Pattern.compile(
            "(?:\\bwith|\\bvia|\\band)\\s+(?!(?:A|An|The)\\s)((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*)(?=\\s+(?:for|in|on|of|to|with)\\b|\\s*$|\\s*[:,.])");

    /** A technique the title names beside the proposal, with a method's head and said again in the abstract, is proposed too. */
    private void titleTechnique(Sentence title, List<Found> found) {
        Matcher m = TITLE_TECHNIQUE.matcher(title.text());
        while (m.find()) {
            String phrase = m.group(1);
            String[] words = phrase.split("\\s+");
            String lower = phrase.toLowerCase(Locale.ROOT);
            if (words.length >= 2 && METHOD_HEAD.matcher(words[words.length - 1]).matches() && !words[words.length - 1].matches("(?i)learning|.*s")
                    && abstractText.toLowerCase(Locale.ROOT).contains(lower) && !KnownMethods.contains(phrase)
                    && TaskFinder.listedIn(phrase).isEmpty() && found.stream().noneMatch(f -> f.isCalled(phrase) || f.isCalled(lower))) {
                found.add(new Found(lower, Kind.METHOD, false, title.evidence(), Rule.TITLE_PHRASE));
            }
        }
    }

    /** A concept the paper introduces is a proposal: named when it has a name's shape, else by its words. */
    private void conceptOf(Sentence s, List<Found> found) {
        Matcher m = CONCEPT_OF.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (isListed(name) || found.stream().anyMatch(f -> f.isCalled(name))) {
                continue;
            }
            if (NameShape.isNameLike(name)) {
                add(found, name, s, Rule.CALLED_NAME, s.text().substring(m.end()));
            } else if (name.contains(" ") && name.equals(name.toLowerCase(Locale.ROOT))) {
                found.add(new Found(name, Kind.METHOD, false, s.evidence(), Rule.CUE_PHRASE));
            }
        }
    }

    /** The name after "a new framework, called": a well-known name only when {@code listedOk}. */
    private void calledAfter(Sentence s, MatchResult m, List<Found> found, boolean listedOk) {
        String name = nameOrQuotedAt(s.text(), m.end());
        if (name == null) {
            Matcher lower = LOWER_NAME.matcher(s.text()).region(m.end(), s.text().length());
            name = lower.lookingAt() ? lower.group(1) : null;
        }
        if (name != null && !isKnown(name) && (listedOk || !KnownMethods.contains(name))) {
            // "the new framework, called DEtection TRansformer or DETR": the acronym is the name
            String longForm = longFormOf(name, definitions);
            String shortName = acronymOf(name, definitions);
            add(found, shortName, s, Rule.CALLED_NAME, m.group(), longForm.equals(shortName) ? null : longForm);
        }
    }

    private static final Pattern NEW_DATA_NAME = Pattern.compile(
            "\\b(?:[Oo]ur|[Aa]|[Aa]n|[Tt]he)\\s+(?:new|novel)\\s+((?:\\p{Lu}[\\p{L}\\p{N}\\-]*\\s+){1,5}(?:Corpus|Dataset|Benchmark|Treebank))\\b");
    private static final Pattern NOVEL_CALLED = Pattern.compile(
            "\\b(?:(?:a|an|our|the)\\s+(?:novel|new|proposed)\\s+(?:[\\w\\-]+\\s+){0,4}?"
                    // "we implement our findings into a simple self-supervised method, called DINO", "The method, called Mask R-CNN"
                    // "Our fine-tuned LLMs, called Llama 2-Chat"
                    + "|(?<=\\b(?:[Ww]e|[Oo]ur)\\b.{0,150})(?:a|an|our)\\s+(?:[\\w\\-]+\\s+){0,4}?|(?:^|\\.\\s+)(?:The|Our)\\s+(?:[\\w\\-]+\\s+){0,2}?)(?:approach|method|model|framework|architecture|module|"
                    + "loss|algorithm|technique|scheme|strategy|paradigm|pipeline|system|network|block|layer|objective|mechanism|metric|LLM|"
                    + "benchmark|dataset)s?\\s*,?\\s*(?:called|named|dubbed|termed|coined)\\s+");
    /** One to four lower-case words closed by punctuation or a clause: "ensemble bootstrapping, to", "chain of thought prompting, where". */
    private static final Pattern LOWER_NAME = Pattern.compile(
            "(\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,3}?)(?=\\s*[,.;(]|\\s+(?:to|that|which|for|where)\\b)");

    /** "This model, called CNext-trans, ...", "The resulting network is named RelationNet++": a later sentence names the proposal. */
    private void ourModelCalled(Sentence s, List<Found> found) {
        Matcher b = OUR_MODEL_BRACKETED.matcher(s.text());
        if (b.find() && (b.group(1).contains(" ") || NameShape.isNameLike(b.group(1))) && !isKnown(b.group(1))
                && found.stream().noneMatch(f -> f.isCalled(b.group(1)))) {
            add(found, b.group(1), s, Rule.CALLED_NAME, "");
        }
        Matcher m = OUR_MODEL_CALLED.matcher(s.text());
        if (m.find()) {
            String name = nameAt(s.text(), m.end());
            if (name != null && (NameShape.isNameLike(name) || name.contains(" "))) {
                List<Acronyms.Definition> defs = Acronyms.find(s.text());
                String longForm = longFormOf(name, defs);
                name = acronymOf(name, defs);
                withAcronym(add(found, name, s, Rule.CALLED_NAME, m.group(), longForm.equals(name) ? null : longForm), defs);
            }
        }
    }

    /** Only an article, praise and a head: "A Benchmark", "A Simple Framework", "Efficient Transformers". */
    private static boolean namesNothing(String phrase) {
        return Arrays.stream(phrase.strip().split("\\s+")).allMatch(w -> PRAISE.matcher(w).matches()
                || GENERIC_HEAD.matcher(w).matches() || METHOD_HEAD.matcher(w).matches() || DATASET_HEAD.matcher(w).matches());
    }

    /** "Vision Mixer (ViM) attains excellent results": a name the abstract defines and then reports results of. */
    private static final Pattern DEFINED_SUBJECT = Pattern.compile(
            "\\(([\\p{L}][\\p{L}\\p{N}+\\-]*)\\)\\s+(?:\\w+ly\\s+)?(?:attains?|achieves?|obtains?|reach(?:es)?|outperforms?|surpass(?:es)?|"
                    + "yields?|sets?|establishes?|performs?|delivers?|matches|exceeds?)\\b");

    /** As {@link #DEFINED_SUBJECT} says; a well-known method's name ("Vision Transformer (ViT)") only when {@code listedOk}. */
    private void definedResultSubject(Sentence s, List<Found> found, boolean listedOk) {
        Matcher m = DEFINED_SUBJECT.matcher(s.text());
        while (m.find()) {
            String acronym = m.group(1);
            for (Acronyms.Definition d : definitions) {
                if (d.shortForm().equals(acronym) && isTitleCase(d.longForm()) && !isKnown(acronym)
                        && (listedOk || !KnownMethods.contains(acronym) && !KnownMethods.contains(d.longForm()))) {
                    add(found, acronym, s, Rule.APPOSITIVE_NAME, s.text().substring(m.end()), d.longForm());
                }
            }
        }
    }

    /**
     * "we train GPT-3, an autoregressive language model", "Our MAE approach" (MAE defined here), "The method, called Mask
     * R-CNN", "Vision Transformer (ViT) attains".
     */
    private static final Pattern OWN_KNOWN = Pattern.compile(
            "\\b(?:[Ww]e (?:train|pre-?train)\\s+([\\p{L}][\\p{L}\\p{N}+\\-.]*[\\p{L}\\p{N}+])\\s*,\\s*(?:a|an)\\s"
                    + "|[Oo]ur (?:proposed )?(\\p{Lu}[\\p{L}\\p{N}+\\-]*)\\s+(?:approach|method|model|framework|architecture|system)\\b)");

    private void ownKnownName(Sentence s, List<Found> found) {
        Matcher m = OWN_KNOWN.matcher(s.text());
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            boolean defined = definitions.stream().anyMatch(d -> d.shortForm().equals(name));
            if ((m.group(1) != null || defined) && !isKnown(name)) {
                String longForm = definitions.stream().filter(d -> d.shortForm().equals(name)).map(Acronyms.Definition::longForm)
                        .findFirst().orElse(null);
                add(found, name, s, Rule.OUR_NAME, "", longForm);
            }
        }
        Matcher called = NOVEL_CALLED.matcher(s.text());
        while (called.find()) {
            calledAfter(s, called, found, true);
        }
        definedResultSubject(s, found, true);
    }

    /**
     * When nothing is named: the subject of a title that claims something of it, "Transcoders Find
     * Interpretable LLM Feature Circuits", "Adding Gradient Noise Improves Learning ..." -> gradient noise.
     * Not a question ("Attention is All You Need?") nor a known method ("Transformers Learn ...").
     */
    private Optional<Found> titleClaim(Sentence title) {
        Matcher m = TITLE_CLAIM.matcher(title.text());
        if (!m.lookingAt() || title.text().contains("?")) {
            return Optional.empty();
        }
        String subject = m.group(1).strip();
        // "What Regularized Auto-Encoders Learn ...": a question word starts no name
        if (subject.matches("(?i)(?:what|how|why|when|which|where|who|do|does|can)\\b.*")) {
            return Optional.empty();
        }
        // "An Image is Worth 16x16 Words": an article before a common noun names nothing
        if (KnownMethods.contains(subject) || KnownMethods.isInstance(subject) || datasets.contains(subject)
                || namesNothing(subject) || subject.matches("(?:A|An|The)\\s+\\p{Lu}\\p{Ll}+")) {
            return Optional.empty();
        }
        // "Decoder-Only LLMs are ...", "Transformer Feed-Forward Layers Are ...": a claim about a class of existing models or their parts
        String[] words = subject.split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && last.endsWith("s") && (NameShape.isGeneric(last)
                || Arrays.stream(words, 0, words.length - 1).anyMatch(KnownMethods::contains))) {
            return Optional.empty();
        }
        boolean named = NameShape.isNameLike(subject);
        return Optional.of(new Found(named ? subject : subject.toLowerCase(Locale.ROOT), Kind.METHOD, named, title.evidence(), Rule.TITLE_PHRASE));
    }

    /** A title's subject (one to four words, after "Adding"/"Using") and a verb that claims something of it. */
    private static final Pattern TITLE_CLAIM = Pattern.compile(
            "(?:(?:Adding|Using|Applying)\\s+)?((?:[\\p{L}][\\p{L}\\p{N}+\\-]*\\s+){0,3}[\\p{L}][\\p{L}\\p{N}+\\-]*)\\s+"
                    + "(?i:is|are|enables?|finds?|improves?|makes?|learns?|beats?|outperforms?|helps?|matters?|works?|boosts?)\\b");

    /** When nothing is named: the title's descriptive head, "Stateful Conformer with ..." -> Stateful Conformer. */
    private Optional<Found> titlePhrase(Sentence title) {
        List<String> parts = new ArrayList<>();
        List<Boolean> target = new ArrayList<>();
        Matcher sep = TITLE_SEPARATOR.matcher(title.text());
        int from = 0;
        boolean forPart = false;
        while (true) {
            boolean found = sep.find();
            parts.add(title.text().substring(from, found ? sep.start() : title.text().length()).strip());
            target.add(forPart);
            if (!found) {
                break;
            }
            // what follows "for"/"at"/"in" is what the method is for or runs on ("... for StableDiffusion")
            forPart = sep.group().strip().matches("(?i)for|at|in");
            from = sep.end();
        }
        String pick = null;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (!target.get(i) && p.split("\\s+").length <= 4 && Arrays.stream(p.split("\\s+")).anyMatch(NameShape::isNameLike)
                    && !p.matches("[\\p{Lu}]{2,}s") && !p.contains(" of ")) {
                pick = p;
                break;
            }
        }
        String first = parts.get(0);
        if (pick == null && (parts.size() > 1 || isTitleCase(first)) && !first.matches("(?i).*\\b(of|and|is|are|what|how|towards?)\\b.*")
                && !first.matches("(?i)^\\p{L}+ing\\b.*") && first.split("\\s+").length <= 4) {
            pick = first;
        }
        if (pick != null && (pick.matches("(?:On|Understanding|Towards?|Rethinking|Revisiting|Exploring|Never|Why|How|What|When|Do|Does|Can|Is|Are)\\b.*"
                + "|.*\\b(?i:from|before|after|beyond|than|to|is|are|on|versus|vs|your|you|our|we|my)\\b.*")
                || NameShape.isGeneric(pick.strip()) || KnownMethods.contains(pick.strip()))) {
            return Optional.empty();
        }
        // "A Benchmark for ...", "A Simple Framework for ...": an article, praise and a head name nothing
        if (pick != null && namesNothing(pick)) {
            return Optional.empty();
        }
        // a task ("Masked Completion via ...") or a phrase ("Layer by Layer", "ReLU's Revival") names no method
        if (pick == null || pick.isBlank() || pick.split("\\s+").length < 2 && !NameShape.isNameLike(pick)
                || TaskHead.isActivity(pick.substring(pick.lastIndexOf(' ') + 1)) || pick.matches("(?i).*(?:\\bby\\b|'s\\b).*")) {
            return Optional.empty();
        }
        // "The Pile: An 800GB Dataset of Diverse Text ...": the description after the colon says what the phrase is
        String t = title.text();
        int colon = t.indexOf(':');
        Kind kind = colon > 0 && t.substring(0, colon).strip().equals(pick.strip()) ? kindOfDescribed(pick, t.substring(colon + 1)) : Kind.METHOD;
        return Optional.of(new Found(pick.strip(), kind, false, title.evidence(), Rule.TITLE_PHRASE));
    }

    /**
     * When nothing has a name: the noun phrase the first proposal cue introduces, without its praise
     * ("we introduce a novel knowledge distillation framework that ..." -> knowledge distillation framework).
     * Nothing when the phrase is only a generic head ("a simple and effective method").
     */
    static Optional<Found> cuePhrase(Sentence s) {
        Matcher cue = CUE.matcher(s.text());
        if (!cue.find() || cue.group().matches("(?i)(?:is|are|was|were) .*|\\w+ing")
                // "we study how to design a single layer", "for practitioners to develop ... models": not what the paper proposes
                || cue.group().matches("(?is).*\\b(?:how|for \\w+|what|whether) to \\w+$")) {
            return Optional.empty();
        }
        int start = cue.end();
        if (s.text().substring(cue.end()).matches("(?s)^\\s+to\\b.*")) {
            // "we propose to enhance ... models by ..., and devise a simple yet effective adapter": what the second verb makes
            Matcher second = AND_MAKES.matcher(s.text()).region(cue.end(), s.text().length());
            if (!second.find()) {
                return Optional.empty();
            }
            start = second.end();
        }
        List<Token> tokens = s.tokens();
        int i = s.tokenAt(start);
        int skipped = 0;
        while (i < tokens.size() && skipped < 8 && isPraiseOrDeterminer(tokens.get(i))) {
            i++;
            skipped++;
        }
        List<Token> phrase = new ArrayList<>();
        while (i < tokens.size() && phrase.size() < 6) {
            Token t = tokens.get(i++);
            if (t.word().equals(",") && !phrase.isEmpty()
                    && (!phrase.get(phrase.size() - 1).isNoun() || phrase.get(phrase.size() - 1).word().contains("-"))) {
                continue;
            }
            if (!isNounPhraseWord(t)) {
                break;
            }
            phrase.add(t);
        }
        while (!phrase.isEmpty() && !phrase.get(phrase.size() - 1).isNoun()) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Token head = phrase.get(phrase.size() - 1);
        boolean generic = GENERIC_HEAD.matcher(head.word()).matches();
        if (!METHOD_HEAD.matcher(head.word()).matches() && !generic || generic && phrase.size() < 2) {
            return Optional.empty();
        }
        List<Token> kept = phrase.subList(Math.max(0, phrase.size() - 4), phrase.size());
        String name = kept.stream().map(Token::word).collect(Collectors.joining(" "));
        return Optional.of(new Found(name, Kind.METHOD, false, s.evidence(), Rule.CUE_PHRASE));
    }

    private static final Pattern AND_MAKES = Pattern.compile(
            ",?\\s+and\\s+(?:then\\s+)?(?:propose|present|introduce|develop|design|devise|build|construct)\\b");

    private static final Pattern PRAISE = Pattern.compile(
            "(?i)a|an|the|our|novel|new|simple|effective|efficient|robust|accurate|general|generic|lightweight|light-weight|"
                    + "universal|scalable|powerful|flexible|principled|practical|versatile|unified|elegant|straightforward|"
                    + "yet|and|,|highly|very|state-of-the-art|first|innovative|fast|strong|alternative|improved|plug-and-play|several|multiple|various");
    /** Heads that name a method only together with what qualifies them. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "(?i)frameworks?|methods?|approach(?:es)?|models?|architectures?|techniques?|schemes?|strateg(?:y|ies)|"
                    + "mechanisms?|algorithms?|systems?|pipelines?|networks?|modules?|solutions?|recipes?|paradigms?");
    /** Heads that are methods on their own: "knowledge distillation", "audio codec", "attention layer". */
    private static final Pattern METHOD_HEAD = Pattern.compile(
            "(?i).*(?:distillation|codec|encoder|decoder|transformer|layer|block|loss|objective|regularizer|regularization|"
                    + "attention|tokenizer|optimizer|estimator|classifier|detector|CNN|RNN|GAN|adapter|search|pruning|"
                    + "quantization|normalization|embedding|alignment|compression|augmentation|sampling|decoding|training|"
                    + "learning|tuning|prompting|merging|routing)s?");

    private static boolean isPraiseOrDeterminer(Token t) {
        return PRAISE.matcher(t.word()).matches() || t.tag().equals("RB") || t.tag().equals("CD") && !t.word().matches(".*\\d.*")
                || t.tag().equals("VBN") && t.word().matches("(?i)optimi[sz]ed|designed|tuned|crafted|engineered");
    }

    private static boolean isNounPhraseWord(Token t) {
        return (t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBN") && t.word().contains("-")
                || t.tag().equals("VBG") && !t.word().matches("(?i)using|leveraging|combining|based|including|achieving|enabling"))
                && !t.word().matches("(?i)that|which|for|to|of|with|based");
    }

    /** "Llama 2", "Mistral 7B", and with a capitalised variant after it, "Llama 2-Chat", "Qwen 7B-Instruct". */
    private static final Pattern VERSION_AFTER_NAME = Pattern.compile(
            "\\s+((?:\\d+x)?\\d+(?:\\.\\d+)?[BMK]?(?:-\\p{Lu}[\\p{L}\\p{N}]*)*|v\\d+(?:\\.\\d+)*)(?![\\w\\-.%])");

    /** The name starting at an offset: a name-like word, or a run of capitalised words, with its version or size ("Mixtral 8x7B"). */
    static String nameAt(String text, int offset) {
        Matcher m = NAME_TOKEN.matcher(text);
        m.region(offset, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String first = m.group();
        // a shaped first word keeps the capitalised words after it too: "LLM-embedded Semantic Encoding"
        if (!NameShape.isNameLike(first) && (!NameShape.isCapitalised(first) || NameShape.isGeneric(first))) {
            return null;
        }
        StringBuilder name = new StringBuilder(first);
        int end = m.end();
        Matcher next = Pattern.compile("\\s+([\\p{Lu}][\\p{L}\\p{N}+\\-]*|[\\p{L}]+[\\p{Lu}][\\p{L}\\p{N}+\\-]*)").matcher(text);
        next.region(end, text.length());
        int words = 1;
        while (next.lookingAt() && words < 5) {
            name.append(' ').append(next.group(1));
            end = next.end();
            words++;
            next.region(end, text.length());
        }
        // "Mistral 7B", "Llama 2": a version or size closes a name, but not "Table 1"
        Matcher version = VERSION_AFTER_NAME.matcher(text).region(end, text.length());
        if (version.lookingAt() && !first.matches("Table|Figure|Fig|Section|Appendix|Eq|Equation|Algorithm|Chapter|Step|Stage|Phase|Part|Level|Type")) {
            name.append(' ').append(version.group(1));
        }
        return name.toString();
    }

    /** A quoted name of one to six words: "termed \"Tree of Thoughts\"", "called 'hierarchical prompting'". */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "\\s*[\"\u201c\u2018']([\\p{L}][\\p{L}\\p{N}+\\-]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-]*){0,5})[\"\u201d\u2019'](?![\\p{L}\\p{N}])");

    /** The name at an offset, or the words of a quoted name there. */
    static String nameOrQuotedAt(String text, int offset) {
        Matcher q = QUOTED_NAME.matcher(text).region(offset, text.length());
        return q.lookingAt() ? q.group(1) : nameAt(text, offset);
    }

    /** Whether the words from an offset up to an acronym are all adjectives ("hierarchical NSE", not "model on LibriSpeech"). */
    private static boolean adjectivesBefore(Sentence s, int offset, String acronym) {
        if (NameShape.isGeneric(acronym) || acronym.endsWith("s")) {
            return false;
        }
        for (int i = s.tokenAt(offset); i < s.tokens().size() && !s.tokens().get(i).word().equals(acronym); i++) {
            if (!s.tokens().get(i).tag().startsWith("JJ")) {
                return false;
            }
        }
        return true;
    }

    /** A plain capitalised word counts as a name only when ", a ...", "(" or a generic head ("Terminator architecture") follows it. */
    private static boolean followsAsName(String text, int end) {
        String rest = text.substring(Math.min(end, text.length()));
        return rest.matches("(?s)^\\s*(?:,|\\(|which|that|to|for|\\.).*") || followsAsHead(text, end);
    }

    /** A head noun follows: "Terminator architecture", "Transformer encoder". */
    private static boolean followsAsHead(String text, int end) {
        String rest = text.substring(Math.min(end, text.length()));
        return rest.matches("(?s)^\\s+(?:architecture|framework|model|method|network|module|algorithm|approach|system|mechanism|"
                        + "loss|layer|operator|block|technique|scheme|strategy|pipeline|paradigm|regularization|regularizer|schedule|"
                        + "objective|attention|encoder|decoder|head|unit|cell|tokenizer|codec)s?\\b.*");
    }

    private Found add(List<Found> found, String name, Sentence s, Rule rule, String context) {
        return add(found, name, s, rule, context, null);
    }

    /** Adds a proposal unless one of its forms, or its acronym partner, is already known (then adds an alias). */
    private Found add(List<Found> found, String name, Sentence s, Rule rule, String context, String partner) {
        // "a new simple network architecture, the Transformer, based ...": the article is not part of the name
        name = name.replaceAll("[.,;:]+$", "").replaceFirst("^(?:the|The)\\s+(?=\\p{Lu})", "");
        if (name.isBlank() || NameShape.isGeneric(name) || metrics.contains(name)) {
            return null;
        }
        for (Found f : found) {
            if (f.isCalled(name)) {
                return partner == null ? f : f.alias(partner);
            }
            if (partner != null && f.isCalled(partner)) {
                return f.alias(name);
            }
        }
        if ((rule == Rule.OUR_NAME || rule == Rule.APPOSITIVE_NAME) && usedAsClass(name) || taskAcronyms.contains(name)) {
            return null;
        }
        Kind kind = kindFrom(name, context);
        if (kind != Kind.DATASET && datasets.contains(name)) {
            return null;
        }
        Found f = new Found(name, kind, true, s.evidence(), rule);
        found.add(f);
        return partner == null ? f : f.alias(partner);
    }

    /** "Planning-Guided Transformer Decoding": every word capitalised, as names are written. */
    static boolean isTitleCase(String phrase) {
        String[] words = phrase.split("[\\s]+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("(?:of|for|and|the|with|in|on|to|a)") && !NameShape.isCapitalised(w)) {
                return false;
            }
        }
        return true;
    }

    /** "zero-shot semantic segmentation (ZS3) method": the acronym names the task the method is for, not the method. */
    static boolean namesATask(Acronyms.Definition d, String text) {
        return d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))
                && d.longForm().matches(".*(?:tion|sion|ing|sis)$")
                && text.substring(d.shortEnd()).matches("(?s)^\\)?\\s*(?:method|approach|framework|model|task|problem|setting)s?\\b.*");
    }

    /** "Named Entity Recognition (NER)": a widely studied task the proposal is for, not its name. */
    private static boolean namesListedTask(Acronyms.Definition d) {
        return TaskFinder.listedIn(d.longForm()).stream().anyMatch(t -> NameMatch.same(t, d.longForm()));
    }

    /** The full long form of which the name is the start: "Hybrid Neural Representation" -> "... for Videos". */
    private static String longFormOf(String name, List<Acronyms.Definition> defs) {
        for (Acronyms.Definition d : defs) {
            if (d.longForm().startsWith(name + " ") && !NameShape.isNameLike(name)) {
                return d.longForm();
            }
        }
        return name;
    }

    /** The short form when the text defines one for this long form: "Gated Memory Unit" -> GMU. */
    private static String acronymOf(String name, List<Acronyms.Definition> defs) {
        for (Acronyms.Definition d : defs) {
            if (NameMatch.key(d.longForm()).equals(NameMatch.key(name))
                    || d.longForm().startsWith(name + " ") && !NameShape.isNameLike(name)) {
                return d.shortForm();
            }
        }
        return name;
    }

    /** An acronym the abstract also uses in the plural ("NVCs", "INRs") names a class of things, not one method. */
    private boolean usedAsClass(String name) {
        return name.matches("[\\p{Lu}][\\p{Lu}\\p{N}\\-]+")
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "s(?![\\p{L}\\p{N}])").matcher(abstractText).find();
    }

    private static void keep(List<Found> named, Found f) {
        if (f != null) {
            named.add(f);
        }
    }

    private static Found withAcronym(Found f, List<Acronyms.Definition> defs) {
        if (f == null) {
            return null;
        }
        for (Acronyms.Definition d : defs) {
            if (NameMatch.same(d.shortForm(), f.name)) {
                f.alias(d.longForm());
            } else if (NameMatch.same(d.longForm(), f.name)) {
                f.alias(d.shortForm());
            }
        }
        return f;
    }

    private boolean isKnown(String name) {
        return datasets.contains(name) || metrics.contains(name);
    }

    /** A listed dataset, metric or well-known method: someone else's work, not a proposal. */
    private boolean isListed(String name) {
        return isKnown(name) || KnownMethods.contains(name);
    }

    /**
     * The kind a title description gives its name, from the description's head noun: "An Efficient
     * Retrieval System Leveraging Multiple Datasets" is a method, "A Multi-Task Benchmark and ..." a dataset.
     */
    static Kind kindOfDescribed(String name, String description) {
        Matcher head = DESCRIPTION_HEAD.matcher(description);
        if (!head.find() || name.matches(".*(?:Bench|bench|Set|Corpus|QA|Data)(?:-.*)?$")) {
            return kindFrom(name, description);
        }
        String noun = head.group(1);
        if (DATASET_HEAD.matcher(noun).matches()) {
            return Kind.DATASET;
        }
        return METRIC_HEAD.matcher(noun).matches() ? Kind.METRIC : Kind.METHOD;
    }

    /** The last word before the description's first preposition, participle or clause: its head noun. */
    private static final Pattern DESCRIPTION_HEAD = Pattern.compile(
            "^\\s*(?:(?:A|An|The)\\s+)?(?:[^\\s:,;()]+\\s+){0,5}?([\\p{L}][\\p{L}\\-]*)"
                    + "(?=\\s*(?:[:,;(?]|$)|\\s+(?i:of|for|with|via|using|leveraging|based|that|which|from|on|in|to|towards?|through|by|"
                    + "under|and|at|as|beyond|across|without)\\b)");

    /** Dataset when the name or its description says benchmark/dataset/corpus, metric when it says metric. */
    /** "the Stanford Question Answering Dataset (SQuAD)": a long form headed by a data word makes the name a dataset. */
    private static Found kindByLongForm(Found f) {
        if (f.kind != Kind.METHOD || f.aliases.stream().noneMatch(a -> LONG_FORM_DATA_HEAD.matcher(a).find())) {
            return f;
        }
        return asDataset(f);
    }

    /** "HellaSwag: Can a Machine Really Finish Your Sentence?" is a method by its title, a dataset by "presenting HellaSwag, a new challenge dataset". */
    private Found kindByAbstractApposition(Found f) {
        if (f.kind != Kind.METHOD || f.rule != Rule.TITLE_NAME && f.rule != Rule.TITLE_WORDS) {
            return f;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(f.name) + ",\\s+(?:a|an)\\s+(?:[\\w\\-]+\\s+){0,4}?"
                + "(?:dataset|benchmark|corpus|test set|evaluation set|challenge set)\\b").matcher(abstractText);
        if (!m.find()) {
            return f;
        }
        return asDataset(f);
    }

    private static Found asDataset(Found f) {
        Found dataset = new Found(f.name, Kind.DATASET, f.named, f.evidence, f.rule);
        f.aliases.forEach(dataset::alias);
        return dataset;
    }

    private static final Pattern LONG_FORM_DATA_HEAD = Pattern.compile("\\b(?:Dataset|Benchmark|Corpus|Treebank)s?$");

    /** Words that make a description a method's even when it names data or a metric ("a metric generative adversarial network"). */
    private static final Pattern METHOD_WORD = Pattern.compile(
            "(?i)\\b(?:model|method|framework|architecture|network|approach|algorithm|system|pipeline)s?\\b");

    static Kind kindFrom(String name, String context) {
        String near = context.length() > 90 ? context.substring(0, 90) : context;
        if (name.matches(".*(?:Bench|bench|Set|Corpus|QA|Data)(?:-.*)?$") || DATASET_HEAD.matcher(near).find() && !METHOD_WORD.matcher(near).find()) {
            return Kind.DATASET;
        }
        if (METRIC_HEAD.matcher(near).find() && !METHOD_WORD.matcher(near).find()) {
            return Kind.METRIC;
        }
        return Kind.METHOD;
    }
}
