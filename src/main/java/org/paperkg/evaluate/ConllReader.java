package org.paperkg.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TDMSci's CoNLL file: one token per line as {@code TOKEN OFFSET TAG} (tab or space separated,
 * OFFSET its character offset, TAG a BIO tag such as {@code B-DATASET}), a blank line between sentences.
 */
public final class ConllReader {

    private ConllReader() {
    }

    /** The file's sentences; a malformed line fails with the file and line number. */
    public static List<TaggedSentence> read(Path file) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Builder current = null;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    if (current != null) {
                        out.add(current.build());
                        current = null;
                    }
                    continue;
                }
                String[] cols = line.strip().split("\\s+");
                String where = file + ":" + number;
                if (cols.length != 3 || !cols[1].matches("\\d+") || !cols[2].matches("O|[BI]-\\S+")) {
                    throw new IllegalArgumentException(where + ": expected TOKEN OFFSET TAG (a BIO tag such as B-DATASET), got: " + line);
                }
                if (current == null) {
                    current = new Builder(where, Integer.parseInt(cols[1]));
                }
                current.add(cols[0], Integer.parseInt(cols[1]), cols[2]);
            }
            if (current != null) {
                out.add(current.build());
            }
        }
        return out;
    }

    /** Collects one sentence's tokens and spans. */
    private static final class Builder {
        private final String source;
        private final int base;
        private final StringBuilder text = new StringBuilder();
        private final List<TaggedSentence.Mention> gold = new ArrayList<>();
        private String openType;
        private int openStart;
        private int shift;

        Builder(String source, int base) {
            this.source = source;
            this.base = base;
        }

        void add(String token, int offset, String tag) {
            // a few offsets in TDMSci overlap the token before ("gain" at 49383, "in" at 49384): such a token follows after
            // a space, and the tokens after it move along, keeping their spacing
            int at = offset - base + shift;
            if (at < text.length()) {
                shift += text.length() + 1 - at;
                at = text.length() + 1;
            }
            // an I- tag continues the open span of its type; anything else closes it
            if (!(tag.startsWith("I-") && tag.substring(2).equals(openType))) {
                close();
                if (!tag.equals("O")) {
                    openType = tag.substring(2);
                    openStart = at;
                }
            }
            text.append(" ".repeat(at - text.length())).append(token);
        }

        private void close() {
            if (openType != null) {
                gold.add(new TaggedSentence.Mention(openType, single(text.substring(openStart))));
                openType = null;
            }
        }

        TaggedSentence build() {
            close();
            return new TaggedSentence(source, single(text.toString()), gold);
        }

        /** Where offsets leave gaps wider than a space (near an overlap they do), one space. */
        private static String single(String s) {
            return s.replaceAll("\\s{2,}", " ");
        }
    }
}
