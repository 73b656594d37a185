package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, without a boxed object per entry: the cross-file index
 * keeps one entry per record, so a {@code HashMap<Long, Integer>} would cost several times the data.
 */
public final class LongIntMap {
    public static final int MISSING = Integer.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 4 / 3) * 2 - 1);
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@link #MISSING}. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return MISSING;
    }

    /** Puts the value when the key is absent; returns the value now in the map. */
    public int putIfAbsent(long key, int value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        for (; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
        return value;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                putIfAbsent(k[i], v[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Grows an int array by half when {@code index} does not fit. */
    static int[] ensure(int[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length + (a.length >> 1) + 8));
    }

    static long[] ensure(long[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length + (a.length >> 1) + 8));
    }
}
