package org.paperkg.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a word looks like the name of something: "Focus-DETR", "UniXcoder", "Text2Layer", "NeRV++", "GMU". */
final class NameShape {

    private static final Pattern LETTER_DIGIT = Pattern.compile("\\p{L}\\d|\\d\\.?\\d*\\p{Lu}");
    /** "PC-based", "CLIP-like": a modifier made from a name, not a name. */
    private static final Pattern MODIFIER = Pattern.compile(
            "-(?:based|like|style|aware|free|driven|guided|specific|level|wise|inspired|oriented|centric|agnostic|powered|enhanced|only)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC = new HashSet<>(Gazetteer.lines("generic-names.txt"));

    private NameShape() {
    }

    static boolean isNameLike(String word) {
        if (word.length() < 2 || !Character.isLetter(word.charAt(0)) || isGeneric(word) || MODIFIER.matcher(word).find()
                || word.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (word.endsWith("+") && word.length() > 2) {
            return true;
        }
        String[] segments = word.split("-");
        for (String segment : segments) {
            if (segmentIsNameLike(segment)) {
                return true;
            }
        }
        // "Max-W": a capitalised word joined to a capital letter
        return segments.length == 2 && isCapitalised(segments[0]) && segments[1].matches("\\p{Lu}\\d?");
    }

    /** "LSTM-based", "CLIP-guided": a modifier made from a name. */
    static boolean isModifier(String word) {
        return MODIFIER.matcher(word).find();
    }

    /** Generic acronyms and terms ("LLMs", "GPU") that name no particular thing. */
    static boolean isGeneric(String word) {
        return GENERIC.contains(word) || (word.endsWith("s") && GENERIC.contains(word.substring(0, word.length() - 1)));
    }

    private static boolean segmentIsNameLike(String s) {
        if (s.length() < 2 || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        if (LETTER_DIGIT.matcher(s).find() && s.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word of a multi-word name ("Gated", "Memory"), or a name-like word. */
    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
