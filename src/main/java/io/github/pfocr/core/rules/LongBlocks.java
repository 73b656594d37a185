package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * An append-only list of longs in fixed-size blocks: it grows by one block, never copies what it holds, and wastes at
 * most one partly filled block, where a growing array would keep up to half its length unused (and briefly twice
 * its data while copying). Blocks are {@link LongIntMap#PAGE} longs, far below the size G1 allocates in regions of
 * their own.
 */
final class LongBlocks {
    private long[][] blocks = new long[4][];
    private int size;

    void add(long value) {
        int b = size >>> LongIntMap.PAGE_BITS;
        if (b == blocks.length) {
            blocks = Arrays.copyOf(blocks, b * 2);
        }
        if (blocks[b] == null) {
            blocks[b] = new long[LongIntMap.PAGE];
        }
        blocks[b][size & (LongIntMap.PAGE - 1)] = value;
        size++;
    }

    long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return blocks[index >>> LongIntMap.PAGE_BITS][index & (LongIntMap.PAGE - 1)];
    }

    int size() {
        return size;
    }
}
