package io.github.pfocr.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit hash of the bytes of the files one record is read from: the first 8 bytes of their SHA-256 (computed by
 * the CPU's own instructions where it has them). The cache compares it to tell an unchanged file whose time changed
 * (a fresh clone with a restored cache), so it must not be forgeable: a pull request could otherwise shape a changed
 * file to match the cached one and have its findings taken from the cache, as it could with a CRC.
 */
public final class ContentHash {
    /** Each thread's block for reading files into the digest. */
    private static final ThreadLocal<byte[]> BLOCK = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    /** Never updated: each hash starts as a copy of it, which costs a fraction of looking the algorithm up. */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;

    public ContentHash() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            copy = sha256();
        }
        digest = copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Adds one file's bytes, or null for a file that could not be read; each file's length is added after it. */
    public void update(byte[] bytes) {
        if (bytes == null) {
            digest.update((byte) 0);
            return;
        }
        digest.update((byte) 1);
        digest.update(bytes);
        endFile(bytes.length);
    }

    /**
     * Adds a file's bytes as {@link #update(byte[])} adds them, read in blocks rather than whole. False when the
     * file cannot be read or holds more than {@code maxSize} bytes: the hash is then unusable, as the loader hashes
     * no bytes of such a file.
     *
     * @param expectedSize the size the file was listed with: a read that returns fewer bytes than asked for and
     *        brings the total to it is taken as the end, which saves the read that returns nothing. Were it not the
     *        end, the hash would be of the listed bytes only, which is what the listed size and time stand for.
     */
    public boolean update(Path file, long expectedSize, long maxSize) {
        byte[] block = BLOCK.get();
        digest.update((byte) 1);
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(block); n > 0; n = in.read(block)) {
                total += n;
                if (total > maxSize) {
                    return false;
                }
                digest.update(block, 0, n);
                if (n < block.length && total == expectedSize) {
                    break;
                }
            }
        } catch (IOException e) {
            return false;
        }
        endFile(total);
        return true;
    }

    /** Each file's length after its bytes, so where one file ends and the next starts counts. */
    private void endFile(long length) {
        digest.update(ByteBuffer.allocate(8).putLong(0, length).array());
    }

    public long value() {
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
