package io.github.pfocr.core.engine;

import java.util.Arrays;

/**
 * How a figure file and its linked tables looked when read: sizes and modification times, and a hash of their
 * bytes that confirms a cache hit when only the times changed (a fresh clone, a restored CI cache).
 *
 * @param sizes the figure file's size, then each linked table's
 * @param modified the modification times in milliseconds, in the same order
 * @param tables the linked tables' file names
 * @param contentHash a hash of the figure file's and the tables' bytes
 */
record FileStamp(long[] sizes, long[] modified, String[] tables, long contentHash) {

    boolean sameFiles(FileStamp o) {
        return Arrays.equals(tables, o.tables) && Arrays.equals(sizes, o.sizes);
    }

    boolean sameTimes(FileStamp o) {
        return Arrays.equals(modified, o.modified);
    }

    FileStamp withContentHash(long hash) {
        return new FileStamp(sizes, modified, tables, hash);
    }
}
