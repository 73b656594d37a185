package io.github.pfocr.core.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file hashed in blocks hashes as its bytes read whole do; what tells files apart is their bytes and order. */
class ContentHashTest {
    @TempDir
    Path dir;

    private static long of(byte[]... files) {
        ContentHash h = new ContentHash();
        for (byte[] f : files) {
            h.update(f);
        }
        return h.value();
    }

    @Test
    void aFileReadInBlocksHashesAsItsBytes() throws Exception {
        byte[] small = "figid: PMC1__g1\n".getBytes(StandardCharsets.UTF_8);
        byte[] large = new byte[200_000];
        new Random(7).nextBytes(large);
        Path a = Files.write(dir.resolve("a.md"), small);
        Path b = Files.write(dir.resolve("b.tsv"), large);
        Path empty = Files.write(dir.resolve("c.tsv"), new byte[0]);
        ContentHash streamed = new ContentHash();
        assertTrue(streamed.update(a, small.length, 1 << 20));
        assertTrue(streamed.update(b, large.length, 1 << 20));
        assertTrue(streamed.update(empty, 0, 1 << 20));
        assertEquals(of(small, large, new byte[0]), streamed.value());
    }

    @Test
    void aMissingOrTooLargeFileGivesNoHash() throws Exception {
        Path a = Files.write(dir.resolve("a.md"), new byte[100]);
        assertFalse(new ContentHash().update(a, 100, 99));
        assertTrue(new ContentHash().update(a, 100, 100));
        assertFalse(new ContentHash().update(dir.resolve("missing.md"), 100, 100));
    }

    @Test
    void aFileWhoseSizeIsNotTheListedOneIsHashedWhole() throws Exception {
        byte[] bytes = new byte[70_000];
        new Random(11).nextBytes(bytes);
        Path f = Files.write(dir.resolve("f.tsv"), bytes);
        for (long listed : new long[] {0, 1, 65_536, 69_999, 70_001, 1 << 20}) {
            ContentHash h = new ContentHash();
            assertTrue(h.update(f, listed, 1 << 20));
            assertEquals(of(bytes), h.value(), "listed as " + listed + " bytes");
        }
        Path small = Files.write(dir.resolve("s.md"), new byte[] {1, 2, 3});
        for (long listed : new long[] {0, 2, 3, 4}) {
            ContentHash h = new ContentHash();
            assertTrue(h.update(small, listed, 100));
            assertEquals(of(new byte[] {1, 2, 3}), h.value(), "listed as " + listed + " bytes");
        }
    }

    @Test
    void contentLengthAndOrderAllCount() {
        byte[] x = {1, 2, 3};
        byte[] y = {1, 2};
        byte[] z = {3};
        assertNotEquals(of(x), of(y, z), "where one file ends counts");
        assertNotEquals(of(y, z), of(z, y));
        assertNotEquals(of((byte[]) null), of(new byte[0]), "a file that could not be read is not an empty one");
        assertEquals(of(x, y), of(x, y));
    }
}
