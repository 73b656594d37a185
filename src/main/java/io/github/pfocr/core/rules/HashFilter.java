package io.github.pfocr.core.rules;

/**
 * A Bloom filter over 64-bit hashes: whether a hash may have been added before (never a false "no"; a false "yes"
 * for under 1% of new hashes while it holds at most {@link #capacity()} of them). About 1.2 bytes per hash, where a
 * hash table of the hashes themselves costs 10 or more. Its bits are held in pages, as {@link LongIntMap} holds its
 * table, so that no array of it takes heap regions of its own.
 */
final class HashFilter {
    /** Bits per hash at capacity and probes per hash: a false positive rate of about 0.8%. */
    private static final int BITS_PER_HASH = 10;
    private static final int PROBES = 7;

    private final long[][] bits;
    /** The number of bits. */
    private final long m;
    private final long capacity;
    private long size;

    HashFilter(long capacity) {
        this.capacity = Math.max(64, capacity);
        long words = (this.capacity * BITS_PER_HASH + 63) / 64;
        bits = new long[(int) ((words + LongIntMap.PAGE - 1) / LongIntMap.PAGE)][];
        for (int p = 0; p < bits.length; p++) {
            bits[p] = new long[(int) Math.min(LongIntMap.PAGE, words - (long) p * LongIntMap.PAGE)];
        }
        m = words * 64;
    }

    long capacity() {
        return capacity;
    }

    /** Whether more hashes than the capacity were added, so false positives grow more frequent. */
    boolean full() {
        return size > capacity;
    }

    /** Adds the hash; returns whether it may have been added before. */
    boolean add(long hash) {
        // Double hashing: the probes are h1 + i * h2 (h2 odd, so they do not repeat early) over the 64-bit hash.
        long h1 = hash & 0xffffffffL;
        long h2 = hash >>> 32 | 1;
        boolean all = true;
        for (int i = 0; i < PROBES; i++) {
            long bit = Long.remainderUnsigned(h1 + i * h2, m);
            long mask = 1L << bit;
            long[] page = bits[(int) (bit >>> 6 >>> LongIntMap.PAGE_BITS)];
            int word = (int) (bit >>> 6) & (LongIntMap.PAGE - 1);
            if ((page[word] & mask) == 0) {
                all = false;
                page[word] |= mask;
            }
        }
        size++;
        return all;
    }
}
