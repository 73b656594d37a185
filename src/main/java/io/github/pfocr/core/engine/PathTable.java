package io.github.pfocr.core.engine;

import io.github.pfocr.core.rules.Hash64;
import io.github.pfocr.core.rules.LongIntMap;

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
    /** Path hashes to indexes, so looking a path up costs one hash and one comparison. */
    private final LongIntMap byHash;

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
        byHash = new LongIntMap(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, offsets[i], encoded[i].length);
            offsets[i + 1] = offsets[i] + encoded[i].length;
            byHash.putIfAbsent(Hash64.of(sorted[i]), i);
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

    /** The index of a path, or -1 when it is not in the table. */
    int indexOf(String path) {
        int i = byHash.get(Hash64.of(path));
        return i != LongIntMap.MISSING && get(i).equals(path) ? i : -1;
    }
}
