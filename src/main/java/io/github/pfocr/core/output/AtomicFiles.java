package io.github.pfocr.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a file through a temporary sibling moved into place, so readers never see half a file. */
public final class AtomicFiles {

    /** The content of a file, written to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + target.getFileName();
        removeStale(dir, List.of(prefix));
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temporary files an earlier run left in {@code dir} when it was killed: regular files named
     * {@code <prefix>*.tmp}. Symbolic links are left alone.
     */
    public static void removeStale(Path dir, List<String> prefixes) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.endsWith(".tmp") && prefixes.stream().anyMatch(name::startsWith)
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        })) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        }
    }

    /** Replaces {@code target} by the complete file {@code tmp}, atomically where the file system can. */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
