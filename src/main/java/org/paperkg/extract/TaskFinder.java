package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.model.Kind;

/**
 * Finds the tasks a paper addresses: the title's "... for TASK", a title led by a verb
 * ("Enhancing TASK via ..."), a title description that names an activity ("NAME: Lossless
 * Self-Speculative Decoding via ..."), the subject of the abstract's opening sentence, "TASK tasks"
 * and "for TASK" in result sentences. A phrase counts only when its
 * head word names an activity (decoding, retrieval, recognition, synthesis, ...).
 */
final class TaskFinder {

    /** A task phrase and the rule that found it. */
    record Task(String phrase, Sentence sentence, Rule rule) {
    }

    private static final String STOP = "(?:via|using|through|by|on|at|from|under|in|of|with|without|and its)";
    private static final Pattern TITLE_FOR = Pattern.compile("\\b(?:for|For|FOR)\\s+(.+?)(?:\\s*[:?](?!\\S)|\\s+(?i:via|using|through|by|on|at|from|under|in|with)\\s|$)");
    private static final Pattern TITLE_GERUND = Pattern.compile(
            "^(?:[^:]{1,40}:\\s+)?(?:Towards?\\s+)?(?:Enhancing|Improving|Boosting|Accelerating|Rethinking|Scaling|Advancing|"
                    + "Robustifying(?: and Boosting)?|Deploying|Revisiting|Unifying|Democratizing|Simplifying|Empowering|"
                    + "Unleashing|Bridging|Exploring|Learning|Efficient|Towards)\\s+(?:(?:Up|Down|Out)\\s+)?(.+?)(?:\\s+(?i:" + STOP + "|for)\\s|\\s*[:?](?!\\S)|$)");
    private static final Pattern TITLE_DESCRIPTION = Pattern.compile(
            "^[^:]{1,40}:\\s+(?:(?:A|An|The)\\s+)?(.+?)(?:\\s+(?i:via|using|through|by|with|without|for|from|in|on|at|towards)\\s|\\s*[:?](?!\\S)|$)");
    private static final Pattern RESULT_TASK = Pattern.compile(
            "\\b(?:for|in|on)\\s+(?:[\\p{Lu}][\\p{L}\\p{N}\\-]*[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-]*\\s+(?!(?:for|on|in|of|with|and|to)\\s))?"
                    // modifiers, not "in performance both in detection"
                    + "((?:(?!(?:for|on|in|of|with|to|performance)\\s)[\\p{Ll}][\\w\\-]*\\s+){0,3}" + TaskHead.WORDS + ")\\b"
                    + "(?!\\s+(?:spaces?|engines?|results?|performance)\\b)");
    /** The subject of an abstract's first sentence is often its task: "Legal case retrieval, which aims ...". */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^((?:[\\p{L}][\\w\\-]*\\s+){0,4}[\\p{L}][\\w\\-]*)(?:\\s*~?\\([^)]{1,15}\\))?(?:\\s+of\\s+(?:[\\w\\-]+\\s+){0,3}?[\\w\\-]+)?\\s*(?:,|\\b(?:is|are|has|have|aims|plays|remains|"
                    + "suffers|involves|refers|enables|requires|faces|seeks|offers|provides|allows|continues|poses|relies|"
                    + "has been|have been|is a|are)\\b)");
    private static final Pattern TASK_NOUN = Pattern.compile(
            "\\b(?:the|for|on|in|across|of|various|downstream|diverse|multiple|challenging)\\s+"
                    // not "distillation for building task-specific models"
                    + "((?:[\\p{Ll}][\\w\\-]*\\s+){0,2}[\\p{Ll}][\\w\\-]*)\\s+tasks?\\b(?!-)");
    /** "a new task, called zero-shot code-to-code search"; "focuses on enhancing text-to-code and code-to-code search". */
    private static final Pattern NAMED_OR_ENHANCED_TASK = Pattern.compile(
            "\\b(?:(?:a\\s+)?(?:new\\s+|novel\\s+)?task,?\\s+(?:called|named|termed|dubbed)|(?:focus\\w*\\s+on|aims?\\s+(?:at|to))\\s+"
                    + "(?:enhancing|improving|boosting|accelerating|enhance|improve|boost|accelerate))\\s+"
                    + "((?:[\\p{Ll}][\\w\\-]*\\s+){1,4}?" + TaskHead.WORDS + ")\\b");
    /** "text-to-code and code-to-code search" is two tasks with one head. */
    private static final Pattern COORDINATED_MODIFIERS = Pattern.compile("^(\\w+-[\\w\\-]+)\\s+and\\s+(\\w+-[\\w\\-]+)\\s+([\\w\\-]+)$");
    /** "Audio, Video and Image Recognition" is three tasks with one head. */
    private static final Pattern MODIFIER_LIST = Pattern.compile(
            "^((?:[\\w\\-]+(?:\\s+[\\w\\-]+)?\\s*,\\s*)+[\\w\\-]+(?:\\s+[\\w\\-]+)?),?\\s+and\\s+([\\w\\-]+)\\s+([\\w\\-]+)$");
    /** Adjectives that praise a task phrase rather than narrow it. */
    private static final Pattern PRAISE = Pattern.compile(
            "(?i)efficient|effective|fast|faster|accurate|robust|novel|new|better|improved|high-quality|state-of-the-art|existing|"
                    + "previous|various|different|many|other|such|simple|general|scalable|strong|powerful|significant|real-time|"
                    + "low-latency|standard|downstream|challenging|several|multiple|diverse|recent|current|traditional|conventional|"
                    + "typical|popular|common|large-scale|small-scale|moderate-scale|extensive|comprehensive|further|superior|competitive|promising|remarkable|versatile");
    /** "image classification and generation" is two tasks with one modifier. */
    private static final Pattern COORDINATED = Pattern.compile("^((?:[\\w\\-]+\\s+)*)?([\\w\\-]+)\\s+and\\s+([\\w\\-]+)$");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:High[\\s\\-]Fidelity|High[\\s\\-]Quality|More|Less|Highly|Efficient|Enhanced|Improved|Accurate|Robust|Scalable|Fast|Better|Generalizable|Unified|"
                    + "Accelerating|Unifying|Improving|Enhancing|Boosting|the|a|an)\\s+)+", Pattern.CASE_INSENSITIVE);
    /** The head of a task phrase names an activity or a problem. */
    private static final Pattern TASK_HEAD = Pattern.compile(
            "(?i).*(?:tion|sion|ing|sis|ment|ance|ence|retrieval|ity|ics|search|transfer|QA|ASR|TTS|NER|MT|coding|codec)$");
    /**
     * A title's purpose as a gerund phrase after "for": "... for Distilling Large Language Models", "... For Pre-Training
     * Retrieval-Oriented Language Models". The phrase ends at a preposition.
     */
    private static final Pattern GERUND_PHRASE = Pattern.compile(
            "\\b(?:for|For|FOR)\\s+((?:Pre-)?[\\p{Lu}][\\p{Ll}\\-]*ing)\\s+"
                    + "((?:(?!(?i:via|using|through|by|on|at|from|under|in|for|with|without|and|to|is|are|of|beyond|across|into|between|towards?)\\s)[^\\s:?,.]+(?:\\s+|$|(?=[:?,.]))){1,5})");
    /** What a title works towards is its task: "Towards Efficient Fine-tuning of Pre-trained Code Models: ...". */
    private static final Pattern TOWARDS = Pattern.compile(
            "\\b[Tt]owards?\\s+((?:(?!(?i:via|using|through|by|with|without|from|in|on|at|under|for)\\s)[^\\s:?,]+(?:\\s+|$|(?=[:?,]))){2,7})");
    /** Gerunds that say how or what about, not what for ("for Leveraging ...", "for Understanding ..."), and nouns in -ing. */
    private static final Pattern NOT_A_TASK_VERB = Pattern.compile(
            "(?i)using|leveraging|exploiting|harnessing|incorporating|integrating|combining|bridging|rethinking|revisiting|"
                    + "understanding|exploring|investigating|examining|analy[sz]ing|benchmarking|evaluating|(?:every|no|some|any)thing|string|king");
    /** Words no task phrase has: determiners, possessives ("creating a new set", "their outstanding reconstruction"). */
    private static final Pattern INSIDE_NO_TASK = Pattern.compile(
            "(?i)(?<![\\w\\-])(?:a|an|the|this|that|these|those|each|every|their|its|our|his|her|using)(?![\\w\\-])");
    /** A description that names a process ("Hierarchical Self-Distillation for ...") rather than a system ("... Audio Codec for ..."). */
    private static final Pattern PROCESS = Pattern.compile("(?i)(?:ing|tion|sion|ment|sis|models?)$");
    private static final Pattern NOT_TASK = Pattern.compile(
            "(?i)(?:training|learning|inference|generation|decoding|prediction|representation|performance|evaluation|"
                    + "computation|information|application|implementation|setting|modeling|scaling|processing|"
                    + "understanding|reasoning|vision|language|speech|audio|ing|tion)$");

    /** "evaluated on four tasks, including paraphrase, text simplification and question generation": each item is a task. */
    private static final Pattern TASK_LIST = Pattern.compile(
            "\\btasks?\\s*,?\\s*(?:including|such as|like|namely|e\\.g\\.,?|:)\\s+((?:[\\p{Ll}][\\w\\-]*(?:\\s+[\\p{Ll}][\\w\\-]*){0,3}"
                    + "\\s*(?:,\\s*(?:and|or)?|\\band\\b|\\bor\\b)\\s*)+[\\p{Ll}][\\w\\-]*(?:\\s+[\\p{Ll}][\\w\\-]*){0,3})");
    /** "results on image captioning, machine translation and visual question generation": evaluated tasks. */
    private static final Pattern EVALUATED_TASKS = Pattern.compile(
            "\\b(?:experiments?|results?|evaluat\\w*|tested|test|performance|appl(?:y|ied|ying)|effectiveness|demonstrat\\w*)\\b[^.;]{0,40}?"
                    + "\\b(?:on|in|for|across|to)\\s+(?:(?:the|both|several|various|multiple|diverse|a range of|tasks? such as)\\s+)*"
                    + "((?:[\\p{Ll}][\\w\\-]*\\s+){0,3}[\\p{Ll}][\\w\\-]*(?:\\s*(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s+as well as\\s+)"
                    + "(?:[\\p{Ll}][\\w\\-]*\\s+){0,3}[\\p{Ll}][\\w\\-]*)+)");
    /** Between the items of a list: ", ", ", and ", " and ", " or ", " as well as ". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+|as well as\\s+)?|\\s+(?:and|or|as well as)\\s+");
    /** A title that starts with its task: "Lossless Compression with Probabilistic Circuits". */
    private static final Pattern TITLE_LEAD = Pattern.compile(
            "^((?:[\\p{Lu}][\\p{L}\\-]*\\s+){0,3}[\\p{Lu}][\\p{L}\\-]*)\\s+(with|via|using|by|through|without|from|in|for)\\s");

    private TaskFinder() {
    }

    static List<Task> find(Sentence title, List<Sentence> sentences, List<Found> proposals) {
        List<Task> tasks = new ArrayList<>();
        String t = title.text();
        Matcher f = TITLE_FOR.matcher(t);
        while (f.find()) {
            String purpose = strip(f.group(1));
            // "for Natural Language Generation, Translation, and Comprehension": a list of three or more activities is a task
            // each ("for Audio, Video, Point Cloud, Time-Series and Image Recognition" shares one head instead)
            List<String> items = purpose.contains(",") ? List.of(ITEM_SEPARATOR.split(purpose)) : List.of(purpose);
            boolean activities = items.size() >= 3 && items.stream().allMatch(i -> TaskHead.isActivity(lastWord(i).toLowerCase(Locale.ROOT))
                    || PROCESS.matcher(lastWord(i)).find());
            for (String item : activities ? items : List.of(purpose)) {
                add(tasks, item, title, Rule.TITLE_FOR_TASK, proposals, true);
            }
        }
        Matcher gp = GERUND_PHRASE.matcher(t);
        while (gp.find()) {
            String object = gp.group(2).strip().replaceFirst("(?i)(?:\\s+(?:" + PRAISE.pattern().substring(4) + "))+$", "");
            if (!NOT_A_TASK_VERB.matcher(gp.group(1)).matches() && !object.isEmpty()) {
                addPhrase(tasks, runningText(gp.group(1) + " " + object), title, Rule.TITLE_FOR_TASK, proposals);
            }
        }
        Matcher toward = TOWARDS.matcher(t);
        if (toward.find()) {
            addPhrase(tasks, runningText(toward.group(1).strip()), title, Rule.TITLE_GERUND_TASK, proposals);
        }
        boolean forTask = !tasks.isEmpty();
        Matcher g = TITLE_GERUND.matcher(t);
        if (g.find()) {
            add(tasks, strip(g.group(1)), title, Rule.TITLE_GERUND_TASK, proposals, false);
        }
        Matcher d = TITLE_DESCRIPTION.matcher(t);
        if (d.find()) {
            String description = description(d.group(1));
            // a process for something is the method: "MrT5: Dynamic Token Merging for Efficient Byte-level Language Models"
            boolean processFor = PROCESS.matcher(d.group(1)).find() && t.substring(d.end(1)).matches("(?s)\\s+(?i:for)\\s.*");
            if (!(forTask && PROCESS.matcher(description).find()) && !processFor) {
                add(tasks, description, title, Rule.TITLE_GERUND_TASK, proposals, false);
            }
        }
        Matcher lead = TITLE_LEAD.matcher(t);
        if (!t.contains(":") && lead.find() && TaskHead.isActivity(lastWord(lead.group(1)))
                && !(lead.group(2).equals("for") && forTask)) {
            add(tasks, strip(lead.group(1)), title, Rule.TITLE_LEAD_TASK, proposals, false);
        }
        if (!sentences.isEmpty()) {
            Matcher o = OPENING_SUBJECT.matcher(sentences.get(0).text());
            String subject = o.find() ? o.group(1).replaceFirst("^\\p{L}+\\s+and\\s+\\p{Ll}+\\s+(?=\\S+$)", "") : "";
            if (subject.matches(".*(?:ing|tion|sion)\\s+(?:methods|approaches|models|techniques|algorithms)$")) {
                subject = subject.substring(0, subject.lastIndexOf(' '));
            }
            // "Methods for name matching, an important component ...": the task is what the field's work is for
            subject = subject.replaceFirst("(?i)^(?:(?:prior|previous|recent|existing|current)\\s+)?"
                    + "(?:methods|approaches|techniques|research|work|studies|systems|algorithms)\\s+(?:for|on|in|to)\\s+(?=\\S+\\s+\\S)", "");
            // "The dominant sequence transduction models are ...": a judgement of the field's models is no part of the task
            subject = subject.replaceFirst("(?i)^(?:the\\s+)?(?:dominant|prevailing|mainstream|popular|leading|standard|conventional|"
                    + "traditional|typical|modern|current|existing|recent|prior|previous)\\s+(?=\\S+\\s+\\S)", "");
            if (subject.split("\\s+").length >= 2) {
                add(tasks, subject, sentences.get(0), Rule.OPENING_TASK, proposals, false);
            }
        }
        int ownFrom = ownWorkFrom(sentences, proposals);
        for (Sentence s : sentences) {
            Matcher m = TASK_NOUN.matcher(s.text());
            while (m.find()) {
                // "the de-facto standard for natural language processing tasks, its applications to computer vision remain
                // limited": the field's tasks, named before the paper's own work, rank after the paper's own
                add(tasks, m.group(1), s, s.begin() >= ownFrom ? Rule.TASK_NOUN : Rule.BACKGROUND_TASK_LIST, proposals, false);
            }
            // "image classification (87.3 top-1 accuracy on ImageNet-1K) and object detection (...)": results in
            // brackets do not end a list
            String unbracketed = DatasetFinder.blankParentheses(s.text());
            Matcher list = TASK_LIST.matcher(unbracketed);
            // "Recently, more complex architectures ... have been proposed for tasks including question answering and ...":
            // the field's tasks, named before the paper's own work, rank after the paper's own
            Rule listRule = s.begin() >= ownFrom ? Rule.TASK_LIST : Rule.BACKGROUND_TASK_LIST;
            for (int from = 0; from < unbracketed.length() && list.find(from); from = list.start(1)) {
                for (String item : ITEM_SEPARATOR.split(list.group(1))) {
                    // "... and dense prediction tasks such as object detection ...": the class of a list in the list, whose
                    // members the next find reads
                    if (!item.matches("(?s).*\\stasks?(?:\\s+such)?\\s*")) {
                        addListed(tasks, item, s, proposals, listRule);
                    }
                }
            }
            Matcher evaluated = EVALUATED_TASKS.matcher(unbracketed);
            // "Large language models have demonstrated exceptional capability in natural language understanding ...": the field's
            while (s.begin() >= ownFrom && evaluated.find()) {
                for (String listed : ITEM_SEPARATOR.split(evaluated.group(1))) {
                    // "a step forward in performance both in detection": the task is what follows the last "in"
                    String item = listed.replaceFirst("\\s+tasks?$", "").replaceFirst("(?i)^.*\\b(?:performance|both|in|on)\\s+", "");
                    if (TaskHead.isActivity(lastWord(item))) {
                        add(tasks, item, s, Rule.TASK_LIST, proposals, false);
                    }
                }
            }
            Matcher n = NAMED_OR_ENHANCED_TASK.matcher(s.text());
            while (n.find()) {
                add(tasks, n.group(1), s, Rule.TASK_NOUN, proposals, false);
            }
            if (ImprovementFinder.CLAIM_CUE.matcher(s.text()).find() && s.begin() >= introducedAt(proposals)) {
                Matcher r = RESULT_TASK.matcher(s.text());
                while (r.find()) {
                    add(tasks, r.group(1), s, Rule.TASK_NOUN, proposals, false);
                }
            }
        }
        knownTasks(title, sentences, tasks, proposals);
        if (tasks.size() < 2) {
            frequentActivities(title, sentences, tasks, proposals);
        }
        tasks.sort(Comparator.comparingDouble((Task task) -> -task.rule().confidence()));
        return tasks;
    }

    /**
     * Widely studied tasks ({@code tasks.txt}) named in the title, or in the abstract where the paper
     * evaluates or claims something about its own work ("on language modeling, GLA performs
     * competitively"); a listed task named only in the background is not the paper's.
     */
    private static void knownTasks(Sentence title, List<Sentence> sentences, List<Task> tasks, List<Found> proposals) {
        for (Gazetteer.Hit h : KNOWN.find(title.text())) {
            add(tasks, h.surface(), title, Rule.KNOWN_TASK_IN_TITLE, proposals, true);
        }
        int ownWorkFrom = introducedAt(proposals);
        for (Sentence s : sentences) {
            if (s.begin() < ownWorkFrom || !s.reportsResult()) {
                continue;
            }
            for (Gazetteer.Hit h : KNOWN.find(s.text())) {
                if (NOT_THE_GOAL_BEFORE.matcher(s.text().substring(0, h.begin())).find()
                        || NOT_THE_GOAL_AFTER.matcher(s.text().substring(h.end())).lookingAt()) {
                    continue;
                }
                if (tasks.stream().noneMatch(t -> contains(t.phrase(), h.surface()))) {
                    add(tasks, withModifiers(s, h), s, Rule.KNOWN_TASK, proposals, true);
                } else {
                    promote(tasks, h.surface(), s);
                }
            }
        }
    }

    /** The widely studied tasks a text names, as running text; names that are also common words are left out. */
    static List<String> listedIn(String text) {
        return KNOWN.findUnambiguous(text).stream().map(h -> runningText(h.surface())).distinct().toList();
    }

    /**
     * A weaker rule's task that a result sentence also names as a widely studied task ranks as a known task:
     * "We evaluate TERA on several downstream tasks, including phoneme classification, keyword spotting, ...".
     */
    private static void promote(List<Task> tasks, String known, Sentence s) {
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (t.rule().confidence() < Rule.KNOWN_TASK.confidence() && NameMatch.same(t.phrase(), known)) {
                tasks.set(i, new Task(t.phrase(), s, Rule.KNOWN_TASK));
            }
        }
    }

    /** A listed task with the modifiers that narrow it: "zero-shot semantic segmentation", "visual question generation". */
    private static String withModifiers(Sentence s, Gazetteer.Hit h) {
        List<Token> tokens = s.tokens();
        int first = s.tokenAt(h.begin());
        int start = first;
        while (start > 0 && first - start < 2 && isModifier(tokens.get(start - 1))
                && Character.isLowerCase(tokens.get(start - 1).word().charAt(0))) {
            start--;
        }
        return start == first ? h.surface() : s.text().substring(tokens.get(start).begin() - s.begin(), h.end());
    }

    /** A listed task named as what is done without, or as what is beaten: "without any reinforcement learning",
     * "surpasses both state-of-the-art contrastive learning". */
    private static final Pattern NOT_THE_GOAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:without(?:\\s+any)?|no|outperform\\w*(?:\\s+both)?(?:\\s+(?:the\\s+)?(?:state-of-the-art|existing|prior|previous))?|surpass\\w*(?:\\s+both)?(?:\\s+(?:the\\s+)?(?:state-of-the-art|existing|prior|previous))?)\\s+$");
    /** A listed task as the kind of a technique: "reinforcement learning based approaches". */
    private static final Pattern NOT_THE_GOAL_AFTER = Pattern.compile("(?i)[\\s\\-]based\\b");
    private static final Gazetteer KNOWN = Gazetteer.load(Kind.TASK, "tasks.txt", false);
    /**
     * Noun phrases headed by an activity ("speech compression", "text summarization") that the title
     * and abstract use at least twice (the title counts double): what a paper keeps returning to is its task.
     */
    private static void frequentActivities(Sentence title, List<Sentence> sentences, List<Task> tasks, List<Found> proposals) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Sentence> firstSeen = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        List<Sentence> all = new ArrayList<>();
        all.add(title);
        all.addAll(sentences);
        for (Sentence s : all) {
            for (String phrase : activityPhrases(s)) {
                String key = phrase.toLowerCase(Locale.ROOT);
                counts.merge(key, s.inTitle() ? 2 : 1, Integer::sum);
                firstSeen.putIfAbsent(key, s);
                surface.putIfAbsent(key, s.inTitle() ? runningText(phrase) : phrase);
            }
        }
        counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()))
                .forEach(e -> add(tasks, surface.get(e.getKey()), firstSeen.get(e.getKey()), Rule.FREQUENT_TASK, proposals, false));
    }

    /** The activity-headed noun phrases of a sentence, at most three words, without praise. */
    private static List<String> activityPhrases(Sentence s) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            boolean nextIsNoun = i + 1 < tokens.size() && tokens.get(i + 1).isNoun();
            if (!head.isNoun() || nextIsNoun || !TaskHead.isActivity(head.word())) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 2 && isModifier(tokens.get(start - 1))) {
                start--;
            }
            if (start == i) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int j = start; j <= i; j++) {
                phrase.append(j > start ? " " : "").append(tokens.get(j).word());
            }
            out.add(phrase.toString());
        }
        return out;
    }

    private static boolean isModifier(Token t) {
        return (t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBG") && t.word().contains("-"))
                && !PRAISE.matcher(t.word()).matches() && t.word().matches("[\\p{L}][\\p{L}\\p{N}\\-]*");
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** An item of an explicit task list needs no activity head ("paraphrase"), only to be a short common-noun phrase. */
    private static void addListed(List<Task> tasks, String item, Sentence s, List<Found> proposals, Rule rule) {
        String p = item.strip();
        if (p.isEmpty() || p.split("\\s+").length > 4 || p.matches("(?i)(?:etc|others?|more|many|the|a|an|various|several)\\b.*")
                || p.matches("(?i).*[^s]s") && !p.matches("(?i).*(?:sis|ics|ous)")
                || tasks.stream().anyMatch(t -> NameMatch.same(t.phrase(), p))
                || proposals.stream().anyMatch(x -> x.forms().stream().anyMatch(form -> NameMatch.same(form, p)))) {
            return;
        }
        tasks.add(new Task(p, s, rule));
    }

    /** A title phrase kept as written: no activity head needed, only not a proposal's name nor a task already found. */
    private static void addPhrase(List<Task> tasks, String p, Sentence s, Rule rule, List<Found> proposals) {
        if (p.split("\\s+").length < 2 || tasks.stream().anyMatch(t -> NameMatch.same(t.phrase(), p) || contains(p, t.phrase()) || contains(t.phrase(), p))
                || proposals.stream().anyMatch(x -> x.forms().stream().anyMatch(form -> names(form, p)))) {
            return;
        }
        tasks.add(new Task(p, s, rule));
    }

    /** Where the paper starts speaking of its own work: its first "we", "our", "this paper" sentence, or its first proposal. */
    private static int ownWorkFrom(List<Sentence> sentences, List<Found> proposals) {
        int introduced = introducedAt(proposals);
        for (Sentence s : sentences) {
            if (introduced > 0 && s.begin() >= introduced) {
                return introduced;
            }
            if (OWN_WORK.matcher(s.text()).find()) {
                return s.begin();
            }
        }
        return introduced;
    }

    private static final Pattern OWN_WORK = Pattern.compile("(?i)\\b(?:we|our|this (?:paper|work|study|article)|here)\\b");

    private static int introducedAt(List<Found> proposals) {
        return proposals.stream().filter(f -> !f.evidence.inTitle()).mapToInt(f -> f.evidence.begin()).min().orElse(0);
    }

    /** A title description as a task: "Accurate quantization of large language models" keeps its "of" part,
     * a leading verb goes ("Harnessing Parallel Decoding" -> parallel decoding), a long phrase keeps its last words. */
    private static String description(String phrase) {
        String p = strip(phrase).replaceFirst(
                "^(?:.*?\\s)?((?:[\\p{L}\\-]+\\s+)?[\\p{L}\\-]*(?i:tion|sion|ing|sis|search|retrieval))\\s+(?i:paradigm|framework|method|approach|model|system|network|architecture|pipeline|scheme)s?$",
                "$1");
        String[] parts = p.split("\\s+of\\s+", 2);
        // "Scaling Up Capacity and Resolution": the gerund goes with its particle
        String head = parts[0].replaceFirst("^\\p{L}+ing\\s+(?:(?i:up|down|out)\\s+)?(?=\\S)", "");
        String[] words = head.split("\\s+");
        if (words.length > 4) {
            head = words[words.length - 2] + " " + words[words.length - 1];
        }
        return parts.length > 1 ? head + " of " + parts[1] : head;
    }

    private static String strip(String phrase) {
        String p = phrase.strip();
        String stripped = LEAD.matcher(p).replaceFirst("");
        return stripped.split("\\s+").length >= 2 || p.split("\\s+").length == 1 ? stripped : p;
    }

    private static void add(List<Task> tasks, String phrase, Sentence s, Rule rule, List<Found> proposals, boolean singleWordOk) {
        String whole = phrase.strip().replaceAll("[.,;:?]+$", "").replaceAll("^(?i)(?:(?:the|a|an)\\s+)+", "");
        String bare = whole.replaceAll(
                "^(?i)(?:(?:the|a|an|various|many|several|multiple|different|specific|diverse|other|these|those|such|some|"
                        + "downstream|challenging|standard|common|typical|general|both|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)+", "");
        String kept = !bare.contains(" ") && whole.matches("(?i)downstream\\s+\\S+") ? whole : bare;
        // a title's "Diffusion-based Video Generation", "deep learning-based biomedical image segmentation": the means goes,
        // the task stays (when two words or more remain)
        String p = !s.inTitle() ? kept : kept.replaceFirst("^(?i)(?:\\w+\\s+)?[\\w\\-]+-based\\s+(?=\\S+\\s+\\S+)", "");
        if (p.matches("(?i)^(?:and|or|in|on|we|our|this|these|it|its|by|with|for|to|of|recent|despite|although|while|"
                + "which|that|whose|existing|current|many|most|however|innovations?|advances?|progress|"
                // "the second evaluation", "another important issue", "one popular application": which one, not what
                + "first|second|third|fourth|final|last|next|another|additional|one|more|research|prior|previous)(?![\\w\\-]).*") || p.matches("(?i).*\\b(?:like|such as)\\b.*") || INSIDE_NO_TASK.matcher(p).find()) {
            return;
        }
        Matcher list = MODIFIER_LIST.matcher(p);
        if (list.matches() && TaskHead.isActivity(list.group(3))) {
            for (String modifier : list.group(1).split("\\s*,\\s*")) {
                add(tasks, modifier + " " + list.group(3), s, rule, proposals, singleWordOk);
            }
            add(tasks, list.group(2) + " " + list.group(3), s, rule, proposals, singleWordOk);
            return;
        }
        Matcher pair = COORDINATED_MODIFIERS.matcher(p);
        if (pair.matches() && TASK_HEAD.matcher(pair.group(3)).matches() && !TASK_HEAD.matcher(pair.group(1)).matches()) {
            add(tasks, pair.group(1) + " " + pair.group(3), s, rule, proposals, singleWordOk);
            add(tasks, pair.group(2) + " " + pair.group(3), s, rule, proposals, singleWordOk);
            return;
        }
        Matcher both = COORDINATED.matcher(p);
        if (both.matches() && TASK_HEAD.matcher(both.group(2)).matches() && TASK_HEAD.matcher(both.group(3)).matches()) {
            String prefix = both.group(1) == null ? "" : both.group(1);
            add(tasks, prefix + both.group(2), s, rule, proposals, singleWordOk);
            add(tasks, prefix + both.group(3), s, rule, proposals, singleWordOk);
            return;
        }
        String last = p.substring(p.lastIndexOf(' ') + 1);
        if (rule != Rule.TITLE_FOR_TASK && last.matches("(?i).*[^s]s") && !last.matches("(?i).*(?:sis|ics|ous|ss)")) {
            return;
        }
        String[] words = p.split("\\s+of\\s+")[0].split("\\s+");
        String head = TaskHead.singular(words[words.length - 1]);
        if (p.length() < 4 || words.length > 7 || !TASK_HEAD.matcher(head).matches()
                || words.length == 1 && NameShape.isNameLike(p)
                || words.length == 1 && (!singleWordOk || NOT_TASK.matcher(p).matches())
                || proposals.stream().anyMatch(x -> x.forms().stream().anyMatch(form -> names(form, p)))) {
            return;
        }
        for (Task t : tasks) {
            if (NameMatch.same(t.phrase(), p) || contains(t.phrase(), p) || contains(p, t.phrase())) {
                return;
            }
        }
        tasks.add(new Task(s.inTitle() ? runningText(p) : p, s, rule));
    }

    /** A phrase that is a proposal's name or the start of its long form ("Consistent Training" of "... for Online VIS"). */
    private static boolean names(String form, String phrase) {
        return NameMatch.same(form, phrase) || form.toLowerCase(Locale.ROOT).startsWith(phrase.toLowerCase(Locale.ROOT) + " ");
    }

    /** Whether all words of {@code small} occur in {@code large}: "neural architecture search" in the training-free one. */
    private static boolean contains(String large, String small) {
        return new HashSet<>(NameMatch.words(large)).containsAll(NameMatch.words(small));
    }

    /**
     * A task as running text, keeping acronyms and names, wherever it was found ("Image generation" at a
     * sentence start, "Image Classification" in a title -> image classification): one label across papers.
     */
    static String runningText(String p) {
        StringBuilder out = new StringBuilder();
        // word by word, and each part of a hyphenated word: "CTC-Based ASR" -> "CTC-based ASR"
        for (String w : p.split("(?<=[\\s\\-])|(?=[\\s\\-])")) {
            out.append(NameShape.isNameLike(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w : w.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
