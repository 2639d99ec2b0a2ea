package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input files and extraction threads, shared by the commands that extract. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Input files: .txt listing dumps, .jsonl, .json, optionally .gz; '-' for standard input.")
    List<Path> files;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    int threads() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        return threads;
    }
}
