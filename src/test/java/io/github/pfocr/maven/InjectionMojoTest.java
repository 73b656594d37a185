package io.github.pfocr.maven;

import io.github.pfocr.testing.TestData;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * Issue 10, point 1: a pull request plants workflow commands, terminal escapes and line separators in a key, a
 * value, a table cell, a map-file line and a file name. Log and standard output go to one stream, as on a runner;
 * no line of it may read as a command unless the plugin wrote it.
 */
@MojoTest
class InjectionMojoTest {
    private static final String POM = "src/test/resources/unit/check-pom.xml";
    static final String PAYLOAD = "\n::error file=pom.xml,line=1::injected\r\n::add-mask::secret\n##[error]legacy\n"
            + "::stop-commands::guessed\n\u001B[31mred\u001B[0m\u2028::warning::ls\u2029::notice::ps\u0085::debug::nl";
    /** What a runner reads as a command: {@code ::name...::} or the legacy {@code ##[name]}. */
    private static final Pattern COMMAND = Pattern.compile("^\\s*(::[A-Za-z-]+.*::|##\\[)");

    @TempDir
    Path temp;

    private static String yamlQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : c == '"' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    private ByteArrayOutputStream hostileRun(CheckMojo mojo) throws Exception {
        TestData.copySampleTo(temp);
        Path record = temp.resolve("_figures/PMC9100006__pone.0301122.g001.md");
        String text = Files.readString(record)
                .replace("caption: 'Invented", yamlQuoted("caption_x" + PAYLOAD) + ": 1\ncaption: 'Invented")
                .replace("papertitle: A synthetic metabolite map for validator testing",
                        "papertitle: " + yamlQuoted(PAYLOAD))
                .replace("figid: PMC9100006__pone.0301122.g001", "figid: " + yamlQuoted("PMC9100006__x" + PAYLOAD));
        Files.writeString(record, text);
        Path genes = temp.resolve("_data/PMC9100008__fcell-12-1345678-g005-genes.tsv");
        Files.writeString(genes, Files.readString(genes).replace("\t1956\t", "\t1956\r::error::tsv\u001B[2J\t"));
        Files.writeString(temp.resolve("_data/wpid_map.tsv"), "PMC9100001__x\r::error::map\u001B]0;title\u0007\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(temp.resolve("_figures/PMC9100009__f\n::error::name.md"), "---\nfigid: x\n---\n");

        when(mojo.project.getBasedir()).thenReturn(temp.toFile());
        setVariableValueToObject(mojo, "figuresDirectory", temp.resolve("_figures").toFile());
        setVariableValueToObject(mojo, "dataDirectory", temp.resolve("_data").toFile());
        setVariableValueToObject(mojo, "downloadDirectory", temp.resolve("download").toFile());
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("target/pfocr").toFile());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        mojo.stdout = out;
        mojo.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                out.println("[ERROR] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                out.println("[WARNING] " + content);
            }

            @Override
            public void info(CharSequence content) {
                out.println("[INFO] " + content);
            }
        });
        assertThrows(MojoFailureException.class, mojo::execute);
        return console;
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void noLogLineFromRecordContentReadsAsAWorkflowCommand(CheckMojo mojo) throws Exception {
        String console = hostileRun(mojo).toString(StandardCharsets.UTF_8);
        assertFalse(console.contains("\u001B"), "no terminal escape reaches the log");
        assertFalse(console.contains("\u009B") || console.contains("\u2028") || console.contains("\u2029")
                || console.contains("\u0085"));
        // The runner splits lines at LF; CR alone is not a line end for it, but no bare CR may remain either.
        assertFalse(console.replace("\r\n", "\n").contains("\r"));
        List<String> lines = console.lines().toList();
        List<String> commands = new ArrayList<>();
        String fenceEnd = null;
        boolean afterFence = false;
        for (String line : lines) {
            if (fenceEnd == null && line.startsWith("::stop-commands::pfocr-")) {
                fenceEnd = "::" + line.substring("::stop-commands::".length()) + "::";
                continue;
            }
            if (line.equals(fenceEnd)) {
                afterFence = true;
                continue;
            }
            if (COMMAND.matcher(line).find()) {
                commands.add(line);
                assertTrue(afterFence && line.matches("::(error|warning|notice) "
                        + "(file=[^,]*,line=\\d+,col=\\d+,title=[a-z-]+|title=pfocr)::.*"),
                        () -> "a command from record content: " + line);
            }
        }
        assertTrue(fenceEnd != null && afterFence, "the findings are fenced by ::stop-commands::");
        int firstFinding = indexOf(lines, "[ERROR] ");
        assertTrue(firstFinding > lines.indexOf(lines.stream().filter(l -> l.startsWith("::stop-commands::"))
                .findFirst().orElseThrow()), "findings are logged inside the fence");
        assertTrue(lines.indexOf(fenceEnd) < indexOf(lines, "::error file="), "annotations come after the fence");
        assertTrue(commands.size() >= 3, commands.toString());
        assertTrue(console.contains("\\n::error file=pom.xml"), "the payload is shown, escaped, on one line");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "maxAnnotations", value = "-1")
    void aNegativeMaxAnnotationsIsAClearError(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("pfocr: maxAnnotations (pfocr.maxAnnotations) must be 0 or more, found -1", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "includes", value = "%regex[(]")
    void aBrokenIncludesPatternIsAClearError(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("pfocr: parameter includes: invalid regular expression in '%regex[(]'"),
                e.getMessage());
    }
}
