package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, without a boxed object per entry: the cross-file index
 * keeps several entries per record, so a {@code HashMap<Long, Integer>} would cost several times the data. The
 * table is any size, not a power of two, and grows by half at 80% load, so it stays at 53-80% full. It is held in
 * pages of {@link #PAGE} slots: a large table made of one array would take whole heap regions of its own (in G1,
 * any array of half a region or more), wasting up to a region per array.
 */
public final class LongIntMap {
    public static final int MISSING = Integer.MIN_VALUE;
    /** Stands for the key 0 in the table, where 0 marks a free slot. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;
    static final int PAGE_BITS = 12;
    static final int PAGE = 1 << PAGE_BITS;

    private long[][] keys;
    private int[][] values;
    private int capacity;
    private int size;

    public LongIntMap(int expected) {
        allocate(Math.max(8, (int) Math.min(Integer.MAX_VALUE - 8, expected * 5L / 4 + 1)));
    }

    private void allocate(int slots) {
        capacity = slots;
        int pages = (slots + PAGE - 1) >>> PAGE_BITS;
        keys = new long[pages][];
        values = new int[pages][];
        for (int p = 0; p < pages; p++) {
            int n = Math.min(PAGE, slots - (p << PAGE_BITS));
            keys[p] = new long[n];
            values[p] = new int[n];
        }
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@link #MISSING}. */
    public int get(long key) {
        long k = stored(key);
        for (int i = slot(k); key(i) != 0; i = next(i)) {
            if (key(i) == k) {
                return values[i >>> PAGE_BITS][i & (PAGE - 1)];
            }
        }
        return MISSING;
    }

    /** Puts the value when the key is absent; returns the value now in the map. */
    public int putIfAbsent(long key, int value) {
        if ((size + 1) * 5L > capacity * 4L) {
            grow();
        }
        long k = stored(key);
        int i = slot(k);
        for (; key(i) != 0; i = next(i)) {
            if (key(i) == k) {
                return values[i >>> PAGE_BITS][i & (PAGE - 1)];
            }
        }
        put(i, k, value);
        size++;
        return value;
    }

    private long key(int i) {
        return keys[i >>> PAGE_BITS][i & (PAGE - 1)];
    }

    private void put(int i, long k, int value) {
        keys[i >>> PAGE_BITS][i & (PAGE - 1)] = k;
        values[i >>> PAGE_BITS][i & (PAGE - 1)] = value;
    }

    /**
     * The key as stored: 0 marks free slots, so the key 0 is kept as {@link #ZERO}. The two then share a slot; no
     * caller uses both (pair keys of non-negative codes never reach ZERO, a 64-bit hash does with odds of 2^-64).
     */
    private static long stored(long key) {
        return key == 0 ? ZERO : key;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (((h ^ (h >>> 32)) & 0xffffffffL) * capacity >>> 32);
    }

    private int next(int i) {
        return i + 1 == capacity ? 0 : i + 1;
    }

    private void grow() {
        long[][] k = keys;
        int[][] v = values;
        allocate((int) Math.min(Integer.MAX_VALUE - 8, capacity + (long) (capacity >> 1) + 8));
        for (int p = 0; p < k.length; p++) {
            for (int j = 0; j < k[p].length; j++) {
                if (k[p][j] != 0) {
                    int i = slot(k[p][j]);
                    while (key(i) != 0) {
                        i = next(i);
                    }
                    put(i, k[p][j], v[p][j]);
                }
            }
            // The old pages go as they are copied, so growing needs little more than the new table.
            k[p] = null;
            v[p] = null;
        }
    }

    /** Grows an int array by half when {@code index} does not fit. */
    static int[] ensure(int[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length + (a.length >> 1) + 8));
    }
}
