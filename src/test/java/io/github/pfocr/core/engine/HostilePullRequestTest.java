package io.github.pfocr.core.engine;

import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.output.CheckResultJsonWriter;
import io.github.pfocr.core.output.SarifWriter;
import io.github.pfocr.core.rules.RuleRegistry;
import io.github.pfocr.testing.IJson;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, points 2 and 4 to 7: a data repository edited the way a hostile pull request would edit it. Each test
 * copies the bundled sample repository, plants one attack and checks that it yields findings, not leaks, floods,
 * forged release files, unreadable JSON or lost outputs.
 */
class HostilePullRequestTest {
    private static final String RECORD = "PMC9100006__pone.0301122.g001";
    private static final String SECRET = "TOKEN-ghp_madeUpSecret0123456789";

    @TempDir
    Path temp;

    private Path repo() throws IOException {
        return TestData.copySampleTo(temp.resolve("repo"));
    }

    /** A file outside the repository a link may point to. */
    private Path secret() throws IOException {
        Path s = temp.resolve("elsewhere/secret");
        Files.createDirectories(s.getParent());
        Files.writeString(s, "---\nfigid: " + SECRET + "\n---\n" + SECRET + "\tWP1\n");
        return s;
    }

    private static CheckResult check(Path repo) {
        return CheckRunner.run(CheckRequest.defaults(repo).withThreads(2));
    }

    private static List<Finding> byRule(CheckResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static void assertNoSecret(CheckResult r) {
        for (Finding f : r.findings()) {
            assertFalse((f.message() + f.value() + f.figid() + f.path()).contains(SECRET), f.toConsoleLine());
        }
    }

    // 2. Reads outside the repository through symbolic links

    @Test
    void linksOutOfTheRepositoryAreFindingsAndNeverRead() throws IOException {
        Path repo = repo();
        Path secret = secret();
        Files.createSymbolicLink(repo.resolve("_figures/PMC1__passwd.md"), secret);
        Files.delete(repo.resolve("_data/wpid_map.tsv"));
        Files.createSymbolicLink(repo.resolve("_data/wpid_map.tsv"), secret);
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "[credential]\n" + SECRET + "\n");
        Files.delete(repo.resolve("_data/ndex_map.tsv"));
        Files.createSymbolicLink(repo.resolve("_data/ndex_map.tsv"), Path.of("../.git/config"));
        Files.createSymbolicLink(repo.resolve("_data/PMC1__passwd-genes.tsv"), secret);

        CheckResult r = check(repo);
        assertEquals(List.of("_data/PMC1__passwd-genes.tsv", "_data/ndex_map.tsv", "_data/wpid_map.tsv",
                "_figures/PMC1__passwd.md"), byRule(r, "file-outside-repository").stream().map(Finding::path)
                .toList());
        assertNoSecret(r);
        assertEquals(9, r.figureFiles());
        assertTrue(byRule(r, "map-line-format").isEmpty(), "the linked map files were not read");
    }

    @Test
    void linksInsideTheRepositoryAreFollowed() throws IOException {
        Path repo = repo();
        Files.move(repo.resolve("_figures"), repo.resolve("records"));
        Files.createSymbolicLink(repo.resolve("_figures"), Path.of("records"));
        CheckResult r = check(repo);
        assertEquals(9, r.figureFiles(), "a _figures linking to records/ checks the records");
        assertTrue(byRule(r, "file-outside-repository").isEmpty());
    }

    @Test
    void brokenLinksDirectoriesAndFifosAreFindings() throws Exception {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve("_figures/PMC1__dangling.md"), Path.of("no-such-file.md"));
        Files.createSymbolicLink(repo.resolve("_figures/PMC1__loop.md"), Path.of("PMC1__loop.md"));
        Files.createDirectories(repo.resolve("_figures/sub"));
        Files.createSymbolicLink(repo.resolve("_figures/sub/up"), Path.of(".."));
        Files.createDirectories(repo.resolve("_figures/PMC1__dir.md"));
        Files.createDirectories(repo.resolve("_data/PMC1__dir-genes.tsv"));
        boolean fifo = new ProcessBuilder("mkfifo", repo.resolve("_figures/PMC1__fifo.md").toString())
                .start().waitFor() == 0;

