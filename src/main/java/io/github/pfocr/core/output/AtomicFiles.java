package io.github.pfocr.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling moved into place, so readers never see half a file. The temporary file
 * is created as any file is (permissions from the umask, not {@code createTempFile}'s 0600), or with the permissions
 * of the file it replaces, so a published catalog stays readable to a web server.
 */
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
        Path tmp = createTemp(dir, prefix);
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

    /**
     * A new empty file {@code <prefix>-<random>.tmp} in {@code dir}, created with the permissions a normally created
     * file gets.
     */
    public static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces {@code target} by the complete file {@code tmp}, atomically where the file system can; a replaced
     * file's POSIX permissions are kept.
     */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.isRegularFile(target)) {
            try {
                Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
            } catch (NoSuchFileException e) {
                // removed meanwhile: the new file keeps the permissions it was created with
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
