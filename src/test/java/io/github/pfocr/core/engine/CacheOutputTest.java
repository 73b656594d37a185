package io.github.pfocr.core.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Written into a stream a block at a time, the bytes are those written into memory. */
class CacheOutputTest {
    private static void writeAll(CacheOutput out, Random random) {
        for (int i = 0; i < 40_000; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.writeInt(random.nextInt());
                case 1 -> out.writeLong(random.nextLong());
                case 2 -> out.writeBoolean(random.nextBoolean());
                case 3 -> out.writeString(random.nextInt(20) == 0 ? null : "päth/" + random.nextInt());
                case 4 -> {
                    // Now and then longer than the stream's block: sent on its own.
                    int length = random.nextInt(100) == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(300);
                    byte[] b = new byte[length];
                    random.nextBytes(b);
                    out.writeBytes(b);
                }
                default -> out.writeRaw(new byte[] {(byte) i, (byte) (i >> 8)});
            }
        }
    }

    private static byte[] streamed(Consumer<CacheOutput> write) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CacheOutput out = new CacheOutput(sink);
        write.accept(out);
        out.flush();
        return sink.toByteArray();
    }

    @Test
    void aStreamGetsTheBytesMemoryHolds() {
        for (long seed = 1; seed <= 5; seed++) {
            long s = seed;
            CacheOutput memory = new CacheOutput();
            writeAll(memory, new Random(s));
            byte[] expected = memory.toByteArray();
            assertArrayEquals(expected, streamed(out -> writeAll(out, new Random(s))), "seed " + s);
        }
    }

    @Test
    void aStreamGetsNothingBeforeAFullBlockOrAFlush() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CacheOutput out = new CacheOutput(sink);
        out.writeLong(7);
        assertEquals(0, sink.size());
        out.flush();
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 7}, sink.toByteArray());
        out.flush();
        assertEquals(8, sink.size(), "a second flush sends nothing again");
        out.writeRaw(new byte[1 << 16]);
        out.writeRaw(new byte[] {1});
        assertEquals(8 + (1 << 16), sink.size(), "a full block is sent, the rest waits");
    }
}
