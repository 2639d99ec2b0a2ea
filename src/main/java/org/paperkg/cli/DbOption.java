package org.paperkg.cli;

import java.nio.file.Path;

import org.paperkg.store.PaperStore;

import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by every command that uses the store. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "paperkg-db",
            description = "The store folder (Jena TDB2). Default: ${DEFAULT-VALUE}.")
    Path db;

    /** Opens the store for reading: it must exist. */
    public PaperStore openExisting() {
        return PaperStore.openExisting(db);
    }

    /** Opens the store, creating it when missing. */
    public PaperStore open() {
        return PaperStore.open(db);
    }

    public Path path() {
        return db;
    }
}
