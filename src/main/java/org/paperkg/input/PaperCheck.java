package org.paperkg.input;

import static org.paperkg.input.InputLimits.MAX_ABSTRACT_CHARS;
import static org.paperkg.input.InputLimits.MAX_TITLE_CHARS;

import java.util.List;
import org.paperkg.model.Names;
import org.paperkg.model.Paper;

/** Cleans the fields of a record and makes a paper of them, or says why they are not one. */
final class PaperCheck {

    private PaperCheck() {
    }

    /**
     * A paper from raw field values (null when absent); title and abstract are cleaned with
     * {@link TextCleaner} and must be non-blank and within {@link InputLimits}.
     */
    static Paper paper(String id, String title, String abstractText, List<String> authors, String date,
                       String url, List<String> categories, String source) throws BadRecordException {
        String cleanTitle = required("title", title, MAX_TITLE_CHARS);
        String cleanAbstract = required("abstract", abstractText, MAX_ABSTRACT_CHARS);
        String cleanId = blankToNull(id);
        if (cleanId == null && Names.titleKey(cleanTitle).isEmpty()) {
            throw new BadRecordException("title " + quote(cleanTitle)
                    + " has no letters or digits to key the paper by, and there is no id");
        }
        return new Paper(cleanId, cleanTitle, cleanAbstract, nonBlank(authors), blankToNull(date),
                blankToNull(url), nonBlank(categories), source);
    }

    private static String required(String field, String value, int maxChars) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException("no " + field);
        }
        String clean = TextCleaner.clean(value);
        if (clean.isEmpty()) {
            throw new BadRecordException(field + " is blank");
        }
        int length = clean.codePointCount(0, clean.length());
        if (length > maxChars) {
            throw new BadRecordException(field + " is " + length + " characters long, more than the limit of "
                    + maxChars + " (" + quote(clean) + ")");
        }
        return clean;
    }

    /** The cleaned, non-blank values. */
    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(TextCleaner::clean).filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String clean = TextCleaner.clean(s);
        return clean.isEmpty() ? null : clean;
    }

    /** A short quotation of text for a message: cleaned, cut at 60 characters. */
    static String quote(String text) {
        String clean = TextCleaner.clean(text);
        if (clean.codePointCount(0, clean.length()) > 60) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, 57)) + "...";
        }
        return "\"" + clean + "\"";
    }
}
