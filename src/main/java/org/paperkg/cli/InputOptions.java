package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Input files and extraction threads, shared by the commands that extract. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Input files: .txt listing dumps, .jsonl, .json, optionally .gz; '-' for standard input.")
    List<Path> files;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    int threads() {
        return threads.threads();
    }
}
