package io.github.pfocr.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/** The check goal as Maven configures it (maven-plugin-testing-harness), on the bundled sample repository. */
@MojoTest
class CheckMojoTest {
    private static final String POM = "src/test/resources/unit/check-pom.xml";

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void cleanOutput() throws IOException {
        Path out = Path.of("target/harness/pfocr/check-result.json");
        Files.deleteIfExists(out);
    }

    /** Points the mojo at a copy of the sample repository in a temporary base directory and captures its log. */
    private Path useCopy(CheckMojo mojo) throws Exception {
        HarnessSupport.useSampleCopy(mojo, temp);
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("target/pfocr").toFile());
        capture(mojo);
        return temp;
    }

    private void capture(CheckMojo mojo) {
        mojo.setLog(HarnessSupport.capturing(log));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void sampleRepositoryPassesAndTheResultFileIsWritten(CheckMojo mojo) throws Exception {
        capture(mojo);
        mojo.execute();
        JsonNode result = new ObjectMapper().readTree(new File("target/harness/pfocr/check-result.json"));
        assertEquals(0, result.at("/summary/errors").asInt());
        assertEquals(9, result.at("/summary/figureFiles").asInt());
        assertEquals(2, result.at("/summary/generations/G1a").asInt());
        assertEquals(4, result.at("/summary/generations/G2b").asInt());
        assertEquals("pfocr-maven-plugin", result.at("/tool/name").asText());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: checked 9 figure file(s) (G1a 2, G1b 2, G2a 1,"
                + " G2b 4, unknown 0, unreadable 0), 8 table(s), 2 map file(s): 0 error(s), 0 warning(s), 1 info in ")),
                log.toString());
        assertEquals(1, result.at("/summary/infos").asInt());
        assertTrue(result.at("/summary/partial").isMissingNode(), "a full run has no partial block");
        assertTrue(log.contains("INFO pfocr: 1 info finding(s) not listed (-Dpfocr.showInfo lists them); all are in "
                + "target/harness/pfocr/check-result.json"), log.toString());
        assertTrue(log.stream().noneMatch(l -> l.contains("[organisms-placeholder]")), "infos are not listed");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void errorsAreLoggedWithPositionsAndFailTheBuild(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Path record = base.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        String text = Files.readString(record).replace("figtype: Figure", "figtype: Scheme");
        Files.writeString(record, text);
        int line = lineOf(text, "figtype: Scheme");

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("pfocr:check found 1 error(s) and 0 warning(s) in 1 of 19 checked file(s); see "
                + "target/pfocr/check-result.json. Run 'mvn pfocr:fix' to repair 1 of them.", e.getMessage());
        assertTrue(log.contains("ERROR _figures/PMC9100004__cells-09-0456-g002.md:" + line + ":10: error "
                + "[figtype-number] figtype: expected 'Figure' for number 'F2', found 'Scheme'"), log.toString());
        assertTrue(log.stream().noneMatch(l -> l.contains("_figures/PMC9100006__pone.0301122.g001.md:")), "an info");
        JsonNode result = new ObjectMapper().readTree(base.resolve("target/pfocr/check-result.json").toFile());
        JsonNode finding = result.at("/findings/0");
        assertEquals("_figures/PMC9100004__cells-09-0456-g002.md", finding.get("path").asText());
        assertEquals(line, finding.get("line").asInt());
        assertEquals("figtype-number", finding.get("rule").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("PMC9100004__cells-09-0456-g002", finding.get("figid").asText());
        assertEquals("Figure", finding.get("expected").asText());
        assertEquals("Scheme", finding.get("value").asText());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseReportsButPasses(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Files.writeString(base.resolve("_figures/PMC9100001__jbio-12-101-g001.md"), "---\nfigid: [unclosed\n---\n");
        mojo.execute();
        assertTrue(log.stream().anyMatch(l -> l.contains("error [yaml-syntax]")), log.toString());
        assertTrue(log.contains("WARN pfocr: not failing the build: 1 error(s) (failOnError=false, maxAllowedErrors=0),"
                + " 0 warning(s) (failOnWarning=false, maxAllowedWarnings=0)"), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningIgnoresTheSampleInfo(CheckMojo mojo) throws Exception {
        capture(mojo);
        mojo.execute();
        assertTrue(log.stream().anyMatch(l -> l.contains("0 error(s), 0 warning(s), 1 info in")), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnWarning", value = "true")
    @MojoParameter(name = "showInfo", value = "true")
    void failOnWarningFailsOnAWarningAndShowInfoListsInfos(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Path record = base.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        String text = Files.readString(record);
        String title = text.lines().filter(l -> l.startsWith("figtitle: ")).findFirst().orElseThrow();
        Files.writeString(record, text.replace(title, "figtitle: Tiny"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr:check found 0 error(s) and 1 warning(s)"), e.getMessage());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN _figures/PMC9100004__cells-09-0456-g002.md:")
                && l.contains("[figtitle-length]")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO _figures/PMC9100006__pone.0301122.g001.md:7:3: info "
                + "[organisms-placeholder]")), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnWarning", value = "true")
    @MojoParameter(name = "ruleOverrides", value = "figlink-pmcid:info")
    void anErrorSetToInfoNeverFailsTheBuild(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Path record = base.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        Files.writeString(record, Files.readString(record).replace("articles/PMC9100004/", "articles/PMC9100005/"));
        mojo.execute();
        assertTrue(log.stream().anyMatch(l -> l.contains("0 error(s), 0 warning(s), 2 info in")), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(CheckMojo mojo) throws Exception {
        capture(mojo);
        mojo.execute();
        assertFalse(Files.exists(Path.of("target/harness/pfocr/check-result.json")));
        assertEquals(List.of("INFO pfocr: check skipped"), log);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skipCheck", value = "true")
    void goalSkipWritesNothing(CheckMojo mojo) throws Exception {
        capture(mojo);
        mojo.execute();
        assertFalse(Files.exists(Path.of("target/harness/pfocr/check-result.json")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "excludes", value = "PMC9100006*")
    void excludesLeaveFilesOut(CheckMojo mojo) throws Exception {
        capture(mojo);
        mojo.execute();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: checked 8 figure file(s)")), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "figuresDirectory", value = "${basedir}/no-such-directory")
    void aMissingFiguresDirectoryIsAConfigurationError(CheckMojo mojo) {
        capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no-such-directory does not exist"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "outputFormats", value = "json,sarif,junit")
    @MojoParameter(name = "maxAllowedErrors", value = "1")
    void inGithubActionsAnnotationsAndReportsAreWritten(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Path record = base.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        Files.writeString(record, Files.readString(record).replace("figtype: Figure", "figtype: Scheme"));
        Path summary = base.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())::get;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        mojo.stdout = new PrintStream(stdout, true, StandardCharsets.UTF_8);

        mojo.execute();
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        // the logged findings are fenced off from the runner; the annotations come after the fence
        assertTrue(lines.get(0).matches("::stop-commands::pfocr-[0-9a-f]{32}"), lines.get(0));
        assertEquals("::" + lines.get(0).substring("::stop-commands::".length()) + "::", lines.get(1));
        lines = lines.subList(2, lines.size());
        assertEquals(List.of("::error file=_figures/PMC9100004__cells-09-0456-g002.md,line=23,col=10,"
                + "title=figtype-number::figtype: expected 'Figure' for number 'F2', found 'Scheme'",
                "::notice file=_figures/PMC9100006__pone.0301122.g001.md,line=7,col=3,title=organisms-placeholder::"
                        + "organisms_ner: expected an organism name, found the placeholder 'NA'"), lines);
        assertTrue(Files.isRegularFile(base.resolve("target/pfocr/check-result.sarif")));
        assertTrue(Files.isRegularFile(base.resolve("target/pfocr/TEST-pfocr-check.xml")));
        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step\n## pfocr check"), md);
        assertTrue(md.contains("figtype-number"), md);
        assertTrue(log.contains("INFO pfocr: findings per rule: figtype-number 1, organisms-placeholder 1"),
                log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "outputFormats", value = "json,html")
    void anUnknownOutputFormatIsAConfigurationError(CheckMojo mojo) {
        capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: unknown output format 'html' (expected json, sarif, junit)", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "ruleOverrides", value = "organisms-placeholder:error")
    void commandLineRuleOverridesChangeWhatFails(CheckMojo mojo) {
        capture(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr:check found 1 error(s) and 0 warning(s)"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "includes", value = "PMC9100001*.md")
    void aPartialRunReportsNoBaselinedFindingOfAnUncheckedFileAsFixed(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        setVariableValueToObject(mojo, "baselineFile", base.resolve("pfocr-baseline.json").toFile());
        io.github.pfocr.core.engine.Baseline.of(io.github.pfocr.core.engine.CheckRunner.run(
                io.github.pfocr.core.engine.CheckRequest.defaults(base)).findings())
                .write(base.resolve("pfocr-baseline.json"));
        mojo.execute();
        assertTrue(log.stream().noneMatch(l -> l.contains("are fixed")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: partial run: figid-unique, figid-alias-unique,")
                && l.endsWith("compared only the selected records; run without includes/excludes for the whole "
                        + "repository")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: checked 1 figure file(s)")), log.toString());
        JsonNode result = new ObjectMapper().readTree(base.resolve("target/pfocr/check-result.json").toFile());
        assertEquals(8, result.at("/summary/partial/unselectedFigureFiles").asInt());
        assertEquals("figid-unique", result.at("/summary/partial/selectionOnlyRules/0").asText());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aBaselineLargerThanMaxBaselineSizeIsAConfigurationErrorNamingIt(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Path file = base.resolve("pfocr-baseline.json");
        setVariableValueToObject(mojo, "baselineFile", file.toFile());
        io.github.pfocr.core.engine.Baseline.of(io.github.pfocr.core.engine.CheckRunner.run(
                io.github.pfocr.core.engine.CheckRequest.defaults(base)).findings()).write(file);
        assertEquals(io.github.pfocr.core.engine.Baseline.DEFAULT_MAX_SIZE,
                (long) getVariableValueFromObject(mojo, "maxBaselineSize"), "the documented default");
        setVariableValueToObject(mojo, "maxBaselineSize", Files.size(file));
        mojo.execute(); // at the limit: read

        setVariableValueToObject(mojo, "maxBaselineSize", Files.size(file) - 1);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr: could not read the baseline pfocr-baseline.json: baseline "),
                e.getMessage());
        assertTrue(e.getMessage().contains("is larger than maxBaselineSize (pfocr.maxBaselineSize) of "
                + (Files.size(file) - 1) + " bytes; not read"), e.getMessage());

        setVariableValueToObject(mojo, "maxBaselineSize", 0L);
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: parameter maxBaselineSize must be at least 1, found 0", e.getMessage());
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Gives the mocked project a pom file and a build directory inside the copy, as Maven would. */
    private void pomAndBuild(CheckMojo mojo, Path base) {
        when(mojo.project.getFile()).thenReturn(base.resolve("pom.xml").toFile());
        org.apache.maven.model.Build build = new org.apache.maven.model.Build();
        build.setDirectory(base.resolve("target").toString());
        when(mojo.project.getBuild()).thenReturn(build);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void jekyllConfigWithoutTheExcludesIsAWarning(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        pomAndBuild(mojo, base);
        setVariableValueToObject(mojo, "baselineFile", base.resolve("pfocr-baseline.json").toFile());
        Files.writeString(base.resolve("_config.yml"), "title: PFOCR\nexclude:\n  - .jekyll-cache/\n");
        mojo.execute();
        assertTrue(log.contains("WARN _config.yml:2:1: warning [jekyll-exclude-missing] exclude: expected pom.xml, "
                + "pfocr-baseline.json, target/ (what the plugin adds; Jekyll would publish it), found an exclude list "
                + "without pom.xml, pfocr-baseline.json, target/"), log.toString());

        log.clear();
        Files.writeString(base.resolve("_config.yml"), "title: PFOCR\nexclude:\n  - .jekyll-cache/\n  - pom.xml\n"
                + "  - pfocr-baseline.json\n  - target/\n");
        mojo.execute();
        assertFalse(log.stream().anyMatch(l -> l.contains("jekyll-exclude-missing")), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aHostileJekyllConfigIsAFindingNotAHang(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        pomAndBuild(mojo, base);
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        Files.writeString(base.resolve("_config.yml"), bomb + "exclude: [pom.xml]\n");
        mojo.execute();
        assertTrue(log.contains("WARN _config.yml:1:1: warning [jekyll-exclude-missing] exclude: expected pom.xml, "
                + "target/ (what the plugin adds; Jekyll would publish it), found a file that cannot be checked: it "
                + "is not valid YAML"), log.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "maxAllowedErrors", value = "-1")
    void aNegativeLimitIsAConfigurationErrorNamingTheParameter(CheckMojo mojo) throws Exception {
        useCopy(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: parameter maxAllowedErrors must be 0 or more, found -1", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aBadPatternIsAConfigurationErrorNamingTheParameter(CheckMojo mojo) throws Exception {
        useCopy(mojo);
        setVariableValueToObject(mojo, "excludes", List.of("%regex[PMC(]"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr: parameter excludes: invalid regular expression in "
                + "'%regex[PMC(]': "), e.getMessage());
        setVariableValueToObject(mojo, "excludes", List.of());
        setVariableValueToObject(mojo, "includes", List.of(" "));
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: parameter includes: empty pattern", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void includesAndExcludesUseMavensPatternSyntax(CheckMojo mojo) throws Exception {
        Path base = useCopy(mojo);
        Files.createDirectories(base.resolve("_figures/drafts"));
        Files.writeString(base.resolve("_figures/drafts/note.md"), "not a record\n");
        setVariableValueToObject(mojo, "excludes", List.of("drafts/", "**/PMC910000[12]*"));
        mojo.execute();
        JsonNode result = new ObjectMapper().readTree(base.resolve("target/pfocr/check-result.json").toFile());
        assertEquals(9, result.at("/summary/figureFiles").asInt(), "drafts/ left out; [12] is no Maven syntax");
        setVariableValueToObject(mojo, "excludes", List.of("drafts/**", "**/PMC910000?__*"));
        setVariableValueToObject(mojo, "includes", List.of("**/*.md"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr: no figure file found in _figures matching includes [**/*.md] "
                + "and excludes [drafts/**, **/PMC910000?__*]"), "? is one character, ** any directories: "
                + e.getMessage());
    }
}
