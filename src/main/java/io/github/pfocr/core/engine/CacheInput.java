package io.github.pfocr.core.engine;

import io.github.pfocr.core.rules.LongPages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads one cache entry written by {@link CacheOutput}, checking every length and count against the bytes left,
 * so a damaged or forged entry fails with {@link CacheFormatException} instead of allocating or reading beyond it.
 */
public final class CacheInput {
    private final byte[] bytes;
    private final int limit;
    private int pos;

    CacheInput(byte[] bytes) {
        this(bytes, bytes.length);
    }

    /** Reads {@code bytes[0, limit)}: an entry read in place, without copying it off its trailer. */
    CacheInput(byte[] bytes, int limit) {
        if (limit < 0 || limit > bytes.length) {
            throw new CacheFormatException("entry limit " + limit);
        }
        this.bytes = bytes;
        this.limit = limit;
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

    /**
     * The bytes of a whole file that ends with a CRC32C of the rest (the cache's changes, the snapshot), the
     * checksum verified.
     */
    static CacheInput checked(byte[] bytes) {
        if (bytes.length < 4) {
            throw new CacheFormatException("truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            throw new CacheFormatException("checksum mismatch");
        }
        return new CacheInput(bytes, bytes.length - 4);
    }

    /** {@code n} longs into {@code into} from index 0, checked against the bytes left once for all of them. */
    void readLongs(int n, LongPages into) {
        if (n < 0 || (long) n * 8 > limit - pos) {
            throw new CacheFormatException("count " + n + " exceeds the entry");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int i = 0; i < n; i++) {
            into.set(i, b.getLong(pos + 8 * i));
        }
        pos += 8 * n;
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
        if (n < 0 || (long) n * minBytes > limit - pos) {
            throw new CacheFormatException("count " + n + " exceeds the entry");
        }
        return n;
    }

    public String readString() {
        int n = length();
        if (n == -1) {
            return null;
        }
        // Decoded in place: no intermediate copy of the bytes.
        String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public byte[] readBytes() {
        int n = length();
        if (n == -1) {
            return null;
        }
        byte[] b = new byte[n];
        System.arraycopy(bytes, pos, b, 0, n);
        pos += n;
        return b;
    }

    /**
     * The bytes not yet read, which are all read then: the input's own array, not a copy, when nothing was read from
     * it (a part written with {@link CacheOutput#writeRaw} alone).
     */
    public byte[] rest() {
        byte[] out = pos == 0 && limit == bytes.length ? bytes : Arrays.copyOfRange(bytes, pos, limit);
        pos = limit;
        return out;
    }

    /** A length prefix, checked against the bytes left; -1 for null. */
    private int length() {
        int n = readInt();
        if (n < -1) {
            throw new CacheFormatException("negative length " + n);
        }
        if (n > 0) {
            need(n);
        }
        return n;
    }

    /** How many bytes were read. */
    int position() {
        return pos;
    }

    /** Fails unless every byte was read: an entry is exactly what its writer wrote. */
    void end() {
        if (pos != limit) {
            throw new CacheFormatException((limit - pos) + " unread byte(s) after the entry");
        }
    }

    private void need(int n) {
        if (n > limit - pos) {
            throw new CacheFormatException("entry ends early");
        }
    }
}
