package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronym definitions after Schwartz and Hearst (2003): "Vision Transformer (ViT)",
 * "ViT (Vision Transformer)" and "Low-Rank Adaptation, or LoRA".
 */
final class Acronyms {

    /** One definition; offsets of the short form within the text. */
    record Definition(String shortForm, String longForm, int shortBegin, int shortEnd, int longBegin, int longEnd) {
    }

    private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,80})\\)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.]*)\\s*~?$");

    private Acronyms() {
    }

    static List<Definition> find(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            String before = text.substring(0, m.start()).replaceAll("[\\s~]+$", "");
            int innerStart = m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length());
            if (isShortForm(inside)) {
                // "a new framework, \"Tree of Thoughts\" (ToT)": the quotes are not part of the long form
                Matcher q = QUOTED_BEFORE.matcher(before);
                if (q.matches()) {
                    String longForm = byInitials(inside, q.group(2), longForm(inside, q.group(2)));
                    if (longForm != null) {
                        int longEnd = before.length() - 1;
                        out.add(new Definition(inside, longForm, innerStart, innerStart + inside.length(), longEnd - longForm.length(), longEnd));
                    }
                    continue;
                }
                String longForm = byInitials(inside, before, longForm(inside, before));
                if (longForm != null) {
                    int longBegin = before.length() - longForm.length();
                    out.add(new Definition(inside, longForm, innerStart, innerStart + inside.length(),
                            longBegin, before.length()));
                }
            } else {
                Matcher w = WORD_BEFORE.matcher(before);
                if (w.find() && isShortForm(w.group(1)) && inside.split("\\s+").length >= 2) {
                    String longForm = longForm(w.group(1), inside);
                    if (longForm != null && longForm.length() == inside.length()) {
                        out.add(new Definition(w.group(1), inside, w.start(1), w.start(1) + w.group(1).length(),
                                innerStart, innerStart + inside.length()));
                    }
                }
            }
        }
        // "Low-Rank Adaptation, or LoRA,", "DEtection TRansformer or DETR": the same definition without brackets
        Matcher or = OR_SHORT.matcher(text);
        while (or.find()) {
            String shortForm = or.group(1);
            String before = text.substring(0, or.start());
            String longForm = isShortForm(shortForm) ? longForm(shortForm, before) : null;
            if (longForm != null && out.stream().noneMatch(d -> d.shortForm().equals(shortForm))) {
                out.add(new Definition(shortForm, longForm, or.start(1), or.end(1), before.length() - longForm.length(), before.length()));
            }
        }
        return out;
    }

    private static final Pattern QUOTED_BEFORE = Pattern.compile("(?s)(.*[\\s,(:])[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019']{2,80})[\"\u201d\u2019']");
    private static final Pattern OR_SHORT = Pattern.compile(",?\\s+or\\s+([\\p{L}][\\p{L}\\p{N}+\\-]*)(?=[\\s,.;:)]|$)");

    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 14 || s.contains(" ") || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().filter(Character::isLetter).count() >= 2;
    }

    /**
     * "Tree of Thoughts (ToT)": when the shortest long form is one word ("Thoughts") but the short form's letters are the
     * initials of the words before it, those words are the long form.
     */
    static String byInitials(String shortForm, String text, String longForm) {
        if (longForm == null || longForm.contains(" ") || shortForm.chars().filter(Character::isUpperCase).count() < 2
                || !shortForm.chars().allMatch(Character::isLetter)) {
            return longForm;
        }
        String[] words = text.split("\\s+");
        int n = shortForm.length();
        if (words.length < n) {
            return longForm;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - n; i < words.length; i++) {
            initials.append(words[i].isEmpty() ? ' ' : words[i].charAt(0));
        }
        return initials.toString().equalsIgnoreCase(shortForm) && Character.isUpperCase(initials.charAt(0))
                ? String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)) : longForm;
    }

    /** The shortest tail of {@code text} whose words spell the short form, or null. */
    static String longForm(String shortForm, String text) {
        String[] words = text.split("\\s+");
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int startWord = Math.max(0, words.length - maxWords);
        String window = String.join(" ", Arrays.copyOfRange(words, startWord, words.length));
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = window.toLowerCase(Locale.ROOT);
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c) || Character.isDigit(c) && l.indexOf(c) < 0) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c
                    || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            si--;
            li--;
        }
        int begin = l.lastIndexOf(' ', li) + 1;
        String longForm = window.substring(begin).strip();
        if (longForm.length() <= shortForm.length() || longForm.contains("(") || longForm.contains(",")
                && longForm.indexOf(',') < longForm.length() / 2) {
            return null;
        }
        return longForm;
    }
}
