package io.github.pfocr.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one cache entry as plain data: big-endian numbers, strings as a length and UTF-8 bytes (-1 for null); into
 * memory, or straight into a stream for a file too large to hold twice.
 */
public final class CacheOutput {
    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;

    public CacheOutput() {
        bytes = new ByteArrayOutputStream(512);
        out = new DataOutputStream(bytes);
    }

    /** Writes into {@code sink}; {@link #toByteArray} is then not available. */
    CacheOutput(OutputStream sink) {
        bytes = null;
        out = new DataOutputStream(sink);
    }

    public void writeInt(int v) {
        try {
            out.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeLong(long v) {
        try {
            out.writeLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            out.write(b, 0, b.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
