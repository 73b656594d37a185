package io.github.pfocr.core.read;

import org.codehaus.plexus.util.MatchPatterns;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default selection, told by the name's end, selects exactly what its pattern selects. */
class SelectionTest {
    private static final String S = File.separator;

    @Test
    void theDefaultSelectionIsItsPattern() {
        Predicate<String> fast = RepositoryFiles.selection(RepositoryFiles.DEFAULT_INCLUDES, List.of());
        MatchPatterns pattern = MatchPatterns.from(RepositoryFiles.DEFAULT_INCLUDES);
        for (String rel : List.of("PMC1__g1.md", "a.md", ".md", "md", "a.MD", "a.md.bak", "a.mdx", "a.txt",
                "sub" + S + "a.md", "sub" + S + "deeper" + S + "b.md", "sub.md" + S + "c.txt", "sub.md",
                "a .md", "ä.md", "a.md ", "x" + S + ".md", "..md", "a\nb.md")) {
            assertEquals(pattern.matches(rel, true), fast.test(rel), rel);
        }
    }

    @Test
    void otherPatternsAreMatchedAsMavenMatchesThem() {
        Predicate<String> some = RepositoryFiles.selection(List.of("PMC1*.md"), List.of("**/*_old.md"));
        assertTrue(some.test("PMC1__g1.md"));
        assertFalse(some.test("PMC2__g1.md"));
        assertFalse(some.test("PMC1__g1_old.md"));
        Predicate<String> excluding = RepositoryFiles.selection(RepositoryFiles.DEFAULT_INCLUDES, List.of("drafts/"));
        assertTrue(excluding.test("a.md"));
        assertFalse(excluding.test("drafts" + S + "a.md"));
    }
}
