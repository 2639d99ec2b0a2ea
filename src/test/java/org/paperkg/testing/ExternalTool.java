package org.paperkg.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debian programs some tests drive: skipped when missing on a developer machine, required in CI. */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** Returns the program, skips the test when it is absent, or fails when CI=true. */
    public static Path require(String program, String debianPackage) {
        Path path = Path.of(program);
        if (Files.isExecutable(path)) {
            return path;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(program + " is missing; CI must install the Debian package " + debianPackage);
        }
        assumeTrue(false, program + " is not installed (apt-get install " + debianPackage + ")");
        return path;
    }
}
