package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongPagesTest {
    @Test
    void unwrittenSlotsReadAsTheFillValue() {
        LongPages a = new LongPages(-1);
        assertEquals(-1, a.get(0));
        assertEquals(-1, a.get(1_000_000), "beyond every page");
        a.set(5, 42);
        assertEquals(-1, a.get(4), "in a written page");
        assertEquals(42, a.get(5));
    }

    @Test
    void valuesSurviveGrowthAcrossPagesInAnyOrder() {
        LongPages a = new LongPages(Long.MAX_VALUE);
        int n = LongIntMap.PAGE * 9 + 7;
        for (int i = n - 1; i >= 0; i -= 3) {
            a.set(i, i * 31L);
        }
        for (int i = 0; i < n; i++) {
            assertEquals((n - 1 - i) % 3 == 0 ? i * 31L : Long.MAX_VALUE, a.get(i), "slot " + i);
        }
    }

    @Test
    void aZeroFillLeavesNewPagesAsAllocated() {
        LongPages a = new LongPages(0);
        a.set(LongIntMap.PAGE + 1, 7);
        assertEquals(0, a.get(LongIntMap.PAGE));
        assertEquals(7, a.get(LongIntMap.PAGE + 1));
    }
}
