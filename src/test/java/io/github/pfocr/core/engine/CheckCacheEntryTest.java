package io.github.pfocr.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entry is recognised by its path without being decoded, exactly as decoding it would. */
class CheckCacheEntryTest {
    private static byte[] entryOf(String path) {
        CacheOutput out = new CacheOutput();
        out.writeString(path);
        out.writeInt(0);
        return CheckCache.entry(out.toByteArray(), null);
    }

    @Test
    void anEntryIsItsPathsAndNoOthers() {
        byte[] entry = entryOf("_figures/PMC1__g1.md");
        assertEquals("_figures/PMC1__g1.md", CheckCache.pathOf(entry));
        assertTrue(CheckCache.isEntryOf(entry, "_figures/PMC1__g1.md"));
        assertFalse(CheckCache.isEntryOf(entry, "_figures/PMC1__g1.m"), "a shorter path");
        assertFalse(CheckCache.isEntryOf(entry, "_figures/PMC1__g1.md.md"), "a longer path");
        assertFalse(CheckCache.isEntryOf(entry, "_figures/PMC1__g2.md"));
        assertFalse(CheckCache.isEntryOf(new byte[] {0, 0, 0, 20, 1}, "_figures/PMC1__g1.md"), "a truncated entry");
        byte[] accented = entryOf("_figures/PMC1__ä.md");
        assertTrue(CheckCache.isEntryOf(accented, "_figures/PMC1__ä.md"));
        assertFalse(CheckCache.isEntryOf(accented, "_figures/PMC1__a.md"));
    }

    @Test
    void aPartReferenceIsTakenOnlyWithinBounds() {
        assertNull(CheckCache.partOf(entryOf("_figures/PMC1__g1.md")), "an entry without a part");
        byte[] ok = CheckCache.entry(new byte[] {1}, new FigureEntry.PartRef(16, 256 << 20, 7));
        assertEquals(new FigureEntry.PartRef(16, 256 << 20, 7), CheckCache.partOf(ok));
        // A forged length would have the reader allocate 2 GB for one part.
        byte[] forged = CheckCache.entry(new byte[] {1}, new FigureEntry.PartRef(16, Integer.MAX_VALUE, 7));
        CacheFormatException e = assertThrows(CacheFormatException.class, () -> CheckCache.partOf(forged));
        assertTrue(e.getMessage().contains("part reference"), e.getMessage());
        byte[] header = CheckCache.entry(new byte[] {1}, new FigureEntry.PartRef(8, 10, 7));
        assertThrows(CacheFormatException.class, () -> CheckCache.partOf(header), "a part inside the header");
    }
}
