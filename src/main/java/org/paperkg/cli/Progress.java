package org.paperkg.cli;

import java.util.function.LongSupplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal for long runs, silent when output is not a terminal. It follows
 * the bytes read from the input files, so it can show how far along a run is and estimate the end;
 * the papers done so far are shown beside it. Without a known size (standard input) it counts papers.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;
    private final LongSupplier bytesRead;
    private long papers;

    private Progress(ProgressBar bar, LongSupplier bytesRead) {
        this.bar = bar;
        this.bytesRead = bytesRead;
    }

    /**
     * @param totalBytes the size of the input files, or 0 when unknown
     * @param bytesRead  how much of it has been read so far
     */
    static Progress start(String task, boolean wanted, long totalBytes, LongSupplier bytesRead) {
        if (!wanted || System.console() == null) {
            return new Progress(null, bytesRead);
        }
        boolean sized = totalBytes > 0;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err));
        if (sized) {
            boolean large = totalBytes >= 10_000_000;
            builder.setInitialMax(totalBytes).setUnit(large ? " MB" : " kB", large ? 1_000_000 : 1_000);
        } else {
            builder.setInitialMax(-1).setUnit(" papers", 1).showSpeed();
        }
        return new Progress(builder.build(), sized ? bytesRead : null);
    }

    /** One more paper handled. */
    synchronized void paperDone() {
        if (bar == null) {
            return;
        }
        papers++;
        if (bytesRead == null) {
            bar.step();
        } else {
            bar.stepTo(Math.min(bytesRead.getAsLong(), bar.getMax()));
            bar.setExtraMessage(papers + " papers");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
