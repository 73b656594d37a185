package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The block list holds what was added, in order, across block boundaries, and nothing beyond its size. */
class LongBlocksTest {
    @Test
    void emptyHoldsNothing() {
        LongBlocks blocks = new LongBlocks();
        assertEquals(0, blocks.size());
        assertThrows(IndexOutOfBoundsException.class, () -> blocks.get(0));
    }

    @Test
    void keepsEveryValueAcrossBlocks() {
        LongBlocks blocks = new LongBlocks();
        int n = 9 * LongIntMap.PAGE + 5;
        long[] expected = new long[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            expected[i] = random.nextLong();
            blocks.add(expected[i]);
        }
        assertEquals(n, blocks.size());
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], blocks.get(i), "index " + i);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> blocks.get(n));
        assertThrows(IndexOutOfBoundsException.class, () -> blocks.get(-1));
    }
}
