package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index's map agrees with a HashMap through every growth, across pages, for the key 0 and for keys that collide
 * in slots.
 */
class LongIntMapTest {
    @Test
    void agreesWithAHashMap() {
        LongIntMap map = new LongIntMap(1);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(8);
        for (int i = 0; i < 200_000; i++) {
            long key = i % 7 == 0 ? random.nextInt(1000) : random.nextLong();
            int value = random.nextInt(1 << 20);
            Integer old = expected.putIfAbsent(key, value);
            assertEquals(old == null ? value : old, map.putIfAbsent(key, value), "key " + key);
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((k, v) -> assertEquals(v, map.get(k)));
        assertEquals(LongIntMap.MISSING, map.get(1L << 62));
    }

    @Test
    void aTableOfSeveralPagesHoldsEveryKeyThroughGrowth() {
        LongIntMap map = new LongIntMap(3 * LongIntMap.PAGE + 1);
        int n = 11 * LongIntMap.PAGE;
        for (int i = 0; i < n; i++) {
            assertEquals(i, map.putIfAbsent(Hash64.of("k" + i), i));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, map.get(Hash64.of("k" + i)));
            assertEquals(i, map.putIfAbsent(Hash64.of("k" + i), -1));
        }
        assertEquals(n, map.size());
        assertEquals(LongIntMap.MISSING, map.get(Hash64.of("k" + n)));
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        LongIntMap map = new LongIntMap(4);
        assertEquals(LongIntMap.MISSING, map.get(0));
        assertEquals(7, map.putIfAbsent(0, 7));
        assertEquals(7, map.putIfAbsent(0, 9));
        assertEquals(7, map.get(0));
        assertEquals(1, map.size());
    }
}
