package io.github.pfocr.core.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A listing sorts its names and keeps each file's size and time with its name through the sort. */
class ListingTest {
    @TempDir
    Path dir;

    private BasicFileAttributes file(String name, String text, long millis) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
        return Files.readAttributes(p, BasicFileAttributes.class);
    }

    @Test
    void namesAreSortedWithTheirSizesAndTimes() throws Exception {
        Listing.Builder b = new Listing.Builder();
        b.add("c.tsv", file("c.tsv", "ccc", 3000));
        b.add("a.tsv", file("a.tsv", "a", 1000));
        b.add("b.tsv", file("b.tsv", "bb", 2000));
        Listing l = b.build(dir);
        assertEquals(List.of("a.tsv", "b.tsv", "c.tsv"), l.names());
        assertEquals(List.of(dir.resolve("a.tsv"), dir.resolve("b.tsv"), dir.resolve("c.tsv")), List.copyOf(l));
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, l.length(i));
            assertEquals((i + 1) * 1000L, l.modified(i));
        }
        assertEquals(1, l.find("b.tsv"));
        assertEquals(dir.resolve("c.tsv"), l.path("c.tsv"));
    }

    @Test
    void aNameNotListedIsNotFound() throws Exception {
        Listing.Builder b = new Listing.Builder();
        b.add("a.tsv", file("a.tsv", "a", 1000));
        Listing l = b.build(dir);
        assertEquals(-1, l.find("b.tsv"));
        assertNull(l.path("0.tsv"));
        Listing none = Listing.empty(null);
        assertEquals(0, none.size());
        assertNull(none.path("a.tsv"));
    }
}
