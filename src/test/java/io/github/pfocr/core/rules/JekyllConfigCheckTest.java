package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.RuleHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jekyll's exclude semantics, and the configuration read as untrusted input. */
class JekyllConfigCheckTest {
    private static final List<String> PLUGIN = List.of("pom.xml", "pfocr-baseline.json", "target/");

    @TempDir
    Path temp;

    @Test
    void excludeEntriesMatchAsJekyllMatchesThem() {
        assertTrue(JekyllConfigCheck.excluded("target/", List.of("target")), "a name");
        assertTrue(JekyllConfigCheck.excluded("target/", List.of("target/")), "the directory with its slash");
        assertTrue(JekyllConfigCheck.excluded("target/", List.of("/target")), "a leading slash");
        assertTrue(JekyllConfigCheck.excluded("pom.xml", List.of("*.xml")), "fnmatch");
        assertTrue(JekyllConfigCheck.excluded("pfocr-baseline.json", List.of("pfocr-*")), "fnmatch");
        assertTrue(JekyllConfigCheck.excluded("pom.xml", List.of("pom")), "a prefix, as Jekyll's start_with?");
        assertFalse(JekyllConfigCheck.excluded("pom.xml", List.of("_site", "vendor/", "")));
        assertFalse(JekyllConfigCheck.excluded("target/", List.of("targets")));
    }

    @Test
    void noConfigurationNoFinding() {
        assertEquals(List.of(), JekyllConfigCheck.check(temp, PLUGIN, 1 << 20));
    }

    @Test
    void aMissingEntryIsReportedAtTheExcludeKeyWithWhatToAdd() throws Exception {
        Files.writeString(temp.resolve("_config.yml"), "title: x\nexclude: [target, '*.json']\n");
        List<RuleHit> hits = JekyllConfigCheck.check(temp, PLUGIN, 1 << 20);
        assertEquals(1, hits.size());
        RuleHit h = hits.get(0);
        assertEquals(JekyllConfigCheck.JEKYLL_EXCLUDE_MISSING, h.rule());
        assertEquals(2, h.line());
        assertEquals(1, h.column());
        assertEquals("[pom.xml]", h.expected());
        assertTrue(h.message().endsWith("found an exclude list without pom.xml"), h.message());
    }

    @Test
    void aScalarExcludeAnOversizedOrNonUtf8FileIsReported() throws Exception {
        Path config = temp.resolve("_config.yml");
        Files.writeString(config, "exclude: pom.xml\n");
        assertTrue(JekyllConfigCheck.check(temp, PLUGIN, 1 << 20).get(0).message()
                .endsWith("found an exclude that is not a list"));
        assertTrue(JekyllConfigCheck.check(temp, PLUGIN, 4).get(0).message()
                .endsWith("it is larger than 4 bytes"));
        Files.write(config, new byte[] {'a', ':', ' ', (byte) 0xE2, '\n'});
        assertTrue(JekyllConfigCheck.check(temp, PLUGIN, 1 << 20).get(0).message().endsWith("it is not valid UTF-8"));
    }

    @Test
    void aLinkIsNotFollowed() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.yml"), "title: x\n");
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("_config.yml"), outside);
        assertEquals(List.of(), JekyllConfigCheck.check(repo, PLUGIN, 1 << 20));
    }
}
