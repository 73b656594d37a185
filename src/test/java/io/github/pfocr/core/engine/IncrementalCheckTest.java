package io.github.pfocr.core.engine;

import io.github.pfocr.core.catalog.CatalogPart;
import io.github.pfocr.core.catalog.CatalogParts;
import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache changes nothing but the time a check takes: after every kind of change to the repository, a cached
 * check reports exactly what a check without cache reports, reading only the files that changed.
 */
class IncrementalCheckTest {
    private static final String G1A = "_figures/PMC9100001__jbio-12-101-g001.md";

    @TempDir
    Path repo;
    @TempDir
    Path out;
    private Path cacheFile;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void copy() throws IOException {
        TestData.copySampleTo(repo);
        cacheFile = out.resolve("cache/check-cache.bin");
    }

    private CheckRequest request() {
        return CheckRequest.defaults(repo).withThreads(2);
    }

    /** The report of a check without cache: what every cached check must equal. */
    private String full(CheckRequest request) throws IOException {
        return Passes.reports(CheckRunner.run(request.withCacheFile(null)));
    }

    private Passes.CountingParts cached;

    private String cached(CheckRequest request) throws IOException {
        cached = new Passes.CountingParts(true);
        return Passes.reports(CheckRunner.run(request.withCacheFile(cacheFile), cached, log::add));
    }

    /** The rule ids of a full check's findings. */
    private List<String> ruleIds() {
        return CheckRunner.run(request()).findings().stream().map(Finding::ruleId).toList();
    }


