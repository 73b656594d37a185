package io.github.pfocr.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The sorted relative paths of every checked file, as UTF-8 bytes in blocks of {@link #BLOCK} consecutive paths: a
 * file is named by its index here (in the cross-file index, the hits, the cache), and a list of 100,000 paths costs
 * their bytes, not 100,000 objects. Sorted neighbours share most of their directory and name, so a block keeps its
 * paths' common start once; and no array is large enough for G1 to give it heap regions of its own.
 */
final class PathTable extends AbstractList<String> implements RandomAccess {
    private static final int BLOCK_BITS = 8;
    static final int BLOCK = 1 << BLOCK_BITS;

    private final int size;
    /** Per block: the start its paths share. */
    private final byte[][] prefix;
    /** Per block: each path's bytes after the shared start, one after the other. */
    private final byte[][] rest;
    /** Per block: where each path's rest ends in {@link #rest}. */
    private final int[][] ends;

    /** @param sorted relative paths in {@link String} order */
    PathTable(String[] sorted) {
        size = sorted.length;
        int blocks = (size + BLOCK - 1) >>> BLOCK_BITS;
        prefix = new byte[blocks][];
        rest = new byte[blocks][];
        ends = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            int from = b << BLOCK_BITS;
            int n = Math.min(BLOCK, size - from);
            byte[][] encoded = new byte[n][];
            for (int j = 0; j < n; j++) {
                encoded[j] = sorted[from + j].getBytes(StandardCharsets.UTF_8);
            }
            // In sorted order, what the first and the last path share, every path of the block shares.
            int shared = Arrays.mismatch(encoded[0], encoded[n - 1]);
            shared = shared < 0 ? encoded[0].length : shared;
            prefix[b] = Arrays.copyOf(encoded[0], shared);
            ends[b] = new int[n];
            int total = 0;
            for (int j = 0; j < n; j++) {
                total += encoded[j].length - shared;
                ends[b][j] = total;
            }
            rest[b] = new byte[total];
            for (int j = 0; j < n; j++) {
                int start = j == 0 ? 0 : ends[b][j - 1];
                System.arraycopy(encoded[j], shared, rest[b], start, encoded[j].length - shared);
            }
        }
    }

    @Override
    public String get(int index) {
        int b = index >>> BLOCK_BITS;
        int j = index & (BLOCK - 1);
        int start = j == 0 ? 0 : ends[b][j - 1];
        byte[] p = prefix[b];
        byte[] path = Arrays.copyOf(p, p.length + ends[b][j] - start);
        System.arraycopy(rest[b], start, path, p.length, ends[b][j] - start);
        return new String(path, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The index of a path, or -1 when it is not in the table: a binary search, where a hash table would cost more
     * memory than the paths' bytes.
     */
    int indexOf(String path) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(mid, path);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Compares path {@code index} with {@code path} in {@link String} order, byte by byte while both are ASCII (where
     * UTF-8 and UTF-16 order agree) and by decoding the path otherwise.
     */
    private int compare(int index, String path) {
        int b = index >>> BLOCK_BITS;
        int j = index & (BLOCK - 1);
        byte[] p = prefix[b];
        byte[] r = rest[b];
        int start = j == 0 ? 0 : ends[b][j - 1];
        int length = p.length + ends[b][j] - start;
        int n = Math.min(length, path.length());
        for (int i = 0; i < n; i++) {
            int c = i < p.length ? p[i] : r[start + i - p.length];
            char d = path.charAt(i);
            if (c < 0 || d >= 0x80) {
                return get(index).compareTo(path);
            }
            if (c != d) {
                return c - d;
            }
        }
        // One is a prefix of the other: the longer sorts last, however its rest is encoded.
        return length - path.length();
    }
}
