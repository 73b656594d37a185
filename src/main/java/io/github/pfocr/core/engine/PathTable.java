package io.github.pfocr.core.engine;

import io.github.pfocr.core.rules.Hash64;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The sorted relative paths of every checked file, as UTF-8 bytes in blocks of {@link #BLOCK} consecutive paths: a
 * file is named by its index here (in the cross-file index, the hits, the cache), and a list of 100,000 paths costs
 * their bytes, not 100,000 objects. Sorted neighbours share most of their directory and name, so a block keeps its
 * paths' common start once; and no array is large enough for G1 to give it heap regions of its own. A path is
 * looked up through a table of indexes by hash (4 bytes a slot, the path itself confirming a match), since a binary
 * search over 100,000 paths costs several times as long and the pass looks up every file and table.
 */
final class PathTable extends AbstractList<String> implements RandomAccess {
    private static final int BLOCK_BITS = 8;
    static final int BLOCK = 1 << BLOCK_BITS;
    private static final int SLOT_PAGE_BITS = 12;
    private static final int SLOT_PAGE = 1 << SLOT_PAGE_BITS;

    private final int size;
    /** Per block: the start its paths share. */
    private final byte[][] prefix;
    /** Per block: each path's bytes after the shared start, one after the other. */
    private final byte[][] rest;
    /** Per block: where each path's rest ends in {@link #rest}. */
    private final int[][] ends;
    /** Open addressing by {@link Hash64} of the path: index + 1 per slot, 0 for a free one; in pages. */
    private final int[][] slots;
    private final int slotCount;

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
        // Two thirds full at most: few probes, and every probe that is not the path fails within a few bytes.
        slotCount = Math.max(1, size + (size >> 1) + 1);
        slots = new int[(slotCount + SLOT_PAGE - 1) >>> SLOT_PAGE_BITS][];
        for (int p = 0; p < slots.length; p++) {
            slots[p] = new int[Math.min(SLOT_PAGE, slotCount - (p << SLOT_PAGE_BITS))];
        }
        for (int i = 0; i < size; i++) {
            int slot = slot(sorted[i]);
            while (slots[slot >>> SLOT_PAGE_BITS][slot & (SLOT_PAGE - 1)] != 0) {
                slot = slot + 1 == slotCount ? 0 : slot + 1;
            }
            slots[slot >>> SLOT_PAGE_BITS][slot & (SLOT_PAGE - 1)] = i + 1;
        }
    }

    /**
     * A SHA-256 of the paths, in order: equal only for the same paths. Taken over the blocks as stored, each as its
     * shared start's length, its number of paths, where each path ends, the shared start and the rest: the blocks
     * follow from the paths alone, and a few hundred updates cost a fraction of one per path in a new JVM.
     */
    byte[] digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (int b = 0; b < prefix.length; b++) {
            ByteBuffer head = ByteBuffer.allocate(8 + 4 * ends[b].length);
            head.putInt(prefix[b].length).putInt(ends[b].length);
            head.asIntBuffer().put(ends[b]);
            sha.update(head.array());
            sha.update(prefix[b]);
            sha.update(rest[b]);
        }
        return sha.digest();
    }

    private int slot(String path) {
        return (int) ((Hash64.of(path) >>> 33) * slotCount >>> 31);
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

    /** The index of a path, or -1 when it is not in the table. */
    int indexOf(String path) {
        for (int slot = slot(path); ; slot = slot + 1 == slotCount ? 0 : slot + 1) {
            int i = slots[slot >>> SLOT_PAGE_BITS][slot & (SLOT_PAGE - 1)] - 1;
            if (i < 0) {
                return -1;
            }
            if (matches(i, path)) {
                return i;
            }
        }
    }

    /** Whether path {@code index} is {@code path}: byte by byte while both are ASCII, else by decoding the path. */
    private boolean matches(int index, String path) {
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
            if (c != d) {
                // Unequal unless a byte is part of a multi-byte char (c < 0): then the decoded path decides.
                return c < 0 && get(index).equals(path);
            }
        }
        // Equal so far and all ASCII: equal only if neither goes on.
        return length == path.length();
    }
}
