package io.github.pfocr.core.rules;

/**
 * A 64-bit hash of a string (FNV-1a, then mixed): what the cross-file index keeps instead of the value itself. Two
 * different values share a hash with a probability of about n^2/2^65, negligible for millions of records.
 */
public final class Hash64 {
    private Hash64() {
    }

    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return finish(h ^ s.length());
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53e1a85L;
        return h ^ (h >>> 33);
    }
}
