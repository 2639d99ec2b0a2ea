package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tasks a paper addresses: the title's "... for TASK", a title led by a verb
 * ("Enhancing TASK via ..."), the head of the proposed method's description ("a novel depth
 * compression method" -> depth compression) and "the TASK task".
 */
final class TaskFinder {

    /** A task phrase and the rule that found it. */
    record Task(String phrase, Sentence sentence, Rule rule) {
    }

    private static final Pattern TITLE_FOR = Pattern.compile("\\b(?:for|For|FOR|towards|Towards)\\s+(.+?)(?:\\s*[:?]|\\s+(?:via|using|through|by|on|at|from|under|in)\\s|$)");
    private static final Pattern TITLE_GERUND = Pattern.compile(
            "^(?:[^:]{1,40}:\\s*)?(?:Enhancing|Improving|Boosting|Accelerating|Rethinking|Scaling|Advancing|Robustifying(?: and Boosting)?|"
                    + "Deploying|Towards|Toward|Revisiting|Unifying|Democratizing|Simplifying)\\s+(.+?)(?:\\s+(?:via|using|through|by|with|for|from|in)\\s|\\s*:|$)");
    private static final Pattern METHOD_HEAD = Pattern.compile(
            "\\b(?:a|an|the|our)\\s+(?:(?:novel|new|simple|effective|efficient|unified|general|lightweight|scalable|first|"
                    + "[\\w\\-]+-based|[\\w\\-]+-free|and|yet|highly|embarrassingly|accurate|robust|streaming|plug-and-play|\\w+ly),?\\s+)*"
                    + "((?:[\\p{Ll}][\\w\\-]*\\s+){0,3}[\\p{Ll}][\\w\\-]*(?:ion|ing|sis))\\s+(?:\\([^)]{1,12}\\)\\s+)?"
                    + "(?:method|framework|model|approach|algorithm|architecture|codec|system|technique|pipeline|paradigm|engine|strategy)\\b");
    private static final Pattern TASK_NOUN = Pattern.compile(
            "\\b(?:the|for|on)\\s+((?:[\\p{Ll}][\\w\\-]*\\s+){0,2}[\\p{Ll}][\\w\\-]*(?:ion|ing|sis))\\s+(?:task|problem)\\b");
    private static final Pattern LEAD_ADJ = Pattern.compile("^(?:(?:Efficient|Enhanced|Improved|Accurate|Robust|Scalable|Fast|Better|Generalizable|the|a|an)\\s+)+", Pattern.CASE_INSENSITIVE);

    private TaskFinder() {
    }

    static List<Task> find(Sentence title, List<Sentence> sentences, List<Found> proposals) {
        List<Task> tasks = new ArrayList<>();
        String t = title.text();
        Matcher g = TITLE_GERUND.matcher(t);
        if (g.find()) {
            add(tasks, strip(g.group(1)), title, Rule.TITLE_GERUND_TASK, proposals);
        }
        Matcher f = TITLE_FOR.matcher(t);
        while (f.find()) {
            add(tasks, f.group(1), title, Rule.TITLE_FOR_TASK, proposals);
        }
        for (Sentence s : sentences) {
            if (ProposalFinder.CUE.matcher(s.text()).find()) {
                Matcher m = METHOD_HEAD.matcher(s.text());
                while (m.find()) {
                    add(tasks, m.group(1), s, Rule.METHOD_HEAD_TASK, proposals);
                }
            }
        }
        for (Sentence s : sentences) {
            Matcher m = TASK_NOUN.matcher(s.text());
            while (m.find()) {
                add(tasks, m.group(1), s, Rule.TASK_NOUN, proposals);
            }
        }
        return tasks;
    }

    private static String strip(String phrase) {
        String p = phrase.strip();
        String stripped = LEAD_ADJ.matcher(p).replaceFirst("");
        return stripped.split("\\s+").length >= 2 ? stripped : p;
    }

    private static void add(List<Task> tasks, String phrase, Sentence s, Rule rule, List<Found> proposals) {
        String p = phrase.strip().replaceAll("[.,;:?]+$", "").replaceAll("^(?i)(?:the|a|an)\\s+", "");
        if (p.length() < 4 || p.split("\\s+").length > 7) {
            return;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(?:iots?|devices?|microcontrollers?|llms?|language models?|all)$")
                || proposals.stream().anyMatch(f -> f.isCalled(p))) {
            return;
        }
        for (Task t : tasks) {
            if (NameMatch.same(t.phrase(), p)) {
                return;
            }
        }
        tasks.add(new Task(s.inTitle() ? lowerCaseWords(p) : p, s, rule));
    }

    /** Title case to running text, keeping acronyms and names: "Video Prediction" -> "video prediction". */
    private static String lowerCaseWords(String p) {
        StringBuilder out = new StringBuilder();
        for (String w : p.split("(?<=[\\s])|(?=[\\s])")) {
            out.append(NameShape.isNameLike(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? w : w.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
