package io.github.pfocr.core.read;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit hash of the bytes of the files one record is read from (two CRCs of different polynomials, both
 * computed by the CPU's own instructions): the cache compares it to tell an unchanged file whose time changed.
 */
public final class ContentHash {
    private final CRC32 crc = new CRC32();
    private final CRC32C crcc = new CRC32C();

    public void update(byte[] bytes) {
        if (bytes == null) {
            crc.update(-1);
            crcc.update(-1);
            return;
        }
        crc.update(bytes);
        crcc.update(bytes);
        crc.update(bytes.length);
    }

    public long value() {
        return crc.getValue() << 32 | crcc.getValue();
    }
}
