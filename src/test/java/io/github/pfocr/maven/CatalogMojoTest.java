package io.github.pfocr.maven;

import io.github.pfocr.testing.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import io.github.pfocr.core.catalog.CatalogWriterTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The catalog goal as Maven configures it, on the bundled sample repository. */
@MojoTest
class CatalogMojoTest {
    private static final String POM = "src/test/resources/unit/catalog-pom.xml";
    private static final Path OUT = Path.of("target/harness-catalog");

    @TempDir
    Path temp;

    @BeforeEach
    void clean() throws IOException {
        if (Files.exists(OUT)) {
            try (Stream<Path> files = Files.walk(OUT)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void project(CatalogMojo mojo) {
        Artifact main = new DefaultArtifact("org.example", "data", "1.0.0", null, "pom", null,
                new DefaultArtifactHandler("pom"));
        when(mojo.project.getArtifact()).thenReturn(main);
        when(mojo.project.getGroupId()).thenReturn("org.example");
        when(mojo.project.getArtifactId()).thenReturn("data");
        when(mojo.project.getVersion()).thenReturn("1.0.0");
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    void afterACheckWithTheSameFindingsItSaysSoInsteadOfListingThemAgain(CatalogMojo mojo) throws Exception {
        project(mojo);
        setVariableValueToObject(mojo, "cache", true);
        setVariableValueToObject(mojo, "cacheDirectory", temp.resolve("cache").toFile());
        // The project's context, as Maven keeps it for the goals of one build.
        Map<String, Object> context = new HashMap<>();
        doAnswer(i -> context.put(i.getArgument(0), i.getArgument(1))).when(mojo.project)
                .setContextValue(anyString(), any());
        when(mojo.project.getContextValue(anyString())).thenAnswer(i -> context.get(i.<String>getArgument(0)));
        List<String> log = new ArrayList<>();
        mojo.setLog(HarnessSupport.capturing(log));

        mojo.execute(); // as pfocr:check would: lists and sums up the findings, leaves them for the later goals
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: checked 9 figure file(s)")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("1 info finding(s) not listed")), log.toString());

        log.clear();
        mojo.execute();
        assertEquals("INFO pfocr: the same 0 error(s), 0 warning(s), 1 info as this build's check (not listed again); "
                + "0 of 9 figure file(s) read again, the rest taken from the check's cache", log.get(0));
        assertTrue(log.stream().noneMatch(l -> l.contains("pfocr: checked ") || l.contains("not listed (")),
                log.toString());
        assertTrue(log.get(1).startsWith("INFO pfocr: catalog of 9 figure(s) written to "), log.toString());
        // The goal's own time, which bench/run.sh adds to the check's for a package.
        assertTrue(log.get(1).matches("INFO pfocr: catalog of .* in [0-9]+\\.[0-9] s"), log.get(1));

        context.put(AbstractPfocrMojo.CHECKED_FINDINGS, List.of()); // an earlier check that found something else
        log.clear();
        mojo.execute();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO pfocr: checked 9 figure file(s)")), log.toString());
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    void writesAndAttachesTheCatalogAndGeneSets(CatalogMojo mojo) throws Exception {
        project(mojo);
        mojo.execute();
        JsonNode catalog = new ObjectMapper().readTree(OUT.resolve("catalog.json").toFile());
        assertEquals("2026-03-04", catalog.get("releaseDate").asText());
        assertEquals("org.example:data:1.0.0", catalog.get("repository").asText());
        assertEquals(9, catalog.get("figures").size());
        assertTrue(Files.exists(OUT.resolve("pfocr-20260304-gmt-Homo_sapiens.gmt")));
        assertFalse(Files.exists(OUT.resolve("catalog.jsonld")));
        verify(mojo.project).addAttachedArtifact(argThat(a -> "catalog".equals(a.getClassifier())
                && "json".equals(a.getType()) && a.getFile().toPath().endsWith("catalog.json")));
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "gzip", value = "true")
    @MojoParameter(name = "jsonld", value = "true")
    void gzipAndJsonLd(CatalogMojo mojo) throws Exception {
        project(mojo);
        mojo.execute();
        assertTrue(Files.exists(OUT.resolve("catalog.json.gz")));
        assertTrue(Files.exists(OUT.resolve("catalog.jsonld")));
        verify(mojo.project).addAttachedArtifact(argThat(a -> "json.gz".equals(a.getType())));
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "skipAttach", value = "true")
    void skipAttachWritesButDoesNotAttach(CatalogMojo mojo) throws Exception {
        project(mojo);
        mojo.execute();
        assertTrue(Files.exists(OUT.resolve("catalog.json")));
        verify(mojo.project, never()).addAttachedArtifact(any());
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "skipCatalog", value = "true")
    void skipWritesNothing(CatalogMojo mojo) throws Exception {
        mojo.execute();
        assertFalse(Files.exists(OUT.resolve("catalog.json")));
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    void aFailingRepositoryGetsNoCatalogAndKeepsTheOldOne(CatalogMojo mojo) throws Exception {
        project(mojo);
        mojo.execute();
        byte[] before = Files.readAllBytes(OUT.resolve("catalog.json"));

        brokenCopy(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("pfocr:catalog found 1 error(s) and 0 warning(s) in 1 of 19 checked file(s); no catalog was "
                + "written (fix them, or run mvn pfocr:check for the list)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(OUT.resolve("catalog.json")));

        Files.delete(OUT.resolve("catalog.json"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse(Files.exists(OUT.resolve("catalog.json")));
        try (Stream<Path> left = Files.list(OUT)) {
            assertEquals(0, left.filter(p -> p.toString().endsWith(".tmp")).count());
        }
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "outputTimestamp", value = "1767225600")
    void epochSecondsOutputTimestamp(CatalogMojo mojo) throws Exception {
        project(mojo);
        mojo.execute();
        JsonNode catalog = new ObjectMapper().readTree(new File(OUT.toFile(), "catalog.json"));
        assertEquals("2026-01-01", catalog.get("releaseDate").asText());
    }

    /** A copy of the sample repository with one record broken (figtype-number, an error). */
    private Path brokenCopy(CatalogMojo mojo) throws Exception {
        TestData.copySampleTo(temp);
        Path record = temp.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        Files.writeString(record, Files.readString(record).replace("figtype: Figure", "figtype: Scheme"));
        when(mojo.project.getBasedir()).thenReturn(temp.toFile());
        setVariableValueToObject(mojo, "figuresDirectory", temp.resolve("_figures").toFile());
        setVariableValueToObject(mojo, "dataDirectory", temp.resolve("_data").toFile());
        return temp;
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "failOnError", value = "false")
    void theSharedFailOnErrorPublishesWithoutTheRecordsWithErrors(CatalogMojo mojo) throws Exception {
        publishedWithoutTheBrokenRecord(mojo);
    }

    /** Runs the goal on the broken copy; the catalog is valid, has every record but the broken one, and says so. */
    private void publishedWithoutTheBrokenRecord(CatalogMojo mojo) throws Exception {
        project(mojo);
        brokenCopy(mojo);
        List<String> warnings = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        mojo.execute();
        JsonNode catalog = new ObjectMapper().readTree(OUT.resolve("catalog.json").toFile());
        assertEquals(Set.of(), CatalogWriterTest.schema().validate(catalog));
        assertEquals(8, catalog.get("figures").size());
        for (JsonNode f : catalog.get("figures")) {
            assertFalse(f.get("figid").asText().equals("PMC9100004__cells-09-0456-g002"), "the record with an error");
        }
        assertTrue(warnings.contains("pfocr: 1 record(s) left out of the catalog: 1 with errors, 0 repeating an "
                + "earlier figid"), warnings.toString());
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "maxAllowedErrors", value = "1")
    void maxAllowedErrorsGovernsTheCatalogToo(CatalogMojo mojo) throws Exception {
        publishedWithoutTheBrokenRecord(mojo);
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "catalogFailOnError", value = "false")
    void theOldCatalogSwitchIsAnAlias(CatalogMojo mojo) throws Exception {
        publishedWithoutTheBrokenRecord(mojo);
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    void theCatalogGoesToOutputDirectoryWithoutAnOutputFile(CatalogMojo mojo) throws Exception {
        project(mojo);
        setVariableValueToObject(mojo, "outputFile", null);
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("elsewhere").toFile());
        mojo.execute();
        assertTrue(Files.isRegularFile(temp.resolve("elsewhere/catalog.json")));
        assertTrue(Files.exists(temp.resolve("elsewhere/pfocr-20260304-gmt-Homo_sapiens.gmt")));
    }

    @Test
    @InjectMojo(goal = "catalog", pom = POM)
    @MojoParameter(name = "gmtMinGenes", value = "-2")
    void aNegativeGmtMinGenesIsAConfigurationError(CatalogMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: parameter gmtMinGenes must be 0 or more, found -2", e.getMessage());
    }
}
