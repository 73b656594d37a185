package io.github.pfocr.core.engine;

import io.github.pfocr.core.catalog.CatalogParts;
import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check that starts from the last check's result reports exactly what a check without cache reports, for every
 * kind of change: when nothing changed it reads nothing; when a file changed without changing what the cross-file
 * rules see of its record it reads that file alone; anything else runs the full pass, which says why.
 */
class ResultSnapshotTest {
    private static final String CHEMICALS = "_data/PMC9100006__pone.0301122.g001-chemicals.tsv";
    private static final String WPID_MAP = "_data/wpid_map.tsv";

    @TempDir
    Path repo;
    @TempDir
    Path out;
    private Path cacheFile;
    private final List<String> log = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();
    private int reads;

    @BeforeEach
    void copy() throws IOException {
        TestData.copySampleTo(repo);
        cacheFile = out.resolve("cache/check-cache.bin");
        // Files written within a clock tick of a check are compared by content: these are older.
        setTimes(Instant.now().minusSeconds(7200));
    }

    private void setTimes(Instant time) throws IOException {
        try (var files = Files.walk(repo)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(time));
            }
        }
    }

    private CheckRequest request() {
        return CheckRequest.defaults(repo).withThreads(2);
    }

    /** A cached check as the check goal runs it; returns its report, keeps its debug line and reads. */
    private String check() throws IOException {
        Passes.CountingParts counting = new Passes.CountingParts(false);
        debug.clear();
        String report = Passes.reports(CheckRunner.run(request().withCacheFile(cacheFile), counting, log::add, debug::add));
        reads = counting.read.get();
        return report;
    }

    /** Checks with the cache; asserts the report equals a check without one, the pass's line and the reads. */
    private void assertPass(String line, int expectedReads) throws IOException {
        String expected = Passes.reports(CheckRunner.run(request().withCacheFile(null)));
        assertEquals(expected, check());
        assertEquals(1, debug.size(), () -> String.join("\n", debug));
        assertTrue(debug.get(0).startsWith(line), debug.get(0));
        assertEquals(expectedReads, reads, "records read");
    }


    /** Replaces text in a file and gives it a time an hour later than the others. */
    private void edit(String file, String from, String to) throws IOException {
        Path p = repo.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private List<String> ruleIds() {
        return CheckRunner.run(request()).findings().stream().map(Finding::ruleId).toList();
    }

    private static final String FULL = "pfocr: full pass: ";
    private static final String NO_CHANGE = "pfocr: no file changed since the last check";

    @Test
    void anUnchangedRepositoryIsTheLastResultAndWritesNothing() throws IOException {
        assertPass(FULL + "no result of a last check", 9);
        Path snapshot = ResultSnapshot.file(cacheFile);
        assertTrue(Files.isRegularFile(snapshot));
        Files.setLastModifiedTime(snapshot, FileTime.fromMillis(0));
        Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(0));
        assertPass(NO_CHANGE, 0);
        assertEquals(0, Files.getLastModifiedTime(snapshot).toMillis(), "the snapshot was written again");
        assertEquals(0, Files.getLastModifiedTime(cacheFile).toMillis(), "the cache was written again");
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void anEditThatKeepsTheCrossFileFactsReadsThatFileAlone() throws IOException {
        assertPass(FULL, 9);
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        assertPass("pfocr: 1 figure file(s) and 0 unlinked table(s) changed since the last check (1 read again)", 1);
        assertTrue(ruleIds().contains("figtype-number"));
        assertPass(NO_CHANGE, 0);
        edit(Passes.G2A, "figtype: Scheme", "figtype: Figure");
        assertPass("pfocr: 1 figure file(s)", 1);
        assertPass(NO_CHANGE, 0);
        assertCatalogReadsNothing();
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void aCatalogAfterAnEditStartsFromTheLastResultAndWritesTheSameBytes() throws IOException {
        assertPass(FULL, 9);
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        CatalogRequest cached = catalogRequest(cacheFile, out.resolve("cached"));
        debug.clear();
        int read;
        try (CatalogWriter writer = new CatalogWriter(cached)) {
            CheckRunner.run(cached.check(), writer, log::add, debug::add);
            writer.finish();
            read = writer.recordsRead();
        }
        assertEquals(1, read, "records read by the catalog's pass");
        assertTrue(debug.get(0).startsWith("pfocr: 1 figure file(s)"), debug.get(0));
        CatalogWriter.write(catalogRequest(null, out.resolve("full")));
        for (String name : List.of("catalog.json", "catalog.jsonld")) {
            assertArrayEquals(Files.readAllBytes(out.resolve("full").resolve(name)),
                    Files.readAllBytes(out.resolve("cached").resolve(name)), name);
        }
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    private CatalogRequest catalogRequest(Path cache, Path dir) {
        return new CatalogRequest(request().withCacheFile(cache), dir.resolve("catalog.json"), false, null, "g:a:1",
                "pfocr", true, "pfocr", 3, CatalogRequest.DIRECT_MATCHES, dir.resolve("catalog.jsonld"), Set.of());
    }

    @Test
    void editsGoBesideTheCacheUntilManyAreFoldedIntoANewOne() throws IOException {
        // More figures than the changes beside the cache may hold (one chunk of the pass).
        for (int i = 0; i < 1100; i++) {
            Files.copy(repo.resolve(Passes.G2A), repo.resolve(String.format("_figures/PMC9100004__copy-%04d.md", i)));
        }
        setTimes(Instant.now().minusSeconds(7200));
        assertPass(FULL, 1109);
        Path changes = CheckCache.changesFile(cacheFile);
        Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(0));
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        assertPass("pfocr: 1 figure file(s)", 1);
        edit("_figures/PMC9100004__copy-0500.md", "figtype: Figure", "figtype: Scheme");
        assertPass("pfocr: 1 figure file(s)", 1);
        assertEquals(0, Files.getLastModifiedTime(cacheFile).toMillis(), "the cache was written again");
        assertTrue(Files.isRegularFile(changes));
        assertCatalogReadsNothing(1109);
        // Every time new: too many changes to write beside the cache; the earlier ones are folded in with them.
        setTimes(Instant.now().minusSeconds(3600));
        assertPass("pfocr: 1109 figure file(s) and 0 unlinked table(s) changed since the last check (0 read again)",
                0);
        assertTrue(Files.getLastModifiedTime(cacheFile).toMillis() > 0, "the cache was not written again");
        assertTrue(!Files.exists(changes), "the changes were not folded in");
        assertPass(NO_CHANGE, 0);
        assertCatalogReadsNothing(1109);
        assertTrue(ruleIds().contains("figtype-number"));
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void anEditThatChangesACrossFileFactRunsTheFullPassFromTheNewCache() throws IOException {
        assertPass(FULL, 9);
        String alias = Files.readString(repo.resolve("_figures/PMC9100005__IJIB-8-e00412-g004.md")).lines()
                .filter(l -> l.startsWith("figid_alias: ")).findFirst().orElseThrow();
        edit(Passes.G2A, "figid_alias: PMC9100004__F2", alias);
        // The changed record is read once; the full pass then takes it from the cache written meanwhile.
        assertPass(FULL + "a changed record's cross-file facts changed", 1);
        assertTrue(ruleIds().contains("figid-alias-unique"));
        assertPass(NO_CHANGE, 0);
        edit(Passes.G2A, alias, "figid_alias: PMC9100004__F2");
        assertPass(FULL + "a changed record's cross-file facts changed", 1);
        assertTrue(!ruleIds().contains("figid-alias-unique"));
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }

    @Test
    void newTimesWithTheSameBytesReadNoRecord() throws IOException {
        assertPass(FULL, 9);
        setTimes(Instant.now().minusSeconds(3600));
        assertPass("pfocr: 9 figure file(s) and 0 unlinked table(s) changed since the last check (0 read again)", 0);
        assertPass(NO_CHANGE, 0);
        // The cache took the new times too: a catalog after the check reads no record.
        assertCatalogReadsNothing();
    }

    @Test
    void aTableEditRereadsTheRecordsThatLinkIt() throws IOException {
        assertPass(FULL, 9);
        edit(CHEMICALS, "Glucose\tmesh:D005947", "Glucose\tmesh:BROKEN");
        assertPass("pfocr: 1 figure file(s) and 0 unlinked table(s) changed", 1);
        assertPass(NO_CHANGE, 0);
        // Genes are cross-file facts (4.19): a changed symbol runs the full pass.
        edit(Passes.G2A_GENES, "\tGSK3B\tGSK3B\tGSK3B\t2932\t", "\tGSK3B\tGSK3B\tGSK3X\t2932\t");
        assertPass(FULL + "a changed record's cross-file facts changed", 1);
        assertCatalogReadsNothing();
    }

    @Test
    void aMapFileEditRunsTheFullPassButANewTimeAloneDoesNot() throws IOException {
        assertPass(FULL, 9);
        Files.setLastModifiedTime(repo.resolve(WPID_MAP), FileTime.from(Instant.now().minusSeconds(3600)));
        assertPass(NO_CHANGE, 0);
        edit(WPID_MAP, "WP9901", "WP9902");
        assertPass(FULL + "the map file _data/wpid_map.tsv changed", 0);
        assertPass(NO_CHANGE, 0);
    }

    @Test
    void addingOrDeletingAFileRunsTheFullPass() throws IOException {
        assertPass(FULL, 9);
        Path copy = Files.copy(repo.resolve(Passes.G2A), repo.resolve("_figures/PMC9100004__copy.md"));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(3600)));
        assertPass(FULL + "no result of a last check of these paths", 1);
        Files.delete(repo.resolve(CHEMICALS));
        assertPass(FULL + "no result of a last check of these paths", 1);
        assertPass(NO_CHANGE, 0);
    }

    @Test
    void aDamagedSnapshotIsIgnoredWithOneLine() throws IOException {
        assertPass(FULL, 9);
        Path snapshot = ResultSnapshot.file(cacheFile);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(snapshot, bytes);
        assertPass(FULL + "no result of a last check", 0);
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("damaged"), log.get(0));
        log.clear();
        Files.write(snapshot, new byte[] {1, 2, 3});
        assertPass(FULL + "no result of a last check", 0);
        assertPass(NO_CHANGE, 0);
    }

    @Test
    void damagedChangesBesideTheCacheAreIgnoredWithOneLine() throws IOException {
        assertPass(FULL, 9);
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        assertPass("pfocr: 1 figure file(s)", 1);
        Path changes = CheckCache.changesFile(cacheFile);
        byte[] bytes = Files.readAllBytes(changes);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(changes, bytes);
        // A new time on the edited file makes the pass open the cache, whose entry for it is the one before the edit.
        Files.setLastModifiedTime(repo.resolve(Passes.G2A), FileTime.from(Instant.now().minusSeconds(1800)));
        assertPass(FULL + "the cache is not the one the last result was written with", 1);
        assertEquals(1, log.size(), () -> String.join("\n", log));
        assertTrue(log.get(0).contains("changes") && log.get(0).contains("damaged"), log.get(0));
        assertTrue(ruleIds().contains("figtype-number"));
    }

    @Test
    void aSnapshotWrittenWithAnotherCacheIsNotTrusted() throws IOException {
        assertPass(FULL, 9);
        Path snapshot = ResultSnapshot.file(cacheFile);
        byte[] first = Files.readAllBytes(snapshot);
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        assertPass("pfocr: 1 figure file(s)", 1);
        // An old snapshot beside a newer cache (a write that failed half-way): the cache's entries are not its own.
        Files.write(snapshot, first);
        edit(Passes.G2A, "figtype: Scheme", "figtype: Figure");
        assertPass(FULL + "the cache is not the one the last result was written with", 1);
    }

    @Test
    void aFileChangedWithinTheLastPassesClockTickIsReadAgain() throws IOException {
        Path file = repo.resolve(Passes.G2A);
        FileTime now = FileTime.from(Instant.now());
        Files.setLastModifiedTime(file, now);
        assertPass(FULL, 9);
        // Same size, same time, other bytes: only the time being that close to the last pass tells.
        Files.writeString(file, Files.readString(file).replace("figtype: Figure", "figtype: Scheme"));
        Files.setLastModifiedTime(file, now);
        assertPass("pfocr: 1 figure file(s)", 1);
        assertTrue(ruleIds().contains("figtype-number"));
    }

    @Test
    void oneAndManyThreadsGiveTheSameBytesFromTheSnapshot() throws IOException {
        check();
        edit(Passes.G2A, "figtype: Figure", "figtype: Scheme");
        Path cacheDir = cacheFile.getParent();
        Path copy = out.resolve("copy");
        copyFiles(cacheDir, copy);
        String four = Passes.reports(CheckRunner.run(request().withThreads(4).withCacheFile(cacheFile),
                new CatalogParts(), log::add, debug::add));
        byte[] changesOfFour = Files.readAllBytes(CheckCache.changesFile(cacheFile));
        copyFiles(copy, cacheDir);
        String one = Passes.reports(CheckRunner.run(request().withThreads(1).withCacheFile(cacheFile),
                new CatalogParts(), log::add, debug::add));
        assertEquals(four, one);
        byte[] changesOfOne = Files.readAllBytes(CheckCache.changesFile(cacheFile));
        // The changes written beside the cache differ only in their random id (and so their checksum).
        assertEquals(changesOfFour.length, changesOfOne.length);
        int differ = 0;
        for (int i = 0; i < changesOfOne.length; i++) {
            differ += changesOfOne[i] == changesOfFour[i] ? 0 : 1;
        }
        assertTrue(differ <= 12, differ + " bytes differ");
    }

    /** Replaces the files of {@code to} by those of {@code from}. */
    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var old = Files.list(to)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        try (var files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /** A catalog pass (which takes every record's part) after the checks reads no record: the cache holds all. */
    private void assertCatalogReadsNothing() {
        assertCatalogReadsNothing(9);
    }

    private void assertCatalogReadsNothing(int records) {
        Passes.CountingParts catalog = new Passes.CountingParts(true);
        CheckRunner.run(request().withCacheFile(cacheFile), catalog, log::add);
        assertEquals(0, catalog.read.get(), "records read by the catalog");
        assertEquals(records, catalog.accepted.size());
        assertEquals(catalog.accepted.stream().sorted().toList(), catalog.accepted);
        assertTrue(log.isEmpty(), () -> String.join("\n", log));
    }
}
