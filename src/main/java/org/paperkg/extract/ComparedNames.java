package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names a comparison is made with, word by word from where the comparison word ends:
 * "strong baselines like BERT and RoBERTa", "the previous best model, DETR,", "wav2vec 2.0",
 * "Deformable DETR", "ViT-L/16", "LSTM-based models and the Transformer", "DeiT-B/ResMLP-B24".
 * A name is a run of name words (shaped, well known or capitalised) with its version or size
 * ("GPT-3 175B", "BEiT V2"; a size word after it is left out); names are joined by commas, "and", "or", "&" or a slash.
 */
final class ComparedNames {

    /** A name read and where it starts in the text. */
    record Name(String text, int begin) {
    }

    private static final Pattern WORD = Pattern.compile("\\G\\s*([^\\s,;:()\\[\\]]+)");
    /** Words before a name that describe it: "the", "strong", "previous state-of-the-art", "175B", "the widely used". */
    private static final Pattern MODIFIER = Pattern.compile(
            "(?i)the|a|an|both|all|its|their|that|those|of|strong|stronger|previous|prior|existing|popular|competitive|recent|current|"
                    + "best|leading|state-of-the-art|SOTA|vanilla|standard|original|conventional|traditional|classic|classical|"
                    + "well-known|widely|commonly|used|adopted|powerful|larger|smaller|fine-?tuned|well-tuned|pre-?trained|"
                    + "\\d[\\w.]*(?:-\\w+)?|\\p{L}[\\w\\-]*-(?:based|like|style|sized?|scale|parameter)"
                    // "surpasses the performance of GPT-4"
                    + "|performance|accuracy|results|quality|scores?|capabilit(?:y|ies)");
    /** Class nouns that may stand before the names they introduce: "baselines like", "its counterpart", "the previous best model,". */
    private static final Pattern CLASS_NOUN = Pattern.compile(
            "(?i)(?:baselines?|methods?|models?|approaches|approach|systems?|architectures?|networks?|counterparts?|competitors?|"
                    + "alternatives?|algorithms?|techniques?|works?|detectors?|codecs?|encoders?|decoders?|optimizers?|LLMs?|art)");
    /** What joins two compared names. */
    private static final Pattern SEPARATOR = Pattern.compile("\\G(?:\\s*,\\s*(?:and|or|as well as)\\s+|\\s*,\\s*|\\s+(?:and|or|as well as)\\s+|\\s*&\\s*|/(?!\\d))");
    private static final Pattern VERSION = Pattern.compile("(?:[vV]?\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|[A-Z]{1,3}\\d*|XXL|XL)");
    private static final Pattern SIZE = Pattern.compile("(?i)base|large|small|tiny|huge|mini|medium|big");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?:The|This|These|That|Those|Our|Its|It|Their|We|They|In|On|At|For|By|With|And|Or|However|Moreover|"
                    + "State-of-the-art|SOTA|SoTA|Table|Fig|Figure|Section)");
    private static final int MAX_WORDS = 5;
    /** Well-known makers of models, written before a model's name. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:OpenAI|Google|Meta|Microsoft|DeepMind|Anthropic|NVIDIA|Nvidia|Facebook|Alibaba|Baidu|Apple|Amazon)(?:'s|’s)?");
    /** "such as", "including": the names come next. */
    private static final Pattern INTRO = Pattern.compile("\\G(?:\\s+(?:to date|so far|in the literature))?\\s*,?\\s*\\(?\\s*(?:such as|including|like|e\\.g\\.,?|namely|i\\.e\\.,?)(?=\\s)");
    /** ", a strong MIM method": an apposition describing the name before, not another name. */
    private static final Pattern APPOSITION = Pattern.compile("\\G(?:a|an|which|who|that)\\b");
    /**
     * "state-of-the-art NAS methods", "the INR generative models", "Hamming codes", "INRs": a class of methods, not one;
     * but "its Transformer counterparts" are Transformers.
     */
    private static final Pattern CLASS_AFTER = Pattern.compile("\\G\\s+(?:\\p{Ll}[\\w\\-]*\\s+){0,2}?(?!(?:counterparts|variants)\\b)(?:\\p{Ll}[\\w\\-]*[^s\\W]s)(?![\\w\\-])");

    /** "outperforms SAM and achieves an average Dice ...": a verb after "and" starts a new clause, not another name. */
    private static final Pattern VERB_NEXT = Pattern.compile(
            "\\s*(?:also\\s+|further\\s+)?(?:achiev|obtain|reach|yield|set|show|demonstrat|improv|reduc|requir|run|us|attain|deliver|provid|"
                    + "perform|match|generaliz|enabl|remain|maintain|approach|rival|trail|lag)\\w*\\b|\\s*(?:is|are|was|were|has|have|can|will)\\b");
    private static final Pattern PARENTHESIS = Pattern.compile("\\G\\s*\\([^()]{0,40}\\)");
    private static final Pattern AFTER_CLASS_NOUN = Pattern.compile("\\G\\s*(?:,|\\((?=\\p{Lu}))?\\s*");
    private static final Pattern SIZE_AFTER = Pattern.compile("\\G\\s+(?:" + SIZE.pattern() + ")(?![\\w\\-])");
    private static final Pattern CLASS_NOUN_AFTER = Pattern.compile("\\G\\s+" + CLASS_NOUN.pattern() + "(?![\\w\\-])");
    private static final Pattern CLASS_PHRASE = Pattern.compile("\\G\\s*(?:[\\w\\-]+\\s+){0,6}?" + CLASS_NOUN.pattern() + "(?![\\w\\-])");

    private ComparedNames() {
    }

    /** The names compared with, read from {@code from}; empty when no name follows. */
    static List<Name> at(String text, int from) {
        List<Name> out = new ArrayList<>();
        int pos = from;
        while (pos < text.length()) {
            pos = skipParenthesis(text, pos);
            int start = skipModifiers(text, pos);
            Name name = readName(text, start);
            if (text.substring(0, pos).endsWith("/") && CLASS_NOUN.matcher(text.substring(pos, start)).find()) {
                // "the Vision Transformer/MLP-like baselines DeiT-B": the names before the slash describe the class
                dropSlashGroup(text, out);
            }
            int end;
            if (name != null && !isClass(text, name)) {
                out.add(name);
                end = afterName(text, name);
            } else {
                // "LSTM-based models and the Transformer": a described class in the list, not a name
                end = afterClassPhrase(text, name == null ? pos : name.begin());
                if (end < 0) {
                    break;
                }
                if (text.substring(0, pos).endsWith("/")) {
                    dropSlashGroup(text, out);
                }
                Matcher intro = INTRO.matcher(text);
                if (intro.find(end)) {
                    // "modeling methods such as SpeechTokenizer and Mimi"
                    pos = intro.end();
                    continue;
                }
            }
            Matcher sep = SEPARATOR.matcher(text);
            if (!sep.find(end) || sep.start() != end || APPOSITION.matcher(text).find(sep.end()) && sep.group().strip().equals(",")
                    || VERB_NEXT.matcher(text).region(sep.end(), text.length()).lookingAt()) {
                break;
            }
            pos = sep.end();
        }
        return out;
    }

    /** Skips a parenthesis ("(Gulati et al., 2020)"), but not one that lists names ("(e.g., PointNet and DGCNN)"). */
    private static int skipParenthesis(String text, int pos) {
        Matcher p = PARENTHESIS.matcher(text);
        return p.find(pos) && skipIntro(text, pos) == pos ? p.end() : pos;
    }

    /** Skips describing words, a class noun with "such as" and so on, and a parenthesis, up to where a name may start. */
    private static int skipModifiers(String text, int pos) {
        int at = pos;
        int words = 0;
        while (words < 8) {
            at = skipParenthesis(text, at);
            Matcher w = WORD.matcher(text);
            if (!w.find(at)) {
                return at;
            }
            String word = w.group(1);
            int intro = skipIntro(text, at);
            if (intro > at) {
                at = intro;
            } else if (MODIFIER.matcher(word).matches()) {
                at = skipIntro(text, w.end());
            } else if (ORGANISATION.matcher(word).matches() && nameShapedNext(text, w.end())) {
                // "OpenAI ChatGPT", "Meta's Llama-2": the maker is no part of the model's name
                at = w.end();
            } else if (CLASS_NOUN.matcher(word).matches() && !NameShape.isCapitalised(word) || word.matches("(?i)LLMs?")) {
                // "baselines like X", "the previous best model, X", "its counterpart X", "the best open 13B model (Llama 2)"
                at = w.end();
                Matcher comma = AFTER_CLASS_NOUN.matcher(text);
                if (comma.find(at)) {
                    at = skipIntro(text, comma.end());
                }
            } else if (word.matches("\\p{Ll}[\\p{Ll}\\-]*") && !isFunctionWord(word) && (nameFollows(text, w.end()) || classNounFollows(text, w.end()))
                    // "the state-of-the-art transformer model": a known method in lower case right before its class noun is the name
                    && !(KnownMethods.contains(word) && CLASS_NOUN_AFTER.matcher(text).find(w.end()))) {
                // "the widely used Adam", "convolutional Mask R-CNN", "the best open 13B model"
                at = w.end();
            } else {
                return at;
            }
            words++;
        }
        return at;
    }

    private static int skipIntro(String text, int at) {
        Matcher m = INTRO.matcher(text);
        return m.find(at) ? m.end() : at;
    }

    private static boolean isFunctionWord(String word) {
        return word.matches("(?i)on|in|by|for|with|while|but|yet|to|at|and|or|across|over|than|from|as|of|is|are|was|were|which|that|"
                + "when|where|under|using|without|within|despite|even|also|only|not|most|many|several|various|other|some|"
                + "these|those|such|including|like");
    }

    /** Whether a class noun follows within two describing words ("open 13B model"). */
    private static boolean classNounFollows(String text, int pos) {
        Matcher w = WORD.matcher(text);
        int at = pos;
        for (int i = 0; i < 3 && w.find(at); i++) {
            String word = trimmed(w.group(1));
            if (CLASS_NOUN.matcher(word).matches() && !NameShape.isCapitalised(word)) {
                return true;
            }
            if (isFunctionWord(word) || !(word.matches("\\p{Ll}[\\p{Ll}\\-]*") || MODIFIER.matcher(word).matches())) {
                return false;
            }
            at = w.end();
        }
        return false;
    }

    /** Whether the next word is shaped like a name ("ChatGPT", "GPT-4", "Llama-2"), not only capitalised ("Translate"). */
    private static boolean nameShapedNext(String text, int pos) {
        Matcher w = WORD.matcher(text);
        return w.find(pos) && (NameShape.isNameLike(trimmed(w.group(1))) || KnownMethods.contains(trimmed(w.group(1))));
    }

    /** Whether a name word follows within three lower-case words. */
    private static boolean nameFollows(String text, int pos) {
        Matcher w = WORD.matcher(text);
        int at = pos;
        for (int i = 0; i < 3 && w.find(at); i++) {
            String word = trimmed(w.group(1));
            if (isFirstNameWord(word)) {
                return true;
            }
            if (!word.matches("\\p{Ll}[\\p{Ll}\\-]*") || isFunctionWord(word)) {
                return false;
            }
            at = w.end();
        }
        return false;
    }

    private static String trimmed(String word) {
        return word.replaceFirst("\\.$", "");
    }

    private static boolean isFirstNameWord(String word) {
        if (NOT_A_NAME.matcher(word).matches() || word.length() < 2 && !word.matches("\\p{Lu}")) {
            return false;
        }
        return NameShape.isNameLike(word) || KnownMethods.contains(word)
                || NameShape.isCapitalised(word) && word.chars().anyMatch(Character::isLetter);
    }

    /** A run of name words from {@code pos}, with its version and size words; slash lists are split later. */
    private static Name readName(String text, int pos) {
        Matcher w = WORD.matcher(text);
        if (!w.find(pos)) {
            return null;
        }
        String first = trimmed(w.group(1));
        String firstPart = first.split("/(?!\\d)")[0];
        if (!isFirstNameWord(firstPart)) {
            return null;
        }
        int begin = w.start(1);
        int end = w.start(1) + firstPart.length();
        if (!firstPart.equals(first) || w.group(1).endsWith(".")) {
            return new Name(text.substring(begin, end), begin);
        }
        int words = 1;
        int at = w.end();
        while (words < MAX_WORDS && w.find(at) && w.start() == at) {
            String raw = w.group(1);
            String word = trimmed(raw).split("/(?!\\d)")[0];
            boolean continues = VERSION.matcher(word).matches()
                    || NameShape.isCapitalised(word) && !SIZE.matcher(word).matches() && !NOT_A_NAME.matcher(word).matches()
                    || NameShape.isNameLike(word);
            if (!continues) {
                break;
            }
            end = w.start(1) + word.length();
            words++;
            if (!word.equals(trimmed(raw)) || raw.endsWith(".")) {
                break;
            }
            at = w.end();
        }
        return new Name(text.substring(begin, end), begin);
    }

    /** Drops the names joined by slashes at the end of the list read so far. */
    private static void dropSlashGroup(String text, List<Name> out) {
        while (!out.isEmpty()) {
            Name last = out.remove(out.size() - 1);
            if (last.begin() == 0 || text.charAt(last.begin() - 1) != '/') {
                return;
            }
        }
    }

    private static boolean isClass(String text, Name name) {
        if (name.text().matches("\\p{Lu}{2,}s") || NameShape.isGeneric(name.text())) {
            return true;
        }
        Matcher after = CLASS_AFTER.matcher(text);
        if (!after.find(name.begin() + name.text().length()) || isFunctionWordPhrase(after.group())) {
            return false;
        }
        // "the popular EfficientNet models", "powerful CLIP models": the models of one named model, but "NAS methods" are a kind
        return !(CLASS_NOUN.matcher(after.group().strip()).matches() && !KnownMethods.isKind(name.text()));
    }

    private static boolean isFunctionWordPhrase(String phrase) {
        for (String w : phrase.strip().split("\\s+")) {
            if (isFunctionWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the list may go on after a name: past a parenthesis ("Vision Transformer (ViT)") and a class noun ("the BERT model"). */
    private static int afterName(String text, Name name) {
        int end = name.begin() + name.text().length();
        // "the MAE base", "BEiT V2 Large": the size is not part of the name
        Matcher size = SIZE_AFTER.matcher(text);
        end = size.find(end) ? size.end() : end;
        end = skipParenthesis(text, end);
        Matcher noun = CLASS_NOUN_AFTER.matcher(text);
        return noun.find(end) ? noun.end() : end;
    }

    /** The end of a lower-case phrase that names a class of methods ("LSTM-based models"), or -1. */
    private static int afterClassPhrase(String text, int pos) {
        Matcher m = CLASS_PHRASE.matcher(text);
        if (!m.find(pos)) {
            return -1;
        }
        String phrase = text.substring(pos, m.end());
        return phrase.matches("(?s).*\\b(?:on|in|by|for|with|while|to|at|than|over|which|that)\\b.*") ? -1 : m.end();
    }
}
