package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The saved queries shipped in the jar (from the repo's {@code queries/} folder) and query files. */
public final class SavedQueries {

    /** Where the build puts {@code queries/*.rq} on the classpath. */
    public static final String RESOURCE_DIR = "paperkg/queries";

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\?(\\w+)\\s*(?:[—–-]+\\s*)?(.*)$");

    private SavedQueries() {
    }

    /** All built-in saved queries, sorted by name. */
    public static List<SavedQuery> builtIn() {
        URL url = SavedQueries.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException("saved queries missing from the classpath: " + RESOURCE_DIR);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readDir(fs.getPath(RESOURCE_DIR));
                }
            }
            return readDir(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saved queries: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A built-in query by name, or a query file when the argument ends in ".rq". */
    public static Optional<SavedQuery> find(String nameOrFile) {
        if (nameOrFile.endsWith(".rq")) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(read(file));
        }
        return builtIn().stream().filter(q -> q.name().equals(nameOrFile)).findFirst();
    }

    /** Reads one query file. */
    public static SavedQuery read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the header comments ("# title:", "# description:", "# param:") of a query text. */
    public static SavedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<SavedQuery.Param> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                default -> {
                    Matcher p = PARAM.matcher(value);
                    if (!p.matches()) {
                        throw new IllegalArgumentException(name + ".rq: bad param header (want '# param: ?name — meaning'): " + line);
                    }
                    String meaning = p.group(2).strip();
                    params.add(new SavedQuery.Param(p.group(1), meaning, meaning.contains("(required)")));
                }
            }
        }
        return new SavedQuery(name, title, description.toString(), params, text);
    }

    private static List<SavedQuery> readDir(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .map(SavedQueries::read)
                    .sorted(Comparator.comparing(SavedQuery::name))
                    .toList();
        }
    }
}
