package io.github.pfocr.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pfocr.testing.TestData;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/** The baseline goal writes every current finding, and a second run drops the fixed ones. */
@MojoTest
class BaselineMojoTest {
    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    @Test
    @InjectMojo(goal = "baseline", pom = "src/test/resources/unit/check-pom.xml")
    void writesTheBaselineAndDropsFixedEntriesOnTheNextRun(BaselineMojo mojo) throws Exception {
        prepare(mojo);
        Path record = temp.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        String good = Files.readString(record);
        Files.writeString(record, good.replace("figtype: Figure", "figtype: Scheme"));

        mojo.execute();
        JsonNode baseline = new ObjectMapper().readTree(temp.resolve("pfocr-baseline.json").toFile());
        assertEquals(2, baseline.get("findings").size());
        assertEquals("figtype-number", baseline.at("/findings/0/rule").asText());
        assertEquals("_figures/PMC9100004__cells-09-0456-g002.md", baseline.at("/findings/0/path").asText());
        assertEquals("pfocr: baseline of 2 finding(s) in 2 entr(ies) written to pfocr-baseline.json", log.get(0));

        Files.writeString(record, good);
        mojo.execute();
        baseline = new ObjectMapper().readTree(temp.resolve("pfocr-baseline.json").toFile());
        assertEquals(1, baseline.get("findings").size());
        assertEquals("organisms-placeholder", baseline.at("/findings/0/rule").asText());
        assertTrue(log.get(1).endsWith("written to pfocr-baseline.json (0 new, 1 fixed and dropped)"), log.get(1));
    }

    @Test
    @InjectMojo(goal = "baseline", pom = "src/test/resources/unit/check-pom.xml")
    void aPartialSelectionKeepsTheEntriesOfEveryOtherFile(BaselineMojo mojo) throws Exception {
        prepare(mojo);
        Path record = temp.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        Files.writeString(record, Files.readString(record).replace("figtype: Figure", "figtype: Scheme"));
        mojo.execute();
        JsonNode full = new ObjectMapper().readTree(temp.resolve("pfocr-baseline.json").toFile());
        assertEquals(2, full.get("findings").size());

        // pfocr:baseline -Dpfocr.includes=PMC9100001*.md: neither entry is in the selection, both are kept.
        setVariableValueToObject(mojo, "includes", List.of("PMC9100001*.md"));
        log.clear();
        mojo.execute();
        JsonNode partial = new ObjectMapper().readTree(temp.resolve("pfocr-baseline.json").toFile());
        assertEquals(full.get("findings"), partial.get("findings"));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("pfocr: partial run: 1 figure file(s) selected, 8 left "
                + "out")), log::toString);
        assertTrue(log.get(log.size() - 1).endsWith("(0 new, 0 fixed and dropped; entries of what this partial run "
                + "did not check are kept)"), log::toString);
    }

    /** A copy of the sample repository for the goal to work on, its info lines captured in {@link #log}. */
    private void prepare(BaselineMojo mojo) throws Exception {
        TestData.copySampleTo(temp);
        when(mojo.project.getBasedir()).thenReturn(temp.toFile());
        setVariableValueToObject(mojo, "figuresDirectory", temp.resolve("_figures").toFile());
        setVariableValueToObject(mojo, "dataDirectory", temp.resolve("_data").toFile());
        setVariableValueToObject(mojo, "baselineFile", temp.resolve("pfocr-baseline.json").toFile());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
    }
}
