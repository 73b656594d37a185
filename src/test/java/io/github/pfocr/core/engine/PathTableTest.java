package io.github.pfocr.core.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The path table gives back every path it was built from, in {@link String} order, and finds each and nothing else,
 * across blocks and hash slots, for paths that share long starts or are prefixes of each other and for non-ASCII
 * names (whose UTF-8 bytes the lookup cannot compare with chars one to one).
 */
class PathTableTest {
    @Test
    void emptyFindsNothing() {
        PathTable table = new PathTable(new String[0]);
        assertEquals(0, table.size());
        assertEquals(-1, table.indexOf("_figures/a.md"));
        assertEquals(-1, table.indexOf(""));
    }

    @Test
    void findsEveryPathAndNothingElseAcrossBlocks() {
        TreeSet<String> paths = new TreeSet<>();
        Random random = new Random(7);
        while (paths.size() < 5 * PathTable.BLOCK + 17) {
            paths.add((random.nextInt(4) == 0 ? "_data/PMC" : "_figures/PMC") + (100_000 + random.nextInt(900_000))
                    + "__fig" + random.nextInt(30) + (random.nextBoolean() ? ".md" : "-genes.tsv"));
        }
        // Prefixes of one another, and paths of a block that all share the same start.
        paths.add("_figures/PMC1__a.md");
        paths.add("_figures/PMC1__a.md.md");
        paths.add("_figures/PMC1__a");
        paths.add("");
        assertAgrees(new ArrayList<>(paths));
    }

    @Test
    void nonAsciiPathsComeBackAndAreFound() {
        TreeSet<String> paths = new TreeSet<>();
        // U+00E9 (two UTF-8 bytes), U+4E2D (three), U+1F600 (a surrogate pair in UTF-16, four in UTF-8) and U+FF21
        // (three UTF-8 bytes, but after the surrogates in UTF-16).
        String[] odd = {"\u00e9", "\u4e2d", "\ud83d\ude00", "\uff21", "e", "z", "\u00e9\u00e9", "\ud83d\ude00x"};
        for (int i = 0; i < 3 * PathTable.BLOCK; i++) {
            paths.add("_figures/PMC" + (i % 40) + "__" + odd[i % odd.length] + odd[(i / 8) % odd.length] + i % 7
                    + ".md");
        }
        assertAgrees(new ArrayList<>(paths));
    }

    @Test
    void theDigestIsEqualOnlyForTheSamePaths() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 3 * PathTable.BLOCK + 5; i++) {
            paths.add(String.format("_figures/PMC%06d__g%d.md", i, i % 3));
        }
        byte[] digest = new PathTable(paths.toArray(String[]::new)).digest();
        assertArrayEquals(digest, new PathTable(paths.toArray(String[]::new)).digest(), "built again");
        List<List<String>> others = new ArrayList<>();
        others.add(paths.subList(0, paths.size() - 1));
        others.add(paths.subList(1, paths.size()));
        List<String> renamed = new ArrayList<>(paths);
        renamed.set(PathTable.BLOCK + 3, renamed.get(PathTable.BLOCK + 3).replace(".md", ".mD"));
        others.add(renamed);
        others.add(List.of());
        for (List<String> other : others) {
            assertFalse(Arrays.equals(digest, new PathTable(other.toArray(String[]::new)).digest()),
                    other.size() + " paths");
        }
        // Where one path ends and the next starts counts, not only their bytes one after the other.
        assertFalse(Arrays.equals(new PathTable(new String[] {"a", "bc"}).digest(),
                new PathTable(new String[] {"ab", "c"}).digest()));
        assertFalse(Arrays.equals(new PathTable(new String[] {"ab", "abc"}).digest(),
                new PathTable(new String[] {"abab", "c"}).digest()));
    }

    private static void assertAgrees(List<String> sorted) {
        PathTable table = new PathTable(sorted.toArray(String[]::new));
        assertEquals(sorted, table);
        for (int i = 0; i < sorted.size(); i++) {
            assertEquals(i, table.indexOf(sorted.get(i)), sorted.get(i));
            // Strings between and around the paths are absent.
            for (String absent : List.of(sorted.get(i) + "\u0000", sorted.get(i) + "~", sorted.get(i) + "\u00e9",
                    sorted.get(i) + "\ud83d\ude00")) {
                if (!sorted.contains(absent)) {
                    assertEquals(-1, table.indexOf(absent), absent);
                }
            }
            String path = sorted.get(i);
            if (!path.isEmpty() && !sorted.contains(path.substring(0, path.length() - 1))) {
                assertEquals(-1, table.indexOf(path.substring(0, path.length() - 1)));
            }
        }
    }
}