    private void assertSameAsFull(int expectedReads) throws IOException {
        String expected = full(request());
        assertEquals(expected, cached(request()));
        assertEquals(expectedReads, cached.read.get(), "records read instead of taken from the cache");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = repo.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void anUnchangedRepositoryIsTakenWhollyFromTheCache() throws IOException {
        assertSameAsFull(9);
        assertTrue(Files.isRegularFile(cacheFile));
        if (Files.getFileStore(cacheFile).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile)));
        }
        assertSameAsFull(0);
        assertEquals(9, cached.accepted.size(), "the catalog's parts come from the cache, in figid order");
        assertEquals(cached.accepted.stream().sorted().toList(), cached.accepted);
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void aCatalogAfterACheckReadsNoRecordAgain() throws IOException {
        CheckRunner.run(request().withCacheFile(cacheFile), new CatalogParts(), log::add);
        assertSameAsFull(0);
        assertEquals(9, cached.accepted.size());
        byte[] parts = Files.readAllBytes(CheckCache.partsFile(cacheFile));
        parts[parts.length - 3] ^= 0x55;
        Files.write(CheckCache.partsFile(cacheFile), parts);
        assertSameAsFull(1);
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("damaged"), log.get(0));
    }

    @Test
    void aDamagedEntryAmongThoseReadTogetherCostsThatRecordAlone() throws IOException {
        age();
        CheckRunner.run(request().withCacheFile(cacheFile), new CatalogParts(), log::add);
        byte[] cache = Files.readAllBytes(cacheFile);
        cache[cache.length * 3 / 5] ^= 0x55;
        Files.write(cacheFile, cache);
        assertSameAsFull(1);
        assertEquals(9, cached.accepted.size());
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("checksum mismatch"), log.get(0));
    }

    @Test
    void aPartTheCatalogRefusesCostsThatRecordAlone() throws IOException {
        age();
        // One figure's part gets a byte too many, as in a cache file made to hold it with every checksum right.
        CheckRunner.run(request().withCacheFile(cacheFile), new CatalogParts() {
            @Override
            public void write(CatalogPart part, CacheOutput out) {
                super.write(part, out);
                if (part.figid().equals("PMC9100001__jbio-12-101-g001")) {
                    out.writeRaw(new byte[1]);
                }
            }
        }, log::add);
        assertSameAsFull(1);
        assertEquals(9, cached.accepted.size());
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("1 unread byte(s) after the catalog part"), log.get(0));
    }

    /** Gives every file of the repository an old time, so no file is too recent to trust its time. */
    private void age() throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(7200));
        try (var files = Files.walk(repo)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    /** Marks the cache file so a later run shows whether it wrote the file again. */
    private void markCache() throws IOException {
        Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(0));
    }

    private boolean cacheRewritten() throws IOException {
        return Files.getLastModifiedTime(cacheFile).toMillis() != 0;
    }

    @Test
    void anUnchangedRunLeavesTheCacheAsItIsAChangedOneWritesBesideItAndADeletedOneWritesItAgain() throws IOException {
        age();
        assertSameAsFull(9);
        markCache();
        assertSameAsFull(0);
        assertFalse(cacheRewritten(), "nothing changed, yet the cache was written again");
        Path last;
        try (var figures = Files.list(repo.resolve("_figures"))) {
            last = figures.map(p -> repo.relativize(p).toString().replace('\\', '/'))
                    .max(CheckCache.ORDER).map(repo::resolve).orElseThrow();
        }
        // An edit keeping the cross-file facts: the catalog's pass starts from the last result too.
        Files.writeString(last, Files.readString(last).replace("figtype: Figure", "figtype: Scheme"));
        Files.setLastModifiedTime(last, FileTime.from(Instant.now().minusSeconds(3600)));
        assertSameAsFull(1);
        assertFalse(cacheRewritten(), "one changed entry is written beside the cache, not into a new one");
        assertTrue(Files.isRegularFile(CheckCache.changesFile(cacheFile)));
        markCache();
        assertSameAsFull(0);
        assertFalse(cacheRewritten());
        Files.delete(last);
        assertSameAsFull(0);
        assertTrue(cacheRewritten(), "a deleted figure's entry must leave the cache");
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void anEditedFigureIsReadAgainAndItsFindingsChange() throws IOException {
        assertSameAsFull(9);
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        assertSameAsFull(1);
        assertTrue(ruleIds().contains("figtype-number"));
    }

    @Test
    void addingAndDeletingAFigureCreatesAndResolvesACrossFileDuplicate() throws IOException {
        assertSameAsFull(9);
        Path copy = repo.resolve("_figures/PMC9100004__copy.md");
        Files.copy(repo.resolve(Passes.G2A), copy);
        assertTrue(ruleIds().contains("figid-unique"), "the copy duplicates the figid");
        assertSameAsFull(1);
        Files.delete(copy);
        assertFalse(ruleIds().contains("figid-unique"));
        assertSameAsFull(0);
    }

    @Test
    void aRenamedFigureIsReadUnderItsNewName() throws IOException {
        assertSameAsFull(9);
        Files.move(repo.resolve(G1A), repo.resolve("_figures/PMC9100001__renamed.md"));
        assertTrue(ruleIds().contains("figid-filename"));
        assertSameAsFull(1);
    }

    @Test
    void editingAddingAndDeletingATableRereadsItsFigure() throws IOException {
        assertSameAsFull(9);
        Path genes = repo.resolve(Passes.G2A_GENES);
        List<String> lines = new ArrayList<>(Files.readAllLines(genes));
        String row = lines.get(1);
        // The same gene id with another symbol: a cross-file gene-id-symbol finding appears.
        lines.add(row.replace("\tGSK3B\t2932\t", "\tOTHER1\t2932\t"));
        Files.write(genes, lines);
        assertTrue(ruleIds().contains("gene-id-symbol"));
        assertSameAsFull(1);
        Files.delete(genes);
        assertSameAsFull(1);
        Files.write(genes, lines);
        assertSameAsFull(1);
        Path orphan = repo.resolve("_data/PMC9100099__nobody-genes.tsv");
        Files.write(orphan, lines);
        assertTrue(ruleIds().contains("tsv-orphan"));
        assertSameAsFull(0);
    }

    @Test
    void newTimesWithTheSameContentKeepTheCache() throws IOException {
        assertSameAsFull(9);
        FileTime later = FileTime.from(Instant.now().plusSeconds(3600));
        try (var files = Files.walk(repo)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, later);
            }
        }
        assertSameAsFull(0);
        assertSameAsFull(0);
    }

    @Test
    void aConfigurationChangeInvalidatesTheCache() throws IOException {
        assertSameAsFull(9);
        CheckRequest demoted = request().withRuleSettings(RuleSettings.of(Map.of("organisms-placeholder", "off")));
        String expected = full(demoted);
        assertEquals(expected, cached(demoted));
        assertEquals(9, cached.read.get());
        assertTrue(log.stream().anyMatch(l -> l.contains("another configuration")), () -> String.join("\n", log));
    }

    @Test
    void aDamagedCacheIsDiscardedWithOneLine() throws IOException {
        assertSameAsFull(9);
        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(cacheFile, bytes);
        String expected = full(request());
        assertEquals(expected, cached(request()));
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("damaged"), log.get(0));
        assertTrue(cached.read.get() > 0);
        assertSameAsFull(0);

        log.clear();
        Files.write(cacheFile, "not a cache at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, cached(request()));
        assertEquals(9, cached.read.get());
        assertEquals(1, log.size(), () -> String.join("\n", log));

        log.clear();
        Files.write(cacheFile, new byte[0]);
        assertEquals(expected, cached(request()));
        assertEquals(1, log.size(), () -> String.join("\n", log));
    }

    @Test
    void oneAndManyThreadsColdAndCachedGiveTheSameBytes() throws IOException {
        String one = full(request().withThreads(1));
        assertEquals(one, full(request().withThreads(4)));
        assertEquals(one, cached(request().withThreads(4)));
        assertEquals(one, cached(request().withThreads(1)));
        byte[] catalog1 = catalog(1, out.resolve("c1"));
        assertArrayEquals(catalog1, catalog(4, out.resolve("c4")));
        assertArrayEquals(catalog1, catalog(3, out.resolve("c3")), "a catalog from the cache");
    }

    /**
     * More figures than one chunk of the pass holds, so later chunks are read while earlier ones are consumed: the
     * copies share figids (cross-file duplicates spanning chunks) and the G2 copies share one genes table.
     */
    @Test
    void aPassOverManyChunksIsTheSameForAnyThreadCountAndAfterEdits() throws IOException {
        int copies = 1100;
        for (int i = 0; i < copies; i++) {
            Files.copy(repo.resolve(i % 2 == 0 ? G1A : Passes.G2A),
                    repo.resolve(String.format("_figures/PMC9100001__copy-%04d.md", i)));
        }
        int figures = copies + 9;
        String one = full(request().withThreads(1));
        assertEquals(one, full(request().withThreads(3)));
        assertEquals(one, cached(request().withThreads(3)));
        assertEquals(figures, cached.read.get());
        assertEquals(one, cached(request().withThreads(1)));
        assertEquals(0, cached.read.get());

        // An edit in a late chunk, a deletion in the first and a rename: each file is read again, nothing else.
        edit("_figures/PMC9100001__copy-1081.md", "figtype: Figure", "figtype: Scheme");
        Files.delete(repo.resolve("_figures/PMC9100001__copy-0003.md"));
        Files.move(repo.resolve("_figures/PMC9100001__copy-0600.md"),
                repo.resolve("_figures/PMC9100001__copy-0600-renamed.md"));
        assertSameAsFull(2);
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    private byte[] catalog(int threads, Path dir) throws IOException {
        CatalogRequest request = new CatalogRequest(request().withThreads(threads).withCacheFile(cacheFile),
                dir.resolve("catalog.json"), false, null, "g:a:1", "Sample", true, "pfocr", 1, Set.of(),
                dir.resolve("catalog.jsonld"), Set.of());
        CatalogWriter.write(request);
        return (Files.readString(dir.resolve("catalog.json")) + Files.readString(dir.resolve("catalog.jsonld")))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findingsAreBuiltOnceWithTheirFigid() {
        CheckResult r = CheckRunner.run(request());
        for (Finding f : r.findings()) {
            if (f.path().startsWith("_figures/") || f.path().endsWith("-genes.tsv")) {
                assertTrue(f.figid() != null, f::toConsoleLine);
            }
        }
    }
}
