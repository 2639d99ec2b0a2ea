package org.paperkg.store;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a new store folder beside its place ({@code .NAME.PURPOSE-PID}) and renames it there in
 * one step once it is complete: TDB2 writes its index files one after another, so a process
 * killed while building in place would leave a store whose indexes disagree. A build abandoned by
 * a killed process is removed by the next build of the same store.
 */
final class SiblingBuild {

    private SiblingBuild() {
    }

    /** True when {@code dir} is missing or an empty folder. */
    static boolean isNew(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot read the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lets {@code fill} build the store in a sibling folder, then renames that to {@code dir}.
     * Returns false, dropping the build, when another process put a store at {@code dir} meanwhile.
     */
    static boolean build(Path dir, String purpose, Consumer<Path> fill) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Path parent = absolute.getParent();
        String prefix = "." + absolute.getFileName() + "." + purpose + "-";
        Path building = parent.resolve(prefix + ProcessHandle.current().pid());
        Files.createDirectories(parent);
        removeAbandoned(parent, prefix);
        try {
            deleteTree(building);
            fill.accept(building);
            Files.deleteIfExists(absolute);
            Files.move(building, absolute, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            return false;
        } finally {
            deleteTree(building);
        }
    }

    /** Removes the sibling builds of this store whose process is gone. */
    private static void removeAbandoned(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = p.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
