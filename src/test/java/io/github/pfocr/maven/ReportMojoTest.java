package io.github.pfocr.maven;

import io.github.pfocr.core.catalog.RecordYears;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.testing.TestData;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site report's page, rendered through Doxia's XHTML5 sink as the site plugin does. */
class ReportMojoTest {
    @TempDir
    Path temp;

    private static String html(CheckResult result, Map<String, Integer> years) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        ReportMojo.render(sink, result, years);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void findingsPerRuleAndFileWithLinksCountsAndCharts() throws Exception {
        TestData.copySampleTo(temp);
        Path record = temp.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        Files.writeString(record, Files.readString(record).replace("figtype: Figure", "figtype: \"<Scheme>\\u0007\""));
        CheckRequest request = CheckRequest.defaults(temp).withThreads(2);
        RecordYears listener = new RecordYears();
        CheckResult result = CheckRunner.run(request, listener);
        Map<String, Integer> years = listener.counts();
        assertEquals(Map.of("2018", 1, "2019", 1, "2020", 3, "2021", 1, "2024", 3), years);

        String html = html(result, years);
        assertTrue(html.contains(" href=\"https://github.com/pfocr/pfocr-maven-plugin#rule-figtype-value\">"
                + "figtype-value</a>"), "each rule links to its description");
        assertTrue(html.contains("<td>The record fits") || html.contains("figtype is one of"), html);
        assertTrue(html.contains("_figures/PMC9100004__cells-09-0456-g002.md"), "findings per file");
        assertTrue(html.contains("&lt;Scheme&gt;"), "record content is escaped");
        assertFalse(html.contains("<Scheme>"));
        assertTrue(html.contains("&lt;Scheme&gt;\\u0007"), "control characters are made printable");
        assertFalse(html.contains("\u0007"));
        assertTrue(html.contains("<td>G2b</td>\n<td>4</td>") || html.matches("(?s).*<td>G2b</td>\\s*<td>4</td>.*"),
                "generation counts");
        assertEquals(2, html.split("<svg ", -1).length - 1, "one chart of findings per rule, one of years");
        assertTrue(html.contains("<title>Records per year</title>"));
        assertTrue(html.contains(">2024</text>"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no JavaScript");
    }
}
