package org.paperkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.evaluate.Calibration;
import org.paperkg.evaluate.Figures;
import org.paperkg.evaluate.Scorer;
import org.paperkg.export.RecordJson;
import org.paperkg.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperkg evaluate --gold GOLD FILE...}: extracts and scores against gold records with score.py's rules. */
@Command(name = "evaluate", description = {
        "Extracts from the input papers and scores the result against gold records.",
        "Uses the matching rules of ../shared/eval/score.py (same figures), then prints how often",
        "statements are right per confidence bin."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "gold records (gold/dev.jsonl)")
    private Path gold;

    @Option(names = "--out", paramLabel = "PRED.jsonl", description = "also write the predicted records (gold format)")
    private Path out;

    @Option(names = "--json", description = "print the figures as JSON, like score.py --json")
    private boolean json;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<Extraction> extractions = new ArrayList<>();
        ExtractAll.Counts counts = ExtractAll.run(input, stderr, extractions::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                RecordJson.writeJsonl(extractions, w);
            }
        }
        List<JsonNode> predicted = new ArrayList<>();
        extractions.forEach(e -> predicted.add(RecordJson.toRecord(e)));
        Scorer.Result result = Scorer.score(readJsonl(gold), predicted);
        if (json) {
            stdout.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)));
            return counts.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
        }
        stdout.printf("%-24s %6s %6s %6s %5s %5s %5s%n", "relation", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, Figures> e : result.figures().entrySet()) {
            Figures f = e.getValue();
            stdout.printf("%-24s %6.3f %6.3f %6.3f %5d %5d %5d%n", e.getKey(), f.precision(), f.recall(), f.f1(), f.tp(), f.fp(), f.fn());
        }
        stdout.printf("improves values right: %d/%d   papers: %d%n", result.valuesRight(), result.valuesOf(), result.papers());
        stdout.printf("%nconfidence      items  right  share%n");
        for (Calibration.Bin b : Calibration.bins(result.judged())) {
            stdout.printf("[%.1f, %.1f)  %7d %6d  %5.3f%n", b.low(), b.high(), b.items(), b.right(), b.share());
        }
        Calibration.Bin high = Calibration.bin(result.judged(), 0.8, 1.0001);
        stdout.printf(">= 0.8        %7d %6d  %5.3f%n", high.items(), high.right(), high.share());
        stdout.printf("%nextracted %d papers in %.1f s (%.1f abstracts/s, %d threads)%n", extractions.size(), seconds,
                extractions.size() / seconds, input.threads());
        return counts.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    /** The figures in score.py's --json layout. */
    public static ObjectNode toJson(Scorer.Result result) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        result.figures().forEach((k, f) -> {
            ObjectNode o = root.putObject(k);
            o.put("p", f.precision());
            o.put("r", f.recall());
            o.put("f1", f.f1());
            o.put("tp", f.tp());
            o.put("fp", f.fp());
            o.put("fn", f.fn());
        });
        ObjectNode v = root.putObject("improves.value.accuracy");
        v.put("right", result.valuesRight());
        v.put("of", result.valuesOf());
        v.put("share", result.valueShare());
        root.put("papers", result.papers());
        return root;
    }

    static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(RecordJson.mapper().readTree(line));
                }
            }
        }
        return out;
    }
}
