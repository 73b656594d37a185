package io.github.pfocr.core.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cache's order compares base names in place, exactly as comparing the taken-out base names, then paths. */
class CheckCacheOrderTest {
    private static final Comparator<String> REFERENCE = Comparator.comparing(CheckCache::baseName)
            .thenComparing(Comparator.naturalOrder());

    @Test
    void agreesWithComparingTheBaseNamesTakenOut() {
        List<String> paths = new ArrayList<>(List.of("_figures/PMC1__a.md", "_figures/PMC1__a", "_figures/PMC1__.md",
                "_figures/sub/PMC1__a.md", "_figures/PMC1__ab.md", "_figures/PMC1__a.mdx", "PMC1__a.md", "a/.md",
                "_figures/x/.md", "", "/", ".md", "_figures/PMC\u00e91.md", "_figures/PMC\ud83d\ude001.md"));
        Random random = new Random(8);
        String alphabet = "ab/.mdé\ud83d";
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            paths.add(s.toString());
        }
        for (String a : paths) {
            for (int j = 0; j < 40; j++) {
                String b = paths.get(random.nextInt(paths.size()));
                assertEquals(Integer.signum(REFERENCE.compare(a, b)), Integer.signum(CheckCache.ORDER.compare(a, b)),
                        () -> "'" + a + "' vs '" + b + "'");
            }
            assertEquals(0, CheckCache.ORDER.compare(a, a));
        }
    }
}
