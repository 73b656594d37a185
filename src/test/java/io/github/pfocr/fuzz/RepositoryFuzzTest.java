package io.github.pfocr.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.output.CheckResultJsonWriter;
import io.github.pfocr.core.output.GithubAnnotations;
import io.github.pfocr.core.output.JUnitXmlWriter;
import io.github.pfocr.core.output.SarifWriter;
import io.github.pfocr.core.output.StepSummary;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.rules.RecordCheck;
import io.github.pfocr.core.rules.RuleRegistry;
import io.github.pfocr.testing.IJson;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Coverage-guided fuzz targets (Jazzer) for the reader, every rule and every writer. A plain {@code mvn test} replays
 * the committed inputs under {@code RepositoryFuzzTestInputs/<target>/} (seeds, and every crash the fuzzer found,
 * kept as a regression test); {@code mvn -Pfuzz test} fuzzes one target (see README, Security).
 */
class RepositoryFuzzTest {
    /** Separates the parts of an input: figure file, genes table, wpid map (ASCII record separator). */
    private static final byte SEPARATOR = 0x1E;
    private static final String FIGID = "PMC1__f1";
    private static final Path REPO = temp("pfocr-fuzz-repo");

    private static Path temp(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader and every record rule, in memory: fast, so the fuzzer explores the YAML parser deeply. */
    @FuzzTest(maxDuration = "5m")
    void frontMatter(byte[] input) {
        FindingSink sink = new FindingSink("_figures/" + FIGID + ".md");
        MapNode root = new FrontMatterReader(1 << 20).read(input, sink);
        if (root != null) {
            FigureRecord record = new FigureRecord(sink.path(), FIGID, root);
            for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
                check.check(record, sink);
            }
        } else {
            assertFalse(sink.findings().isEmpty(), "no front matter without a reason");
        }
        sink.findings().forEach(RepositoryFuzzTest::assertWellFormed);
    }

    /**
     * A one-record repository (figure file, genes table, wpid map) through the whole check and release: every
     * report and release file must keep its structure and be valid, whatever the input.
     */
    @FuzzTest(maxDuration = "5m")
    void wholeRepository(byte[] input) throws Exception {
        List<byte[]> parts = split(input);
        writeRepository(parts);
        CheckResult result;
        try {
            result = CheckRunner.run(CheckRequest.defaults(REPO).withThreads(1));
        } catch (CheckConfigurationException e) {
            return; // a figure file name the file system refused: nothing to check
        }
        result.findings().forEach(RepositoryFuzzTest::assertWellFormed);

        Path out = REPO.resolve("target");
        CheckResultJsonWriter.write(result, out.resolve("check-result.json"));
        SarifWriter.write(result, RuleRegistry.all(), out.resolve("check-result.sarif"));
        JUnitXmlWriter.write(result, out.resolve("TEST-pfocr-check.xml"));
        IJson.assertValid(out.resolve("check-result.json"));
        IJson.assertValid(out.resolve("check-result.sarif"));
        assertNotNull(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("TEST-pfocr-check.xml").toFile()));
        for (String line : GithubAnnotations.lines(result.findings(), 10, "target/pfocr/check-result.json")) {
            assertTrue(line.startsWith("::") && line.indexOf('\n') < 0 && line.indexOf('\r') < 0, line);
        }
        for (String line : StepSummary.markdown(result, 10).split("\n", -1)) {
            assertPrintable(line);
        }

        try {
            CatalogWriter.write(new CatalogRequest(CheckRequest.defaults(REPO).withThreads(1),
                    out.resolve("catalog.json"), false, LocalDate.of(2026, 1, 1), "g:a:1", "fuzz", true, "pfocr", 1,
                    Set.of(), out.resolve("catalog.jsonld"), Set.of()));
        } catch (IOException e) {
            assertTrue(e.getMessage().startsWith("refusing to write"), e.getMessage());
            return;
        }
        IJson.assertValid(out.resolve("catalog.json"));
        IJson.assertValid(out.resolve("catalog.jsonld"));
        try (Stream<Path> gmt = Files.list(out)) {
            for (Path f : gmt.filter(p -> p.getFileName().toString().endsWith(".gmt")).toList()) {
                assertTrue(f.getFileName().toString().matches("pfocr-20260101-gmt-[A-Za-z0-9._]+\\.gmt"),
                        f.getFileName().toString());
                for (String line : Files.readString(f).split("\n")) {
                    String[] fields = line.split("\t", -1);
                    assertTrue(fields.length >= 3, line);
                    for (String field : fields) {
                        assertFalse(field.isEmpty(), line);
                        assertPrintable(field);
                    }
                }
            }
        }
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == SEPARATOR) {
                byte[] part = new byte[i - from];
                System.arraycopy(input, from, part, 0, part.length);
                parts.add(part);
                from = i + 1;
            }
        }
        return parts;
    }

    private static void writeRepository(List<byte[]> parts) throws IOException {
        for (String dir : List.of("_figures", "_data", "target")) {
            Path d = REPO.resolve(dir);
            if (Files.exists(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(d);
        }
        Files.write(REPO.resolve("_figures/" + FIGID + ".md"), parts.get(0));
        if (parts.size() > 1) {
            Files.write(REPO.resolve("_data/" + FIGID + "-genes.tsv"), parts.get(1));
        }
        if (parts.size() > 2) {
            Files.write(REPO.resolve("_data/wpid_map.tsv"), parts.get(2));
        }
    }

    private static void assertWellFormed(Finding f) {
        assertTrue(f.line() >= 1 && f.column() >= 1, f.toConsoleLine());
        assertNotNull(RuleRegistry.byId(f.ruleId()), f.ruleId());
        assertFalse(f.message().isBlank(), f.toConsoleLine());
        if (f.ruleId().equals("internal-error")) {
            fail(f.toConsoleLine());
        }
        assertPrintable(f.toConsoleLine());
    }

    /** No character that could end a log line or reach the terminal as a control sequence. */
    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029') {
                fail(String.format("U+%04X at %d in %s", (int) c, i, s));
            }
        }
    }

}
