package org.paperkg.input;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.paperkg.model.Paper;

/**
 * Reads papers from input files: text dumps of paper listing pages (.txt), JSON Lines
 * (.jsonl, .ndjson, the arXiv metadata snapshot), JSON arrays or objects (.json), any of them
 * gzipped, "-" for standard input. Everything streams; see {@link PaperReader} for pulling.
 */
public final class PaperInputs {

    private PaperInputs() {
    }

    /**
     * Hands each distinct paper to {@code papers} and each bad record or unreadable file to
     * {@code rejections}, and goes on past both.
     */
    public static ReadSummary read(List<Path> files, Consumer<Paper> papers, Consumer<Rejection> rejections) {
        try (PaperReader reader = PaperReader.open(files, rejections)) {
            reader.forEachRemaining(papers);
            return reader.summary();
        }
    }
}
