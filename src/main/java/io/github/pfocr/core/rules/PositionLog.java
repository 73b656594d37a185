package io.github.pfocr.core.rules;

import java.util.Arrays;

/**
 * Positions ({@link RepositoryIndex#position}) in arrival order, read back in the same order, at about three bytes
 * each instead of eight: each is written as variable-length numbers (seven bits a byte) of its file's distance from
 * the previous position's file, its line and its column, which are small in practice. Bytes go in pages of
 * {@link #PAGE}, so the log grows without copying.
 */
final class PositionLog {
    static final int PAGE = 1 << 15;

    private byte[][] pages = new byte[4][];
    /** Bytes written. */
    private long length;
    private int lastPath;

    void add(long position) {
        int path = RepositoryIndex.pathId(position);
        int delta = path - lastPath;
        lastPath = path;
        write((delta << 1) ^ (delta >> 31));
        write(RepositoryIndex.line(position));
        write(RepositoryIndex.column(position));
    }

    /** Reads the positions from the first on. */
    Reader reader() {
        return new Reader();
    }

    /** Seven bits a byte, low bits first; the high bit says more follow. */
    private void write(int value) {
        int v = value;
        while ((v & ~0x7f) != 0) {
            put((byte) (v & 0x7f | 0x80));
            v >>>= 7;
        }
        put((byte) v);
    }

    private void put(byte b) {
        int page = (int) (length / PAGE);
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new byte[PAGE];
        }
        pages[page][(int) (length % PAGE)] = b;
        length++;
    }

    /** The positions in the order they were added. */
    final class Reader {
        private long offset;
        private int path;

        long next() {
            if (offset >= length) {
                throw new IllegalStateException("no more positions");
            }
            int delta = read();
            path += (delta >>> 1) ^ -(delta & 1);
            int line = read();
            int column = read();
            return (long) path << 40 | (long) line << 20 | column;
        }

        private int read() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = pages[(int) (offset / PAGE)][(int) (offset % PAGE)];
                offset++;
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
