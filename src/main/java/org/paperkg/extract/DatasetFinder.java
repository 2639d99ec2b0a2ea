package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;

/**
 * Finds named datasets and benchmarks: gazetteer names, and names in dataset contexts
 * ("on the X dataset", "X and Y benchmarks", "experiments on X, Y and Z").
 */
final class DatasetFinder {

    /** A dataset named in a sentence. */
    record Hit(String name, String canonical, Sentence sentence, int begin, boolean known) {
    }

    // "2WikiMultihopQA", "3DMatch": a name may start with digits, but "3D" or "4K" alone is none
    private static final String NAME = "(?:[\\p{Lu}][\\p{L}\\p{N}+\\-.'/]*[\\p{L}\\p{N}+]|\\p{N}+\\p{Lu}[\\p{L}\\p{N}\\-]{2,}|[\\p{Lu}]|[\\p{L}][\\p{Ll}]*[\\p{Lu}\\p{N}][\\p{L}\\p{N}+\\-./]*)"
            + "(?:\\s(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}+\\-.'/]*[\\p{L}\\p{N}+]|[\\p{N}]))*";
    private static final String PAREN = "(?:\\s*\\([^()]{1,30}\\))?";
    private static final String LIST = NAME + PAREN + "(?:\\s*(?:,\\s*and|,|and|&|/)\\s*" + NAME + PAREN + ")*";
    private static final String HEAD = "(?:datasets?|benchmarks?|corpus|corpora|data ?sets?|suites?)";
    private static final List<Pattern> CONTEXTS = List.of(
            // "on the Cora, Citeseer and Pubmed citation network datasets": lower-case modifiers may stand before the head
            Pattern.compile("\\b(?:[Oo]n|[Ii]n|[Uu]sing|[Ww]ith|of|from|[Aa]cross)\\s+(?:the\\s+|both\\s+)?(?:(?:public|popular|widely[- ]used|standard|large-scale|challenging|real-world)\\s+)*(" + LIST + ")\\s+(?:[\\p{Ll}][\\p{Ll}\\-]*\\s+){0,3}(?:" + HEAD + "|(?:test|evaluation|dev|development|validation)\\s+sets?|data)\\b"),
            Pattern.compile("\\b" + HEAD + "\\s*(?:[,:(]\\s*)?(?:including|such as|like|namely|e\\.g\\.,?|i\\.e\\.,?)?\\s*(?:the\\s+)?(" + LIST + ")"),
            Pattern.compile("\\b(?:experiments|results|evaluations?|evaluated|tested|tests|validated|validate|evaluate)\\s+(?:\\S+\\s+){0,4}?on\\s+(?:the\\s+)?(?:(?:public|popular|standard|challenging|real-world)\\s+)*(" + LIST + ")"));
    /** Name-shaped lists in result sentences: "achieves 85.8% on ImageNet-1K", "SOTA on Spec-Bench and MT-Bench". */
    private static final List<Pattern> NAME_SHAPED = List.of(
            Pattern.compile("(?:\\b(?:achiev\\w*|obtain\\w*|reach\\w*|outperform\\w*|surpass\\w*|improv\\w*|results?|performance|"
                    + "accuracy|scores?|gains?|state-of-the-art|SOTA|speedups?)|%|\\d)\\s+(?:[^.;]{0,40}?\\s)?on\\s+(?:the\\s+)?(" + LIST + ")"),
            Pattern.compile("(" + LIST + ")\\s+(?:datasets?|benchmarks?)\\b"));
    private static final Pattern ITEM = Pattern.compile(NAME);
    /** The edition or split a known name carries: "WMT-14", "CIFAR-10.1", "Places-365", "iNAT-mini". */
    private static final Pattern VERSION = Pattern.compile(
            // "LVIS v1.0", "SQuAD v2.0": a written version is part of the name
            "(?:-\\d+(?:\\.\\d+)?[kK]?|\\.\\d+|\\s+v\\d+(?:\\.\\d+)*|-(?:mini|tiny|small|large|full|hard|easy|clean|other|test|val|dev))(?![\\p{L}\\p{N}\\-])");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    /** "three VIS benchmarks", "multiple AAC datasets": a category, not a name. */
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several|various|many|diverse|other|all)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "evaluation on the Vicuna and LLaMA-2 series": models, not data. */
    private static final Pattern NOT_DATA_AFTER = Pattern.compile(
            "\\s*(?:series|models?|family|families|backbones?|LLMs?|architectures?|checkpoints?|baselines?|variants?|[GTC]PUs?)\\b");
    private static final Pattern DATASET_WORD = Pattern.compile("\\b(?:datasets?|benchmarks?|corpus|corpora|data ?sets?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of("We", "Our", "The", "This", "These", "In",
            "Extensive", "Experiments", "Experimental", "Results", "Code", "It", "Moreover", "Furthermore", "Additionally",
            "Specifically", "Finally", "However", "Compared", "On", "Both", "All", "Further", "Also", "State", "SOTA");

    private final Gazetteer gazetteer;

    private static final Pattern METHOD_LONG_FORM = Pattern.compile(
            "(?i)\\b(?:attention|network|model|encoder|decoder|module|mechanism|algorithm|layer|method|optimi[sz]ation|learning|"
                    + "search|transformer|training|decoding|quantization|distillation|tuning|embedding|architecture)s?$");

    DatasetFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The datasets a sentence names, given the paper's proposals and the acronyms its abstract defines. */
    List<Hit> find(Sentence s, List<Found> proposals, List<Acronyms.Definition> definitions) {
        List<Hit> hits = new ArrayList<>();
        List<Gazetteer.Hit> known = gazetteer.find(s.text());
        boolean context = DATASET_WORD.matcher(s.text()).find() || known.stream().anyMatch(h -> !h.ambiguous());
        for (Gazetteer.Hit h : known) {
            // "grouped-query attention (GQA)" defines a method that shares a dataset's acronym
            boolean method = definitions.stream().anyMatch(d -> d.shortForm().equals(h.surface()) && METHOD_LONG_FORM.matcher(d.longForm()).find());
            if ((!h.ambiguous() || context) && !method) {
                Matcher version = VERSION.matcher(s.text()).region(h.end(), s.text().length());
                String surface = version.lookingAt() ? h.surface() + version.group() : h.surface();
                hits.add(new Hit(surface, h.canonical(), s, h.begin(), true));
            }
        }
        for (Pattern p : CONTEXTS) {
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                if (NOT_DATA_AFTER.matcher(s.text().substring(m.end(1))).lookingAt()) {
                    continue;
                }
                Matcher item = ITEM.matcher(blankParentheses(m.group(1)));
                while (item.find()) {
                    String name = item.group().replaceAll("[.']+$", "");
                    int begin = m.start(1) + item.start();
                    // "experiments based on Gemma 2 (2B and 9B)": a well-known model is not data
                    if (isCandidate(name) && startsWord(s.text(), begin) && !KnownMethods.contains(name) && !KnownMethods.isInstance(name)
                            && !PHRASE_GOES_ON.matcher(s.text()).region(begin + name.length(), s.text().length()).lookingAt()
                            && proposals.stream().noneMatch(f -> f.kind != Kind.DATASET && f.isCalled(name))
                            && hits.stream().noneMatch(h -> overlaps(h, begin, name))) {
                        hits.add(new Hit(name, gazetteer.canonicalOf(name), s, begin, false));
                    }
                }
            }
        }
        for (Pattern p : NAME_SHAPED) {
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                String rest = s.text().substring(m.end(1));
                if (NOT_DATA_AFTER.matcher(rest).lookingAt() || rest.matches("(?s)^\\s+(?!and\\b|or\\b|with\\b|in\\b|for\\b|at\\b|while\\b|by\\b|datasets?\\b|benchmarks?\\b)[\\p{Ll}].*")
                        || COUNTED.matcher(s.text().substring(0, m.start(1))).find()) {
                    continue;
                }
                Matcher item = ITEM.matcher(blankParentheses(m.group(1)));
                while (item.find()) {
                    String name = item.group().replaceAll("[.']+$", "");
                    int begin = m.start(1) + item.start();
                    // "a 15% speedup on BERT-large": a well-known model or its size is not data
                    if (NameShape.isNameLike(name.split("\\s+")[0]) && isCandidate(name) && startsWord(s.text(), begin) && name.length() >= 3
                            && !KnownMethods.contains(name) && !KnownMethods.isInstance(name)
                            && proposals.stream().noneMatch(f -> f.kind != Kind.DATASET && f.isCalled(name))
                            && hits.stream().noneMatch(h -> overlaps(h, begin, name))) {
                        hits.add(new Hit(name, gazetteer.canonicalOf(name), s, begin, false));
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::begin));
        return hits;
    }

    /** "YTVIS19 (55.1% AP), OVIS" with the parenthesis blanked, so offsets stay put. */
    static String blankParentheses(String list) {
        return PARENTHESIS.matcher(list).replaceAll(r -> " ".repeat(r.group().length()));
    }

    private static boolean overlaps(Hit h, int begin, String name) {
        return begin < h.begin() + h.name().length() && h.begin() < begin + name.length();
    }

    /** "VCGBench, MVBench and Zero-shot question-answering": a capitalised word going on in lower case is no name. */
    private static final Pattern PHRASE_GOES_ON = Pattern.compile(
            // "UVG8/17 and DAVIS50 video sequence benchmarks": lower-case words before a data head are modifiers
            "(?!\\s+(?:[\\p{Ll}\\-]+\\s+){1,3}(?:datasets?|benchmarks?|corpus|corpora)\\b)\\s+(?!(?:and|or|as|for|in|with|to|on|from|which|that|are|is|was|were|respectively|datasets?|benchmarks?|corpus|corpora|"
                    + "data|sets?|splits?|tasks?|challenges?|suites?|test|val|dev|while|where|using|by|at|of|than|show|shows)\\b)\\p{Ll}");

    /** "256x256" holds no name "x256". */
    private static boolean startsWord(String text, int begin) {
        return begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1));
    }

    /** "experiments on English, Spanish and Russian Twitter streams", "Chinese-English": languages, not data. */
    private static final Pattern LANGUAGES = Pattern.compile(
            "(?:(?:English|Chinese|Mandarin|Cantonese|German|French|Spanish|Italian|Portuguese|Dutch|Russian|Ukrainian|Polish|Czech|"
                    + "Romanian|Hungarian|Greek|Turkish|Arabic|Hebrew|Persian|Farsi|Urdu|Hindi|Bengali|Tamil|Telugu|Japanese|Korean|"
                    + "Vietnamese|Thai|Indonesian|Malay|Swahili|Swedish|Danish|Norwegian|Finnish|Estonian|Latvian|Lithuanian|Catalan|"
                    + "Basque)(?:-|$))+");

    /** "108 FPS on T4 GPU", "2.3x speedup on A100 GPUs", "on RTX 3090": the hardware a result is measured on, not data. */
    private static final Pattern HARDWARE = Pattern.compile(
            "(?:.*\\s)?(?:[GTCN]PUs?|(?:NVIDIA\\s+)?(?:[AHVPTL]\\d{1,3}|RTX\\s*\\d{4}|GTX\\s*\\d{3,4})(?:\\s+(?:GPUs?|cards?))?)");

    private static boolean isCandidate(String name) {
        String first = name.split("\\s+")[0];
        return name.length() > 1 && !NOT_NAMES.contains(first) && !NameShape.isGeneric(name) && !LANGUAGES.matcher(name).matches()
                && !HARDWARE.matcher(name).matches()
                && (NameShape.isNameLike(first) || name.chars().anyMatch(Character::isUpperCase));
    }
}