        CheckResult r = check(repo);
        assertEquals(List.of("_figures/PMC1__dangling.md", "_figures/PMC1__loop.md", "_figures/sub/up"),
                byRule(r, "file-link-broken").stream().map(Finding::path).toList());
        assertTrue(byRule(r, "file-link-broken").get(0).message().contains("dangling"));
        assertTrue(byRule(r, "file-link-broken").get(1).message().contains("loop"));
        List<String> notRegular = byRule(r, "file-not-regular").stream().map(Finding::path).toList();
        assertTrue(notRegular.containsAll(List.of("_data/PMC1__dir-genes.tsv", "_figures/PMC1__dir.md")),
                notRegular.toString());
        if (fifo) {
            assertTrue(notRegular.contains("_figures/PMC1__fifo.md"), notRegular.toString());
        }
        assertEquals(9, r.figureFiles(), "every real record is still checked");
    }

    @Test
    void anUnreadableDirectoryIsAFindingAndTheRestIsChecked() throws IOException {
        Path repo = repo();
        Path locked = repo.resolve("_figures/locked");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("PMC1__x.md"), "---\nfigid: PMC1__x\n---\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
            CheckResult r = check(repo);
            assertEquals(List.of("_figures/locked"), byRule(r, "directory-unreadable").stream().map(Finding::path)
                    .toList());
            assertEquals(9, r.figureFiles());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void noFigureFileAtAllIsAConfigurationError() throws IOException {
        Path repo = repo();
        try (Stream<Path> s = Files.list(repo.resolve("_figures"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.createSymbolicLink(repo.resolve("_figures/PMC1__passwd.md"), secret());
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class, () -> check(repo));
        assertTrue(e.getMessage().startsWith("no figure file found in _figures"), e.getMessage());
        assertTrue(e.getMessage().contains("file-outside-repository"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    // 4. Bounded output

    @Test
    void aJunkMapFileYieldsABoundedNumberOfFindings() throws IOException {
        Path repo = repo();
        StringBuilder junk = new StringBuilder();
        while (junk.length() < 900_000) {
            junk.append("junk line ").append(junk.length()).append('\n');
        }
        Files.writeString(repo.resolve("_data/wpid_map.tsv"), junk);
        CheckResult r = check(repo);
        List<Finding> lines = byRule(r, "map-line-format");
        assertEquals(101, lines.size());
        assertTrue(lines.stream().anyMatch(f -> f.message().matches("\\d+ more map-line-format finding\\(s\\) in "
                + "this file not listed \\(maxFindingsPerFile=100\\)")), lines.get(100).message());

        Files.writeString(repo.resolve("_data/wpid_map.tsv"), junk.toString() + junk);
        assertEquals(List.of("file-too-large"), check(repo).findings().stream()
                .filter(f -> f.path().equals("_data/wpid_map.tsv")).map(Finding::ruleId).toList(),
                "map files obey maxFileSize too");
    }

    // 5. Release files a record can forge

    @Test
    void aForgedFigidOrOrganismNeverReachesTheGmtFiles() throws Exception {
        Path repo = repo();
        Path out = temp.resolve("out");
        CatalogWriter.write(catalog(repo, out));
        byte[] before = Files.readAllBytes(out.resolve("pfocr-20260101-gmt-Homo_sapiens.gmt"));

        String genes = "PMC9100008__fcell-12-1345678-g005-genes.tsv";
        Path table = repo.resolve("_data/" + genes);
        Files.writeString(table, Files.readString(table).replace("\tHomo sapiens\t", "\tHomo-sapiens\t"));
        IOException e = assertThrows(IOException.class, () -> CatalogWriter.write(catalog(repo, out)));
        assertTrue(e.getMessage().contains("'Homo sapiens' and 'Homo-sapiens' would share the file"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("pfocr-20260101-gmt-Homo_sapiens.gmt")));
    }

    // 6. Valid outputs whatever the input

    @Test
    void anUnpairedSurrogateIsAFindingAndEveryJsonOutputStaysValid() throws Exception {
        Path repo = repo();
        Path record = repo.resolve("_figures/" + RECORD + ".md");
        String title = "A synthetic metabolite map for validator testing";
        Files.writeString(record, Files.readString(record).replace("papertitle: " + title,
                "papertitle: \"\\uD800 \\uFFFE " + title + "\""));
        CheckResult r = check(repo);
        assertEquals(List.of("_figures/" + RECORD + ".md"), byRule(r, "text-invalid-unicode").stream()
                .map(Finding::path).toList());

        Path out = temp.resolve("out");
        CheckResultJsonWriter.write(r, out.resolve("check-result.json"));
        SarifWriter.write(r, RuleRegistry.all(), out.resolve("check-result.sarif"));
        CatalogWriter.write(catalog(repo, out));
        for (String name : List.of("check-result.json", "check-result.sarif", "catalog.json", "catalog.jsonld")) {
            IJson.assertValid(out.resolve(name));
        }
        assertTrue(Files.readString(out.resolve("catalog.json")).contains("\uFFFD \uFFFD A synthetic"));
    }


    // 7. Faults

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved() throws Exception {
        Path repo = repo();
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        List<String> stale = List.of(".catalog-figures-123.tmp", ".gmt-456.tmp", ".catalog-789.tmp",
                ".jsonld-1.tmp");
        for (String s : stale) {
            Files.writeString(out.resolve(s), "left by kill -9");
        }
        Files.writeString(out.resolve(".someone-else.tmp"), "not ours");
        CatalogWriter.write(catalog(repo, out));
        for (String s : stale) {
            assertFalse(Files.exists(out.resolve(s)), s);
        }
        assertTrue(Files.exists(out.resolve(".someone-else.tmp")), "only the plugin's own temporary files go");

        Files.writeString(out.resolve(".check-result.json123.tmp"), "left by kill -9");
        CheckResultJsonWriter.write(check(repo), out.resolve("check-result.json"));
        assertFalse(Files.exists(out.resolve(".check-result.json123.tmp")));
    }

    @Test
    void aForgedBaselineCountIsAClearError() throws IOException {
        Path file = temp.resolve("pfocr-baseline.json");
        Files.writeString(file, "{\"formatVersion\":1,\"findings\":[{\"rule\":\"a\",\"path\":\"b\","
                + "\"fingerprint\":\"c\",\"count\":\"many\"}]}");
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class, () -> Baseline.read(file, Baseline.DEFAULT_MAX_SIZE));
        assertTrue(e.getMessage().contains("pfocr-baseline.json: expected a whole number of at least 1 as \"count\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("found 'many'"), e.getMessage());
    }

    @Test
    void aBrokenIncludesPatternIsAClearError() throws IOException {
        Path repo = repo();
        CheckRequest d = CheckRequest.defaults(repo);
        CheckRequest bad = new CheckRequest(repo, d.figuresDirectory(), d.dataDirectory(), d.downloadDirectory(),
                List.of("%regex[\n(]"), List.of(), d.wpidMapFile(), d.ndexMapFile(), d.maxFileSize(), 1,
                d.ruleSettings());
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class, () -> CheckRunner.run(bad));
        assertTrue(e.getMessage().startsWith("parameter includes: invalid regular expression in '%regex[\\n(]'"),
                e.getMessage());
    }

    private static CatalogRequest catalog(Path repo, Path out) {
        return new CatalogRequest(CheckRequest.defaults(repo).withThreads(2), out.resolve("catalog.json"), false,
                LocalDate.of(2026, 1, 1), "org.example:data:1.0.0", "Example data", true, "pfocr", 3, Set.of(),
                out.resolve("catalog.jsonld"), Set.of());
    }
}
