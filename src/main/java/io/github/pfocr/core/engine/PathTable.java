package io.github.pfocr.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The sorted relative paths of every checked file in one byte array: a file is named by its index here (in the
 * cross-file index, the hits, the cache), and a list of 100,000 paths costs their bytes, not 100,000 objects.
 */
final class PathTable extends AbstractList<String> implements RandomAccess {
    private final byte[] bytes;
    private final int[] offsets;

    /** @param sorted relative paths in {@link String} order */
    PathTable(String[] sorted) {
        byte[][] encoded = new byte[sorted.length][];
        int total = 0;
        for (int i = 0; i < sorted.length; i++) {
            encoded[i] = sorted[i].getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        bytes = new byte[total];
        offsets = new int[sorted.length + 1];
        for (int i = 0; i < sorted.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, offsets[i], encoded[i].length);
            offsets[i + 1] = offsets[i] + encoded[i].length;
        }
    }

    @Override
    public String get(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }

    /** The index of a path, or a negative number when it is not in the table. */
    int indexOf(String path) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = get(mid).compareTo(path);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
