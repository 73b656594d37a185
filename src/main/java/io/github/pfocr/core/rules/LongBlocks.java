package io.github.pfocr.core.rules;

/**
 * An append-only list of longs, in the pages of a {@link LongPages}: it grows by one page, never copies what it
 * holds, and wastes at most one partly filled page, where a growing array would keep up to half its length unused
 * (and briefly twice its data while copying).
 */
final class LongBlocks {
    private final LongPages values = new LongPages(0);
    private int size;

    void add(long value) {
        values.set(size++, value);
    }

    long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values.get(index);
    }

    int size() {
        return size;
    }
}
