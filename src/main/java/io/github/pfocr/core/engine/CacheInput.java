package io.github.pfocr.core.engine;

import java.nio.charset.StandardCharsets;

/**
 * Reads one cache entry written by {@link CacheOutput}, checking every length and count against the bytes left,
 * so a damaged or forged entry fails with {@link CacheFormatException} instead of allocating or reading beyond it.
 */
public final class CacheInput {
    private final byte[] bytes;
    private int pos;

    CacheInput(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readInt() {
        need(4);
        int v = (bytes[pos] & 0xff) << 24 | (bytes[pos + 1] & 0xff) << 16 | (bytes[pos + 2] & 0xff) << 8
                | bytes[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    public long readLong() {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    public boolean readBoolean() {
        int v = readInt();
        if (v != 0 && v != 1) {
            throw new CacheFormatException("expected a boolean, found " + v);
        }
        return v == 1;
    }

    /** A count of items that each take at least {@code minBytes}: never more than the bytes left allow. */
    public int readCount(int minBytes) {
        int n = readInt();
        if (n < 0 || (long) n * minBytes > bytes.length - pos) {
            throw new CacheFormatException("count " + n + " exceeds the entry");
        }
        return n;
    }

    public String readString() {
        byte[] b = readBytes();
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public byte[] readBytes() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        if (n < -1) {
            throw new CacheFormatException("negative length " + n);
        }
        need(n);
        byte[] b = new byte[n];
        System.arraycopy(bytes, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** Fails unless every byte was read: an entry is exactly what its writer wrote. */
    void end() {
        if (pos != bytes.length) {
            throw new CacheFormatException((bytes.length - pos) + " unread byte(s) after the entry");
        }
    }

    private void need(int n) {
        if (n > bytes.length - pos) {
            throw new CacheFormatException("entry ends early");
        }
    }
}
