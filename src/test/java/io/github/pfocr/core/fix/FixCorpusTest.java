package io.github.pfocr.core.fix;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.read.FrontMatterReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pfocr:fix on a copy of the real files of the shared corpus ({@code ../shared/corpus}): the repaired findings are
 * gone, a second run changes nothing, and in every changed file each top-level field no repair touched keeps its
 * exact text. Skipped when the shared directory is absent.
 */
class FixCorpusTest {
    /** The top-level field each repair edits. */
    private static final Map<String, String> FIELD = Map.ofEntries(entry("figid-alias-number", "figid_alias"),
            entry("redirect-from-alias", "redirect_from"), entry("figtype-number", "figtype"),
            entry("figlink-format", "figlink"), entry("figlink-trailing-slash", "figlink"), entry("jsonld-id", "schema-jsonld"),
            entry("jsonld-description", "schema-jsonld"), entry("jsonld-constant", "schema-jsonld"),
            entry("keywords-entities", "schema-jsonld"), entry("keywords-tsv", "schema-jsonld"),
            entry("keywords-order", "schema-jsonld"),
            entry("organisms-scalar", "organisms"), entry("ndex-present", "ndex"), entry("ndex-map", "ndex"),
            entry("wpid-map", "wpid"));

    @TempDir
    Path repo;

    @Test
    void repairsTheRealFilesAndKeepsEverythingElse() throws IOException {
        Path corpus = Path.of(System.getProperty("pfocr.sharedDirectory", "../shared"), "corpus", "pfocr-database");
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("_figures")),
                () -> "the shared sample corpus is absent (" + corpus.toAbsolutePath() + "); set pfocr.sharedDirectory");
        assertEquals(Set.copyOf(Repairs.ruleIds()), FIELD.keySet());
        copy(corpus, repo);
        CheckRequest request = CheckRequest.defaults(repo).withNdexMapFile(repo.resolve("_data/ndex_map.head.tsv"));

        FixResult result = FixRunner.run(new FixRequest(request, Set.of(), false));

        assertFalse(result.files().isEmpty(), "the corpus has repairable findings");
        List<Finding> after = CheckRunner.run(request).findings();
        for (FixResult.FileFix fix : result.files()) {
            for (Finding f : fix.repaired()) {
                assertTrue(after.stream().noneMatch(a -> a.path().equals(f.path()) && a.ruleId().equals(f.ruleId())),
                        () -> "still reported after fix: " + f.toConsoleLine());
            }
            String old = Files.readString(corpus.resolve(fix.path()), StandardCharsets.UTF_8);
            String now = Files.readString(repo.resolve(fix.path()), StandardCharsets.UTF_8);
            Set<String> touched = new HashSet<>();
            fix.repaired().forEach(f -> touched.add(FIELD.get(f.ruleId())));
            MapNode oldRoot = read(old);
            MapNode newRoot = read(now);
            for (MapNode.Entry e : oldRoot.entries()) {
                if (!touched.contains(e.key().value())) {
                    MapNode.Entry n = newRoot.entry(e.key().value());
                    assertNotNull(n, e.key().value());
                    assertEquals(old.substring(e.key().start(), e.value().end()),
                            now.substring(n.key().start(), n.value().end()), fix.path() + " " + e.key().value());
                }
            }
        }
        FixResult again = FixRunner.run(new FixRequest(request, Set.of(), false));
        assertEquals(List.of(), again.files(), "a second fix changes nothing");
    }

    private static MapNode read(String text) {
        FindingSink sink = new FindingSink("t.md");
        MapNode root = new FrontMatterReader(1 << 22).read(text.getBytes(StandardCharsets.UTF_8), sink);
        assertNotNull(root);
        return root;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
