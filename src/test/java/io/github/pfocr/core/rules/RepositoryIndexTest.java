package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uniqueness through the filter and the log: every repeated (kind, value) is found with all of its positions, and
 * nothing else, through the filter's refills and its false positives.
 */
class RepositoryIndexTest {
    @Test
    void findsExactlyTheRepeatedValuesWithEveryPosition() {
        RepositoryIndex index = new RepositoryIndex();
        Map<String, List<Long>> expected = new HashMap<>();
        Random random = new Random(11);
        FigureFacts.Unique[] kinds = FigureFacts.Unique.values();
        // 120,000 values from a space where about one in twenty repeats: past the filter's first capacity, so it is
        // refilled, and with hundreds of its false positives among the unique values.
        for (int i = 0; i < 120_000; i++) {
            FigureFacts.Unique kind = kinds[random.nextInt(2)];
            String value = i % 20 == 0 ? "v" + random.nextInt(3000) : "u" + i;
            long at = RepositoryIndex.position(i, FigureFacts.at(1 + random.nextInt(50), 1 + random.nextInt(9)));
            index.unique(kind, value, value, at);
            expected.computeIfAbsent(kind + " " + value, k -> new ArrayList<>()).add(at);
        }
        expected.values().removeIf(at -> at.size() < 2);
        assertTrue(expected.size() > 100, "the case needs repeats: " + expected.size());
        assertEquals(new TreeMap<>(expected), found(index));
    }

    @Test
    void theSameValueUnderAnotherKindIsNoRepeat() {
        RepositoryIndex index = new RepositoryIndex();
        index.unique(FigureFacts.Unique.FIGID, "PMC1__a", "PMC1__a", RepositoryIndex.position(0, 1));
        index.unique(FigureFacts.Unique.FIGID_ALIAS, "PMC1__a", "PMC1__a", RepositoryIndex.position(1, 1));
        assertEquals(Map.of(), found(index));
        index.unique(FigureFacts.Unique.FIGID_ALIAS, "PMC1__a", "PMC1__a", RepositoryIndex.position(2, 1));
        assertEquals(Map.of("FIGID_ALIAS PMC1__a", List.of(RepositoryIndex.position(1, 1),
                RepositoryIndex.position(2, 1))), found(index));
    }

    @Test
    void emptyHasNoDuplicates() {
        assertEquals(List.of(), new RepositoryIndex().duplicates());
    }

    @Test
    void internerGivesBackEveryStringAsItWas() {
        RepositoryIndex.Interner interner = new RepositoryIndex.Interner();
        List<String> strings = new ArrayList<>(List.of("", "1956", "EGFR", "caf\u00e9\u00ff", "\u4e2d\u6587",
                "\ud83d\ude00", "lone \ud800 high", "lone \udc00 low", "\u0000\u0100"));
        for (int i = 0; i < 3 * LongIntMap.PAGE; i++) {
            strings.add("GENE" + i);
        }
        int[] codes = new int[strings.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = interner.code(strings.get(i), Hash64.of(strings.get(i)));
            assertEquals(i, codes[i]);
        }
        for (int i = 0; i < codes.length; i++) {
            assertEquals(strings.get(i), interner.string(codes[i]));
            assertEquals(codes[i], interner.code(strings.get(i), Hash64.of(strings.get(i))));
        }
    }

    private static Map<String, List<Long>> found(RepositoryIndex index) {
        Map<String, List<Long>> found = new TreeMap<>();
        for (RepositoryIndex.Duplicate d : index.duplicates()) {
            List<Long> at = new ArrayList<>();
            Arrays.stream(d.at()).forEach(at::add);
            found.put(d.kind() + " " + d.value(), at);
        }
        return found;
    }
}
