package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Entity;
import org.paperkg.model.Evidence;
import org.paperkg.model.Extraction;
import org.paperkg.model.Kind;
import org.paperkg.model.Measure;
import org.paperkg.model.Names;
import org.paperkg.model.Paper;
import org.paperkg.model.Relation;
import org.paperkg.model.Statement;

/**
 * Reads the claims of one paper from its title and abstract. Build once with {@link #create()}
 * (loads the CoreNLP models); {@link #extract} is pure and safe to call from several threads.
 */
public final class Extractor {

    private static volatile Extractor shared;

    private static final Pattern EVALUATION = Pattern.compile(
            "\\b(?:experiment\\w*|evaluat\\w*|result\\w*|achiev\\w*|outperform\\w*|benchmark\\w*|state[\\s\\-]of[\\s\\-]the[\\s\\-]art|SOTA|surpass\\w*|"
                    + "test\\w*|improv\\w*|accura\\w*|score\\w*|demonstrat\\w*|show\\w*|validat\\w*|perform\\w*|reach\\w*|obtain\\w*|generaliz\\w*|"
                    + "attain\\w*|yield\\w*|deliver\\w*|lower\\w*|reduc\\w*|boost\\w*|gain\\w*|exceed\\w*|beat\\w*|appl(?:y|ies|ied|ying))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "pretrained on the C4 dataset", "we train X on Y": data used for training, not for evaluation ("after pretraining and evaluate ... on GLUE" is). */
    private static final Pattern TRAINED_ON = Pattern.compile(
            // "the finetuned GPT3-175B on SAMSum" describes a baseline that is compared there
            "(?<!\\b(?:the|a|an)\\s)\\b(?:pre-?train\\w*|train\\w*|fine-?tun\\w*|distill\\w*)\\s+(?:(?!evaluat|test|perform|achiev|report|compar|validat)[\\w\\-+.]+\\s+){0,4}?(?:on|with|using|from)\\s+"
                    + "(?:the\\s+)?(?:[\\w\\-+.]+\\s+){0,3}?$", Pattern.CASE_INSENSITIVE);

    /** "we generalize the one-shot NAS ...", "we extend X": the paper's own method modifies X, named or not. */
    private static final Pattern WE_MODIFY = Pattern.compile(
            "\\b[Ww]e\\s+(?:further\\s+|also\\s+|then\\s+|\\w+ly\\s+)?(?:generali[sz]e|extend|modify|build (?:up)?on|replace)\\b");

    /** The guidelines allow at most three tasks per paper. */
    private static final int MAX_TASKS = 3;

    private final TextAnalyzer analyzer;
    private final Gazetteer datasetNames;
    private final Gazetteer metricNames;
    private final DatasetFinder datasets;
    private final ImprovementFinder improvements;

    private Extractor(TextAnalyzer analyzer, Gazetteer datasetNames, Gazetteer metricNames) {
        this.analyzer = analyzer;
        this.datasetNames = datasetNames;
        this.metricNames = metricNames;
        this.datasets = new DatasetFinder(datasetNames);
        this.improvements = new ImprovementFinder(metricNames);
    }

    /** Loads the CoreNLP pipeline and the gazetteers (a few seconds). */
    public static Extractor create() {
        return new Extractor(TextAnalyzer.create(),
                Gazetteer.load(Kind.DATASET, "datasets.txt", false),
                Gazetteer.load(Kind.METRIC, "metrics.txt", true));
    }

    /**
     * The process's one extractor, built on first use: CoreNLP loads once per JVM (a CLI run, a
     * test JVM, a Spark executor), and a resumed ingest with nothing to extract never loads it.
     */
    public static Extractor shared() {
        Extractor e = shared;
        if (e == null) {
            synchronized (Extractor.class) {
                if (shared == null) {
                    shared = create();
                }
                e = shared;
            }
        }
        return e;
    }

    public Extraction extract(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        Sentence title = analyzer.sentences(paper.title(), true).get(0);
        List<Sentence> body = analyzer.sentences(paper.abstractText(), false);
        // read once: proposals, datasets and baselines all ask what the abstract's acronyms stand for
        List<Acronyms.Definition> definitions = Acronyms.find(paper.abstractText());
        List<Found> proposed = new ProposalFinder(datasetNames, metricNames, paper.abstractText(), definitions).find(title, body);
        ClaimSubject subjects = new ClaimSubject(proposed, body, paper.title(), analyzer);
        Statements out = new Statements();
        for (Found f : proposed) {
            out.add(null, Relation.PROPOSES, f.entity(), Measure.NONE, f.evidence, f.rule.confidence());
            out.add(null, Relation.MENTIONS, f.entity(), Measure.NONE, f.evidence, f.rule.confidence());
        }
        readClaims(title, proposed, subjects, paper.abstractText(), definitions, out);
        for (Sentence s : body) {
            readClaims(s, proposed, subjects, paper.abstractText(), definitions, out);
        }
        for (Found f : proposed) {
            if (f.kind == Kind.METHOD) {
                basesInNames(f, paper.title() + "\n" + paper.abstractText(), paper.abstractText(), proposed, subjects, out);
            }
        }
        if (subjects.main() != null) {
            for (BaseMethodFinder.Link l : KnownMethods.inTitle(title, subjects.main(), out.objects(subjects.main().entity(), Relation.EXTENDS))) {
                addBase(subjects.main(), l, title.evidence(), subjects, out);
            }
        }
        readTasks(title, body, proposed, subjects.main(), out);
        mentionListed(title, body, out);
        return new Extraction(paper, out.list());
    }

    /**
     * Every well-known metric, method and task the title or abstract names, in a claim or not ("Pretrained
     * models such as BERT and GPT-2 ..."): what "most used" counts. Names that are also common words
     * (marked ambiguous in the lists) are left to the rules that read them in context.
     */
    private void mentionListed(Sentence title, List<Sentence> body, Statements out) {
        List<Sentence> all = new ArrayList<>();
        all.add(title);
        all.addAll(body);
        for (Sentence s : all) {
            for (Gazetteer.Hit h : metricNames.findUnambiguous(s.text())) {
                if (!QUANTITY_ONLY_IN_CLAIMS.contains(h.surface().toLowerCase(Locale.ROOT))) {
                    String name = metricNames.reported(h.surface());
                    mention(out, new Entity(name, Kind.METRIC, name.equals(h.canonical()) ? List.of() : List.of(h.canonical()), true), s);
                }
            }
            for (String method : KnownMethods.listedIn(s.text())) {
                mention(out, new Entity(method, Kind.METHOD, List.of(), true), s);
            }
            for (String task : TaskFinder.listedIn(s.text())) {
                mention(out, new Entity(task, Kind.TASK, List.of(), true), s);
            }
        }
    }

    /** Listed metric variants that are plain nouns ("the camera parameters", "memory networks"): a metric only in a claim. */
    private static final Set<String> QUANTITY_ONLY_IN_CLAIMS = Set.of("parameters", "model parameters", "training parameters", "memory");

    private static void mention(Statements out, Entity entity, Sentence s) {
        out.add(null, Relation.MENTIONS, entity, Measure.NONE, s.evidence(), Rule.MENTION.confidence());
    }

    /** The datasets, metrics, bases and baselines one sentence states, attributed to the proposal it is about. */
    private void readClaims(Sentence s, List<Found> proposed, ClaimSubject subjects, String abstractText,
            List<Acronyms.Definition> definitions, Statements out) {
        List<DatasetFinder.Hit> hits = datasets.find(s, proposed, definitions);
        List<ImprovementFinder.Claim> claims = improvements.find(s, hits.isEmpty() ? null : datasetEntity(hits.get(0)).name());
        boolean claimsSomething = !hits.isEmpty() || !claims.isEmpty() || BaseMethodFinder.hasCue(s);
        List<ClaimSubject.Attribution> about = s.inTitle() || !claimsSomething ? List.of() : subjects.of(s);
        ClaimSubject.Attribution who = about.isEmpty() ? null : about.get(0);
        for (DatasetFinder.Hit h : hits) {
            Entity dataset = datasetEntity(h);
            out.add(null, Relation.MENTIONS, dataset, Measure.NONE, s.evidence(), Rule.MENTION.confidence());
            if (who != null && EVALUATION.matcher(s.text()).find() && !trainedOn(s, h)) {
                Rule rule = !h.known() ? Rule.DATASET_CONTEXTUAL
                        : ImprovementFinder.CLAIM_CUE.matcher(s.text()).find() ? Rule.DATASET_IN_CLAIM : Rule.DATASET_IN_EVALUATION;
                ClaimSubject.Attribution a = subjects.atClaim(s, h.begin(), List.of(who)).get(0);
                out.add(a.method().entity(), Relation.EVALUATED_ON, dataset, Measure.NONE, s.evidence(),
                        rule.confidence() * a.certainty());
            }
        }
        Map<ImprovementFinder.Claim, String> respectively = respectively(claims, hits, s.text());
        for (ImprovementFinder.Claim c : claims) {
            Entity metric = new Entity(c.metric(), Kind.METRIC,
                    c.canonical().equals(c.metric()) ? List.of() : List.of(c.canonical()), true);
            out.add(null, Relation.MENTIONS, metric, Measure.NONE, s.evidence(), Rule.MENTION.confidence());
            Measure measure = respectively.containsKey(c)
                    ? new Measure(c.measure().value(), c.measure().delta(), c.measure().unit(), respectively.get(c))
                    : onItsDataset(c, hits, s.text());
            for (ClaimSubject.Attribution a : about.isEmpty() ? about : subjects.atClaim(s, c.begin(), about)) {
                out.add(a.method().entity(), Relation.IMPROVES, metric, measure, s.evidence(),
                        c.rule().confidence() * a.certainty());
            }
        }
        // "This paper adopts ideas from ...": the paper's own method, before it is named
        Found method = who != null ? who.method() : s.inTitle() || paperBuildsOn(s) ? subjects.main() : null;
        if (method != null) {
            // "outperforms existing methods, achieving a PESQ of 3.41", "45.1 AP, compared to 43.2 AP for DETR": a dataset or
            // metric of the sentence, listed or claimed, is no baseline
            List<String> notBaselines = new ArrayList<>(hits.stream().map(DatasetFinder.Hit::name).toList());
            metricNames.findUnambiguous(s.text()).forEach(h -> notBaselines.add(h.surface()));
            claims.forEach(c -> notBaselines.addAll(List.of(c.metric(), c.canonical())));
            relations(s, method, subjects, out, abstractText, definitions, notBaselines);
        }
    }

    /**
     * "+2.7 box AP on COCO, and +3.2 mIoU on ADE20K", "MultiNLI accuracy to 86.7%": a claim's dataset is the
     * one named right before or after it, or in its brackets, else the sentence's first.
     */
    private static Measure onItsDataset(ImprovementFinder.Claim c, List<DatasetFinder.Hit> hits, String text) {
        Measure m = c.measure();
        int from = Math.min(text.length(), c.begin() + c.metric().length());
        for (DatasetFinder.Hit h : hits) {
            // "MultiNLI accuracy to 86.7%": the dataset names the metric
            int end = h.begin() + h.name().length();
            // "SQuAD v1.1 question answering Test F1 to 93.2": the task and split between them name it too
            if (end <= c.begin() && (c.begin() - end <= 1 && text.substring(end, c.begin()).isBlank()
                    || DATASET_TASK_SPLIT.matcher(text.substring(end, c.begin())).matches())) {
                return new Measure(m.value(), m.delta(), m.unit(), datasetEntity(h).name());
            }
        }
        // "(58.7 box AP and 51.1 mask AP on COCO test-dev)": a dataset in the claim's brackets is its dataset
        int open = text.lastIndexOf('(', c.begin());
        int close = text.indexOf(')', from);
        if (open >= 0 && close > 0 && text.indexOf(')', open) == close) {
            for (DatasetFinder.Hit h : hits) {
                if (h.begin() >= from && h.begin() < close) {
                    return new Measure(m.value(), m.delta(), m.unit(), datasetEntity(h).name());
                }
            }
        }
        for (DatasetFinder.Hit h : hits) {
            if (h.begin() >= from && ON_NEXT.matcher(text.substring(from, h.begin())).matches()) {
                return new Measure(m.value(), m.delta(), m.unit(), datasetEntity(h).name());
            }
        }
        return m;
    }

    /**
     * "+0.3% accuracy, +1.7 mIoU and +0.9 AP on ImageNet-1K, ADE20K and COCO respectively": as many measured claims
     * as datasets named after the first of them go together in order.
     */
    private static Map<ImprovementFinder.Claim, String> respectively(List<ImprovementFinder.Claim> claims, List<DatasetFinder.Hit> hits, String text) {
        Map<ImprovementFinder.Claim, String> out = new LinkedHashMap<>();
        List<ImprovementFinder.Claim> measured = claims.stream().filter(c -> c.measure().value() != null || c.measure().delta() != null)
                .sorted(Comparator.comparingInt(ImprovementFinder.Claim::begin)).toList();
        if (measured.size() < 2 || !RESPECTIVELY.matcher(text).find()) {
            return out;
        }
        // "... on ImageNet and ImageNet-V2, respectively, while reducing FLOPs by 30%": a claim after the datasets is not listed with them
        List<String> named = hits.stream().filter(h -> h.begin() > measured.get(measured.size() - 1).begin())
                .sorted(Comparator.comparingInt(DatasetFinder.Hit::begin))
                .map(h -> datasetEntity(h).name()).distinct().toList();
        if (named.size() == measured.size()) {
            for (int i = 0; i < named.size(); i++) {
                out.put(measured.get(i), named.get(i));
            }
        }
        return out;
    }

    private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b");

    private static final Pattern DATASET_TASK_SPLIT = Pattern.compile(
            "\\s+(?:(?!(?:and|or|with|while|to|on|in|for|of|by|than|the|a|an|is|are|which|that)\\b)\\p{Ll}[\\p{Ll}\\-]+\\s+){1,3}(?:(?:[Tt]est|[Dd]ev|[Vv]alidation)\\s+)?");
    private static final Pattern ON_NEXT = Pattern.compile("[^,;.]{0,30}?\\b(?:on|in)\\s+(?:the\\s+)?");

    /** "NeRV++" extends NeRV; "Inceptive Transformers" is built on the transformer; "sharpDARTS" on DARTS. */
    private static void basesInNames(Found f, String text, String abstractText, List<Found> proposed, ClaimSubject subjects, Statements out) {
        BaseMethodFinder.Link compound = KnownMethods.inName(f, text, proposed);
        if (compound == null && f.named) {
            compound = KnownMethods.inNameByText(f, text);
        }
        if (compound != null) {
            addBase(f, compound, f.evidence, subjects, out);
        }
        String base = null;
        for (String form : f.forms()) {
            String b = BaseMethodFinder.suffixBase(form);
            // "CodeT5+" of a CodeT5 the abstract never names is no stated extension; "NeRV++ ... the original NeRV"
            // and a numbered version ("RetroMAE v2") are
            if (b != null && (base == null || b.length() > base.length()) && BaseMethodFinder.namedApart(b, abstractText)) {
                base = b;
            }
        }
        if (base != null) {
            out.add(f.entity(), Relation.EXTENDS, otherMethod(base), Measure.NONE, f.evidence,
                    Rule.SUFFIX_VARIANT.confidence());
        }
        BaseMethodFinder.Link family = BaseMethodFinder.family(f);
        if (family != null) {
            out.add(f.entity(), Relation.EXTENDS, otherMethod(family.name()), Measure.NONE, f.evidence,
                    family.rule().confidence());
        }
    }

    /** The tasks, the main method (or the paper, when it proposes none) addressing the best three. */
    private static void readTasks(Sentence title, List<Sentence> body, List<Found> proposed, Found main, Statements out) {
        List<TaskFinder.Task> tasks = TaskFinder.find(title, body, proposed);
        for (int i = 0; i < tasks.size(); i++) {
            TaskFinder.Task t = tasks.get(i);
            Entity task = new Entity(TaskFinder.runningText(t.phrase()), Kind.TASK, List.of(), true);
            out.add(null, Relation.MENTIONS, task, Measure.NONE, t.sentence().evidence(), Rule.MENTION.confidence());
            if (i < MAX_TASKS) {
                out.add(main == null ? null : main.entity(), Relation.ADDRESSES, task, Measure.NONE, t.sentence().evidence(), t.rule().confidence());
            }
        }
    }

    /** States that a method extends a base, unless the base is one of the paper's own proposals. */
    private static void addBase(Found method, BaseMethodFinder.Link l, Evidence evidence, ClaimSubject subjects, Statements out) {
        if (!subjects.isProposed(l.name()) && !method.isCalled(l.name())) {
            Entity base = otherMethod(l.name());
            out.add(method.entity(), Relation.EXTENDS, base, Measure.NONE, evidence, l.rule().confidence());
            out.add(null, Relation.MENTIONS, base, Measure.NONE, evidence, Rule.MENTION.confidence());
        }
    }

    /**
     * "This paper adopts ideas from knowledge distillation", "we used two simple ideas to incorporate inductive bias into
     * the MLP-Mixer": the paper's own method builds on what it names, also before the method is named.
     */
    private static boolean paperBuildsOn(Sentence s) {
        return (BaseMethodFinder.IDEAS.matcher(s.text()).find() || BaseMethodFinder.PUT_INTO.matcher(s.text()).find()
                || WE_MODIFY.matcher(s.text()).find() || BaseMethodFinder.USES_NAMED.matcher(s.text()).find())
                && ProposalFinder.FIRST_PERSON.matcher(s.text()).find();
    }

    /** Bases the sentence names for the method it introduces or is about, and baselines it beats. */
    private static void relations(Sentence s, Found method, ClaimSubject subjects, Statements out, String abstractText,
            List<Acronyms.Definition> definitions, List<String> notBaselines) {
        Matcher cue = ProposalFinder.CUE.matcher(s.text());
        boolean activeCue = cue.find() && (!cue.group().matches("(?i)(?:is|are|was|were) .*") || s.begin() <= subjects.introducedAt());
        boolean weModify = s.begin() >= subjects.introducedAt()
                && (WE_MODIFY.matcher(s.text()).find() || BaseMethodFinder.OUR_USES_FAMILY.matcher(s.text()).find()
                        || BaseMethodFinder.USES_NAMED.matcher(s.text()).find() && ProposalFinder.FIRST_PERSON.matcher(s.text()).find()
                        || BaseMethodFinder.IDEAS.matcher(s.text()).find())
                // "This paper adopts ideas from knowledge distillation ...", said before the method is named
                || paperBuildsOn(s);
        if (s.inTitle() || activeCue || weModify || method.isCalledIn(s.text())) {
            for (BaseMethodFinder.Link l : BaseMethodFinder.bases(s, method, abstractText)) {
                addBase(method, l, s.evidence(), subjects, out);
            }
        }
        if (!s.inTitle()) {
            for (BaseMethodFinder.Link l : BaseMethodFinder.beaten(s, method)) {
                // "outperforms X on COCO and LVIS on ...": a dataset (or a metric) of the sentence is no baseline
                if (!subjects.isProposed(l.name()) && notBaselines.stream().noneMatch(d -> NameMatch.same(d, l.name()))
                        && !namesAClass(l.name(), definitions)) {
                    Entity baseline = otherMethod(l.name());
                    out.add(method.entity(), Relation.OUTPERFORMS, baseline, Measure.NONE, s.evidence(), l.rule().confidence());
                    out.add(null, Relation.MENTIONS, baseline, Measure.NONE, s.evidence(), Rule.MENTION.confidence());
                }
            }
        }
    }

    /**
     * "the AED model", "state-of-the-art NAS": an acronym the abstract defines with a lower-case phrase
     * ("attention-based encoder-decoder (AED)") stands for a kind of method, not a named baseline.
     */
    private static boolean namesAClass(String name, List<Acronyms.Definition> definitions) {
        return definitions.stream().anyMatch(d -> d.shortForm().equals(name)
                && d.longForm().matches("[\\p{Ll}][\\p{Ll}\\p{N}\\-]*(?:\\s+[\\p{Ll}][\\p{Ll}\\p{N}\\-]*)*"));
    }

    private static boolean trainedOn(Sentence s, DatasetFinder.Hit h) {
        return TRAINED_ON.matcher(s.text().substring(Math.max(0, h.begin() - 80), h.begin())).find()
                || TRAINING_DATA_AFTER.matcher(s.text()).region(h.begin(), s.text().length()).lookingAt();
    }

    /** "combining multiple AAC datasets (AC, CL, MACS, WavCaps) for training": the list is training data. */
    private static final Pattern TRAINING_DATA_AFTER = Pattern.compile(
            "[^.;]{0,60}?[)\\w]\\s+(?:for|in)\\s+(?:pre-?)?training\\b|\\S+\\s+as\\s+(?:the\\s+)?training\\s+(?:data|set|corpus)\\b");

    private static Entity datasetEntity(DatasetFinder.Hit h) {
        // "ADE20k", "Cifar10" are the listed ADE20K, CIFAR-10 written otherwise: one label for one entity across papers
        String name = Gazetteer.key(h.name()).equals(Gazetteer.key(h.canonical())) ? h.canonical() : h.name();
        List<String> aliases = h.canonical().equals(name) ? List.of() : List.of(h.canonical());
        return new Entity(name, Kind.DATASET, aliases, true);
    }

    /** A method named by another paper, under the name a well-known one is listed with ("Transformers" -> Transformer). */
    private static Entity otherMethod(String name) {
        return Entity.of(KnownMethods.listedName(name), Kind.METHOD);
    }

    /** Collects statements, keeping one per (subject, relation, object): the most confident, or the one with a value. */
    private static final class Statements {
        private final Map<String, Statement> byKey = new LinkedHashMap<>();

        void add(Entity subject, Relation relation, Entity object, Measure measure, Evidence evidence, double confidence) {
            String identity = relation == Relation.IMPROVES ? metricIdentity(object) : object.key();
            String key = (subject == null ? "" : subject.key()) + "|" + relation + "|" + object.kind() + ":" + identity;
            Statement s = new Statement(subject, relation, object, measure, evidence, Math.min(1, Math.max(0, confidence)));
            Statement old = byKey.get(key);
            if (old == null || score(s) > score(old)) {
                byKey.put(key, s);
            }
        }

        /** The names of what a subject already relates to by one relation. */
        List<String> objects(Entity subject, Relation relation) {
            return byKey.values().stream().filter(s -> s.relation() == relation && s.subject() != null
                    && s.subject().key().equals(subject.key())).map(s -> s.object().name()).toList();
        }

        private static double score(Statement s) {
            Measure m = s.measure();
            return s.confidence() + (m.value() != null ? 1 : 0) + (m.delta() != null ? 0.5 : 0) + (m.dataset() != null ? 0.2 : 0);
        }

        /** All statements; a bare "speed-up" is dropped when the same method has a speed of a named activity. */
        List<Statement> list() {
            Map<String, Statement> kept = new LinkedHashMap<>(byKey);
            for (Map.Entry<String, Statement> e : byKey.entrySet()) {
                String key = e.getKey();
                if (!key.endsWith(":" + GENERIC_SPEED)) {
                    continue;
                }
                String prefix = key.substring(0, key.length() - GENERIC_SPEED.length());
                List<String> named = byKey.keySet().stream()
                        .filter(k -> k.startsWith(prefix) && k.endsWith(GENERIC_SPEED) && !k.equals(key)).toList();
                if (named.isEmpty()) {
                    continue;
                }
                kept.remove(key);
                // "to speed-up inference ... speedups of up to 2.16x": the bare speed-up's factor is the named one's
                Measure bare = e.getValue().measure();
                Statement first = kept.get(named.get(0));
                Measure m = first.measure();
                if (m.delta() == null && bare.delta() != null && named.size() == 1) {
                    kept.put(named.get(0), new Statement(first.subject(), first.relation(), first.object(),
                            new Measure(m.value(), bare.delta(), m.value() != null ? m.unit() : bare.unit(),
                                    m.dataset() != null ? m.dataset() : bare.dataset()), first.evidence(), first.confidence()));
                }
            }
            return new ArrayList<>(kept.values());
        }

        /**
         * One identity for the forms of one metric: its canonical name, and one per activity for
         * speed ("decoding time", "decoding speed" and "decoding speed-up" are one claim).
         */
        private static String metricIdentity(Entity metric) {
            Matcher speed = ACTIVITY_SPEED.matcher(metric.name().toLowerCase(Locale.ROOT));
            if (speed.matches()) {
                return (speed.group(1) == null ? "" : speed.group(1)) + GENERIC_SPEED;
            }
            return Names.entityKey(metric.aliases().isEmpty() ? metric.name() : metric.aliases().get(0));
        }
    }

    private static final String GENERIC_SPEED = "#speed";
    private static final Pattern ACTIVITY_SPEED = Pattern.compile(
            "(?:(inference|decoding|training|generation|sampling|encoding|rendering|prefilling|search)[\\s\\-])?"
                    + "(?:speed|time|speed[\\s\\-]?ups?|acceleration)");
}
