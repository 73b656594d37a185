package io.github.pfocr.core.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes one cache entry as plain data: big-endian numbers, strings as a length and UTF-8 bytes (-1 for null); into
 * memory, or straight into a stream for a file too large to hold twice.
 */
public final class CacheOutput {
    /** In a stream: bytes are handed on in blocks of this size. */
    private static final int BLOCK = 1 << 16;

    /** The bytes so far (a plain array: every record's entry and part are written here); in a stream, unsent. */
    private byte[] buf;
    private int count;
    /** Into a stream; null in memory. */
    private final OutputStream out;

    public CacheOutput() {
        buf = new byte[512];
        out = null;
    }

    /**
     * Writes into {@code sink} a block at a time; {@link #toByteArray} is then not available, and {@link #flush}
     * hands on what is left.
     */
    CacheOutput(OutputStream sink) {
        buf = new byte[BLOCK];
        out = sink;
    }

    public void writeInt(int v) {
        ensure(4);
        buf[count] = (byte) (v >>> 24);
        buf[count + 1] = (byte) (v >>> 16);
        buf[count + 2] = (byte) (v >>> 8);
        buf[count + 3] = (byte) v;
        count += 4;
    }

    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public void writeBoolean(boolean v) {
        writeInt(v ? 1 : 0);
    }

    public void writeString(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(byte[] b) {
        writeInt(b.length);
        writeRaw(b);
    }

    /** Bytes as they are, without their length: what a reader takes with {@link CacheInput#rest}. */
    public void writeRaw(byte[] b) {
        if (out != null && b.length > buf.length) {
            flush();
            send(b, b.length);
            return;
        }
        ensure(b.length);
        System.arraycopy(b, 0, buf, count, b.length);
        count += b.length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    /** In a stream: hands on the bytes not sent yet. */
    void flush() {
        if (out != null && count > 0) {
            send(buf, count);
            count = 0;
        }
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            if (out != null) {
                flush();
            } else {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }

    private void send(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
