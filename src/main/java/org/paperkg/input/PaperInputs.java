package org.paperkg.input;

import java.io.IOException;
import java.nio.file.Files;
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

    /** The total size of the regular files among {@code files}: the end of {@link PaperReader#bytesRead()}. */
    public static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    total += Files.size(file);
                }
            } catch (IOException e) {
                // unreadable files are reported when read; they add nothing to read
            }
        }
        return total;
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
