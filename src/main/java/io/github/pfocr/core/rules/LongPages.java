package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * A growable array of longs in pages of {@link LongIntMap#PAGE}: one large array would take whole G1 heap regions
 * of its own (any array of half a region or more), wasting up to a region each, and growing it would briefly hold
 * it twice. Slots never written read as the fill value.
 */
public final class LongPages {
    private final long fill;
    private long[][] pages = new long[4][];

    public LongPages(long fill) {
        this.fill = fill;
    }

    public long get(int index) {
        long[] page = index >>> LongIntMap.PAGE_BITS < pages.length ? pages[index >>> LongIntMap.PAGE_BITS] : null;
        return page == null ? fill : page[index & (LongIntMap.PAGE - 1)];
    }

    public void set(int index, long value) {
        int p = index >>> LongIntMap.PAGE_BITS;
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        if (pages[p] == null) {
            pages[p] = new long[LongIntMap.PAGE];
            if (fill != 0) {
                Arrays.fill(pages[p], fill);
            }
        }
        pages[p][index & (LongIntMap.PAGE - 1)] = value;
    }
}
