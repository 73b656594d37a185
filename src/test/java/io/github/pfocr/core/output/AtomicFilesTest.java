package io.github.pfocr.core.output;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs are written whole, and get the permissions of a normally created file (not createTempFile's 0600). */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are not supported here");
    }

    @Test
    void aNewOutputHasThePermissionsOfAFileCreatedUnderTheUmask() throws IOException {
        assumePosix();
        Path normal = Files.createFile(dir.resolve("normal.txt"));
        Path out = dir.resolve("sub/catalog.json");
        AtomicFiles.write(out, o -> o.write("{}".getBytes(StandardCharsets.UTF_8)));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(normal);
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
        assertEquals("{}", Files.readString(out));
    }

    @Test
    void aReplacedOutputKeepsItsPermissions() throws IOException {
        assumePosix();
        Path out = dir.resolve("pfocr-gmt-Homo_sapiens.gmt");
        Files.writeString(out, "old\n");
        Set<PosixFilePermission> published = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(out, published);
        AtomicFiles.write(out, o -> o.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(published, Files.getPosixFilePermissions(out));
        assertEquals("new\n", Files.readString(out));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("check-result.json");
        Files.writeString(out, "previous");
        assertThrows(IOException.class, () -> AtomicFiles.write(out, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("previous", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void temporaryFilesAreCreatedUnderTheUmaskToo() throws IOException {
        assumePosix();
        Path normal = Files.createFile(dir.resolve("normal.txt"));
        Path tmp = AtomicFiles.createTemp(dir, ".gmt");
        assertTrue(tmp.getFileName().toString().startsWith(".gmt-") && tmp.toString().endsWith(".tmp"));
        assertEquals(Files.getPosixFilePermissions(normal), Files.getPosixFilePermissions(tmp));
    }
}
