package io.github.pfocr.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own test data: the bundled sample repository, and small helpers over tables. */
public final class TestData {
    private TestData() {
    }

    /** The bundled sample repository (under surefire the working directory is the project root). */
    public static Path sampleRepository() {
        Path project = Path.of(System.getProperty("pfocr.projectDirectory", System.getProperty("user.dir")));
        Path sample = project.resolve("sample-repository");
        if (!Files.isDirectory(sample.resolve("_figures"))) {
            throw new IllegalStateException("sample repository not found at " + sample + " (set pfocr.projectDirectory)");
        }
        return sample;
    }

    /** Copies the sample repository's {@code _figures} and {@code _data} into {@code to}, to be edited there. */
    public static Path copySampleTo(Path to) throws IOException {
        Path sample = sampleRepository();
        for (String dir : List.of("_figures", "_data")) {
            Path from = sample.resolve(dir);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path dest = to.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            }
        }
        return to;
    }

    /** The 1-based character column where tab-separated cell {@code c} of {@code row} starts. */
    public static int cellColumn(String row, int c) {
        String[] cells = row.split("\t", -1);
        int col = 1;
        for (int i = 0; i < c; i++) {
            col += cells[i].length() + 1;
        }
        return col;
    }
}
