package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, without a boxed object per entry: the cross-file index
 * keeps several entries per record, so a {@code HashMap<Long, Integer>} would cost several times the data. The
 * table is any size, not a power of two, and grows by half at 80% load, so it stays at 53-80% full.
 */
public final class LongIntMap {
    public static final int MISSING = Integer.MIN_VALUE;
    /** Stands for the key 0 in the table, where 0 marks a free slot. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Math.max(8, (int) Math.min(Integer.MAX_VALUE - 8, expected * 5L / 4 + 1));
        keys = new long[capacity];
        values = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@link #MISSING}. */
    public int get(long key) {
        long k = stored(key);
        for (int i = slot(k); keys[i] != 0; i = next(i)) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        return MISSING;
    }

    /** Puts the value when the key is absent; returns the value now in the map. */
    public int putIfAbsent(long key, int value) {
        if ((size + 1) * 5L > keys.length * 4L) {
            grow();
        }
        long k = stored(key);
        int i = slot(k);
        for (; keys[i] != 0; i = next(i)) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        keys[i] = k;
        values[i] = value;
        size++;
        return value;
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
        return (int) (((h ^ (h >>> 32)) & 0xffffffffL) * keys.length >>> 32);
    }

    private int next(int i) {
        return i + 1 == keys.length ? 0 : i + 1;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, k.length + (long) (k.length >> 1) + 8);
        keys = new long[capacity];
        values = new int[capacity];
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                int j = slot(k[i]);
                while (keys[j] != 0) {
                    j = next(j);
                }
                keys[j] = k[i];
                values[j] = v[i];
            }
        }
    }

    /** Grows an int array by half when {@code index} does not fit. */
    static int[] ensure(int[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length + (a.length >> 1) + 8));
    }

    static long[] ensure(long[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length + (a.length >> 1) + 8));
    }
}
