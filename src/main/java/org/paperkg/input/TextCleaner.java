package org.paperkg.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a title or abstract as read: HTML/JATS/MathML markup is removed (script and style with
 * their content), character entities are decoded, control characters become spaces, unpaired
 * surrogates are dropped, and whitespace runs (including newlines and no-break spaces) collapse
 * to one space. Everything else, LaTeX included, is kept as written.
 */
final class TextCleaner {

    /** Script and style elements: dropped with their content. */
    private static final Pattern SCRIPT = Pattern.compile(
            "<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Tags of the markup that turns up in titles and abstracts: inline HTML, and namespaced
     * JATS/MathML ("jats:p", "mml:math"). Only named tags, so "a &lt; b" and "x&lt;y and z&gt;w" survive.
     */
    private static final Pattern TAG = Pattern.compile(
            "</?(?:[a-z][a-z0-9]*:[a-z][a-z0-9-]*|a|abbr|b|big|bold|br|cite|code|div|em|font|h[1-6]|hr|i|img"
                    + "|inline-formula|italic|li|math|mi|mn|mo|mrow|msub|msup|ol|p|s|sc|small|span|strike"
                    + "|strong|sub|sup|tt|u|ul)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    /** Tags that separate words ("a<br>b" is two words); inline tags join ("<i>x</i>y" is one). */
    private static final Pattern BLOCK = Pattern.compile(
            "</?(br|p|div|li|hr|h[1-6]|[a-z0-9]+:p)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ENTITY = Pattern.compile(
            "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private TextCleaner() {
    }

    /** The cleaned text; empty when nothing printable is left. */
    static String clean(String text) {
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = TAG.matcher(SCRIPT.matcher(s).replaceAll(" "))
                    .replaceAll(tag -> BLOCK.matcher(tag.group()).lookingAt() ? " " : "");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        return collapse(s);
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
                int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
                yield Character.isValidCodePoint(cp) && !surrogate ? Character.toString(cp) : " ";
            }
        };
    }

    /** One pass: controls and whitespace to single spaces, lone surrogates dropped, ends stripped. */
    private static String collapse(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (!pair && (Character.isSurrogate(c) || c == '\uFEFF')) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = true;
                continue;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = c;
            if (pair) {
                out[n++] = s.charAt(++i);
            }
        }
        return new String(out, 0, n);
    }
}
