package org.paperkg.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.input.PaperInputs;
import org.paperkg.model.Paper;

/** The first papers of the real seed dumps as a JSON Lines file, for tests that need a short real input. */
final class SeedSubset {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private SeedSubset() {
    }

    /** Writes the first {@code n} seed papers to {@code file}; skips the test when the seeds are absent. */
    static Path write(Path file, int n) {
        assumeTrue(Files.isDirectory(SEEDS), "needs ../shared/seeds");
        List<Paper> papers = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            PaperInputs.read(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList(),
                    p -> {
                        if (papers.size() < n) {
                            papers.add(p);
                        }
                    }, rejection -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (papers.size() < n) {
            throw new IllegalStateException("the seeds hold only " + papers.size() + " papers, not " + n);
        }
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Paper p : papers) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("title", p.title());
                record.put("abstract", p.abstractText());
                record.put("authors", p.authors());
                out.write(json.writeValueAsString(record));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
