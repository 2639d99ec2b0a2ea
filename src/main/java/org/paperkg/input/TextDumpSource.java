package org.paperkg.input;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a text dump of a paper listing page: each paper is a title line followed by its
 * abstract line, blank lines between them or not. An abstract line is prose: at least
 * {@link InputLimits#MIN_ABSTRACT_CHARS} characters with two sentences, or twice that many; a
 * title is the line just before one. Any other line ("Subscribe", "Mar 13", "Daily Papers") is
 * page chrome and skipped, so no list of chrome is needed, except for a button label glued to
 * the first title when the page was copied ("SubscribeHi-End-MAE: ...").
 */
final class TextDumpSource implements RecordSource {

    /** Page labels seen glued to the title that follows them, without a space. */
    private static final Pattern GLUED_CHROME = Pattern.compile("^(?:Subscribe|Daily Papers)(?=\\p{Lu})");

    /** A sentence end: terminal punctuation followed by a space or the end, or a CJK full stop. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|[。！？]");

    private final String file;
    private final LineReader lines;
    private LineReader.Line pendingTitle;
    /** The last line could not be read: it may have been the title of the abstract that follows. */
    private boolean afterBadLine;

    TextDumpSource(String file, LineReader lines) {
        this.file = file;
        this.lines = lines;
    }

    @Override
    public Item next() throws IOException {
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            if (!line.ok()) {
                pendingTitle = null;
                afterBadLine = true;
                return Item.Bad.of(line.number(), line.problem());
            }
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean excused = afterBadLine;
            afterBadLine = false;
            if (!isAbstract(text)) {
                pendingTitle = line;
                continue;
            }
            LineReader.Line title = pendingTitle;
            pendingTitle = null;
            if (title == null) {
                if (excused) {
                    continue; // its title was the unreadable line, already reported
                }
                return Item.Bad.of(line.number(), "abstract " + PaperCheck.quote(text)
                        + " has no title line before it");
            }
            try {
                String titleText = GLUED_CHROME.matcher(title.text().strip()).replaceFirst("");
                return new Item.Found(title.number(), PaperCheck.paper(null, titleText, text, List.of(), null, null,
                        List.of(), file + ":" + title.number()));
            } catch (BadRecordException e) {
                return Item.Bad.of(title.number(), e.getMessage());
            }
        }
        return null;
    }

    /** Prose rather than a title or page chrome: long with two sentences, or twice as long. */
    static boolean isAbstract(String text) {
        int length = text.codePointCount(0, text.length());
        if (length < InputLimits.MIN_ABSTRACT_CHARS) {
            return false;
        }
        var m = SENTENCE_END.matcher(text);
        return length >= 2 * InputLimits.MIN_ABSTRACT_CHARS || m.find() && m.find();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
