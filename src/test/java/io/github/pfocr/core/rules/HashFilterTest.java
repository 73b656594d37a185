package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filter never misses a hash it holds, and flags few new ones while within its capacity. */
class HashFilterTest {
    @Test
    void neverMissesAnAddedHashAndRarelyFlagsANewOne() {
        int n = 100_000;
        HashFilter filter = new HashFilter(n);
        Random random = new Random(5);
        long[] added = new long[n];
        int flaggedNew = 0;
        for (int i = 0; i < n; i++) {
            added[i] = random.nextLong();
            if (filter.add(added[i])) {
                flaggedNew++;
            }
        }
        for (long hash : added) {
            assertTrue(filter.add(hash), "hash " + hash);
        }
        // About 0.8% at capacity, less on the way there.
        assertTrue(flaggedNew < n / 100, "flagged " + flaggedNew + " new hashes");
    }

    @Test
    void fullOncePastItsCapacity() {
        HashFilter filter = new HashFilter(100);
        for (int i = 0; i < 100; i++) {
            filter.add(Hash64.of("v" + i));
        }
        assertFalse(filter.full());
        filter.add(Hash64.of("one more"));
        assertTrue(filter.full());
    }

    @Test
    void hashZeroAndNegativeHashesAreHashesLikeAnyOther() {
        HashFilter filter = new HashFilter(1);
        assertFalse(filter.add(0));
        assertTrue(filter.add(0));
        assertFalse(filter.add(Long.MIN_VALUE));
        assertTrue(filter.add(Long.MIN_VALUE));
        filter.add(-1);
        assertTrue(filter.add(-1));
    }
}
