package io.github.pfocr.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fix goal as Maven configures it, on a copy of the sample repository with a repairable defect. */
@MojoTest
class FixMojoTest {
    private static final String POM = "src/test/resources/unit/check-pom.xml";
    private static final String RECORD = "_figures/PMC9100004__cells-09-0456-g002.md";

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    /** A copy of the sample repository whose G2a record has a wrong figtype; returns its good text. */
    private String brokenCopy(FixMojo mojo) throws Exception {
        HarnessSupport.useSampleCopy(mojo, temp);
        mojo.setLog(HarnessSupport.capturing(log));
        Path record = temp.resolve(RECORD);
        String good = Files.readString(record, StandardCharsets.UTF_8);
        Files.writeString(record, good.replace("figtype: Figure", "figtype: Scheme").replace("seo: CreativeWork",
                "seo: Other"), StandardCharsets.UTF_8);
        return good;
    }

    @Test
    @InjectMojo(goal = "fix", pom = POM)
    void repairsTheRecordAndReportsWhatItCouldNot(FixMojo mojo) throws Exception {
        String good = brokenCopy(mojo);

        mojo.execute();

        assertEquals(good.replace("seo: CreativeWork", "seo: Other"),
                Files.readString(temp.resolve(RECORD), StandardCharsets.UTF_8));
        assertEquals("INFO pfocr: fixed " + RECORD + " (figtype-number)", log.get(0));
        assertTrue(log.get(1).startsWith("WARN " + RECORD + ":") && log.get(1).contains("[seo-value]")
                && log.get(1).endsWith(" (no automatic repair)"), log.toString());
        assertEquals("INFO pfocr: fixed 1 finding(s) in 1 file(s); 0 could not be repaired, 1 other finding(s) have "
                + "no automatic repair", log.get(2));
    }

    /** The check as pfocr:check runs it, with the mojo's settings and cache; its findings as console lines. */
    private static List<String> check(FixMojo mojo, boolean withCache) throws Exception {
        CheckResult r = AbstractPfocrMojo.check(mojo.project, mojo.checkRequest()
                .withCacheFile(withCache ? mojo.checkRequest().cacheFile() : null), null, null,
                new org.apache.maven.plugin.testing.SilentLog());
        return r.findings().stream().map(Finding::toConsoleLine).toList();
    }

    @Test
    @InjectMojo(goal = "fix", pom = POM)
    void fixUsesTheCheckCacheAndTheFilesItRewritesAreReadAgain(FixMojo mojo) throws Exception {
        String good = brokenCopy(mojo);
        setVariableValueToObject(mojo, "cache", true);
        setVariableValueToObject(mojo, "cacheDirectory", temp.resolve("target/pfocr").toFile());
        // Times well in the past, so that the cache trusts size and time without comparing bytes.
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
        assertTrue(check(mojo, true).stream().anyMatch(l -> l.startsWith(RECORD) && l.contains("[figtype-number]")));
        assertTrue(Files.isRegularFile(temp.resolve("target/pfocr/" + AbstractPfocrMojo.CACHE_FILE)));
        // An edit of the same size under the same time is invisible to a pass that takes the file from the cache.
        String other = "_figures/PMC9100005__IJIB-8-e00412-g004.md";
        String otherText = Files.readString(temp.resolve(other), StandardCharsets.UTF_8);
        Files.writeString(temp.resolve(other), otherText.replace("figtype: Figure", "figtype: Scheme"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(temp.resolve(other), past);

        mojo.execute();

        assertEquals("INFO pfocr: fixed " + RECORD + " (figtype-number)", log.get(0), log.toString());
        assertTrue(Files.readString(temp.resolve(other), StandardCharsets.UTF_8).contains("figtype: Scheme"),
                "the other record came from the check's cache, so fix saw nothing to repair in it");
        assertEquals(good.replace("seo: CreativeWork", "seo: Other"),
                Files.readString(temp.resolve(RECORD), StandardCharsets.UTF_8));

        Files.writeString(temp.resolve(other), otherText, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(temp.resolve(other), past);
        List<String> cached = check(mojo, true);
        assertEquals(check(mojo, false), cached, "the record fix rewrote is read again, not taken from the cache");
        assertTrue(cached.stream().noneMatch(l -> l.contains("[figtype-number]")), cached.toString());
        assertTrue(cached.stream().anyMatch(l -> l.startsWith(RECORD) && l.contains("[seo-value]")), cached.toString());
    }

    @Test
    @InjectMojo(goal = "fix", pom = POM)
    @MojoParameter(name = "dryRun", value = "true")
    void dryRunPrintsTheDiffAndWritesNothing(FixMojo mojo) throws Exception {
        brokenCopy(mojo);
        String broken = Files.readString(temp.resolve(RECORD), StandardCharsets.UTF_8);

        mojo.execute();

        assertEquals(broken, Files.readString(temp.resolve(RECORD), StandardCharsets.UTF_8));
        assertEquals("INFO pfocr: would fix " + RECORD + " (figtype-number):", log.get(0));
        assertEquals("INFO --- a/" + RECORD, log.get(1));
        assertTrue(log.contains("INFO -figtype: Scheme"), log.toString());
        assertTrue(log.contains("INFO +figtype: Figure"), log.toString());
        assertTrue(log.get(log.size() - 1).endsWith("(dry run: nothing was written)"), log.toString());
    }

    @Test
    @InjectMojo(goal = "fix", pom = POM)
    @MojoParameter(name = "fixRules", value = "figtype-number,year-format")
    void aRuleWithoutARepairIsAConfigurationError(FixMojo mojo) throws Exception {
        brokenCopy(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr: rule 'year-format' has no repair; rules with one: "
                + "figid-alias-number, "), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "fix", pom = POM)
    @MojoParameter(name = "skipFix", value = "true")
    void skipChangesNothing(FixMojo mojo) throws Exception {
        String good = brokenCopy(mojo);
        mojo.execute();
        assertEquals(List.of("INFO pfocr: fix skipped"), log);
        assertEquals(good.replace("figtype: Figure", "figtype: Scheme").replace("seo: CreativeWork", "seo: Other"),
                Files.readString(temp.resolve(RECORD), StandardCharsets.UTF_8));
    }
}
