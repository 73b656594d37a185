package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The log gives back every position as added, small or at the limits, across pages. */
class PositionLogTest {
    @Test
    void emptyHasNone() {
        PositionLog log = new PositionLog();
        assertThrows(IllegalStateException.class, () -> log.reader().next());
    }

    @Test
    void givesBackEveryPositionInOrder() {
        PositionLog log = new PositionLog();
        Random random = new Random(9);
        int n = 40_000;
        long[] added = new long[n];
        int max = (1 << 20) - 1;
        for (int i = 0; i < n; i++) {
            int path = switch (i % 5) {
                case 0 -> random.nextInt(1 << 24);
                case 1 -> (1 << 24) - 1;
                default -> i / 5;
            };
            int line = i % 7 == 0 ? max : random.nextInt(200);
            int column = i % 11 == 0 ? max : random.nextInt(100);
            added[i] = RepositoryIndex.position(path, FigureFacts.at(line, column));
            log.add(added[i]);
        }
        // A file index of -1 (no file) packs to the same bits as the largest index.
        log.add(RepositoryIndex.position(-1, FigureFacts.at(3, 4)));
        PositionLog.Reader reader = log.reader();
        for (int i = 0; i < n; i++) {
            assertEquals(added[i], reader.next(), "position " + i);
        }
        assertEquals(RepositoryIndex.position(-1, FigureFacts.at(3, 4)), reader.next());
        assertThrows(IllegalStateException.class, reader::next);
    }
}
