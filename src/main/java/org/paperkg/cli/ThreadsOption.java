package org.paperkg.cli;

import picocli.CommandLine.Option;

/** {@code --threads N}, shared by the commands that extract. */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    int threads() {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        return threads;
    }
}
