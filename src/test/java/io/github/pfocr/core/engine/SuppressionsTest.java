package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Suppression;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline {@code # pfocr-disable} comments, through the whole pipeline on a copy of the sample repository. */
class SuppressionsTest {
    /** The sample's one warning: organisms-placeholder on line 7 of this record. */
    private static final String RECORD = "_figures/PMC9100006__pone.0301122.g001.md";

    @TempDir
    Path repo;

    private CheckResult checkWith(String comment, RuleSettings settings) throws Exception {
        TestData.copySampleTo(repo);
        Path file = repo.resolve(RECORD);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\norganisms_ner:", "\n" + comment + "\norganisms_ner:"));
        return CheckRunner.run(CheckRequest.defaults(repo).withRuleSettings(settings));
    }

    private static List<String> lines(CheckResult r) {
        return r.findings().stream().map(Finding::toConsoleLine).toList();
    }

    @Test
    void parsesTheDirective() {
        Suppression s = Suppression.parse("  # pfocr-disable figlink-format, keywords-na", 9);
        assertEquals(new Suppression(9, 3, List.of("figlink-format", "keywords-na")), s);
        assertEquals(List.of("year-empty"), Suppression.parse("year: '' # pfocr-disable: year-empty", 4).ruleIds());
        assertEquals(10, Suppression.parse("year: '' # pfocr-disable: year-empty", 4).column());
        assertNull(Suppression.parse("caption: see pfocr-disable docs", 4));
        assertNull(Suppression.parse("# pfocr-disable", 4));
    }

    @Test
    void aSuppressionRemovesItsRuleInItsFileOnly() throws Exception {
        CheckResult r = checkWith("# pfocr-disable organisms-placeholder", RuleSettings.NONE);
        assertEquals(List.of(), lines(r));
    }

    @Test
    void aSuppressionThatSuppressesNothingIsAWarning() throws Exception {
        CheckResult r = checkWith("# pfocr-disable organisms-placeholder, figlink-format", RuleSettings.NONE);
        assertEquals(List.of(RECORD + ":6:1: warning [suppression-unused] pfocr-disable figlink-format suppresses "
                + "nothing: no figlink-format finding in this file"), lines(r));
        Finding f = r.findings().get(0);
        assertEquals("PMC9100006__pone.0301122.g001", f.figid());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void anUnknownRuleInASuppressionIsAWarningWithSuggestions() throws Exception {
        CheckResult r = checkWith("# pfocr-disable organisms-placeholdr", RuleSettings.NONE);
        assertTrue(lines(r).contains(RECORD + ":8:3: info [organisms-placeholder] organisms_ner: expected an "
                + "organism name, found the placeholder 'NA'"), lines(r).toString());
        assertTrue(lines(r).contains(RECORD + ":6:1: warning [suppression-unused] pfocr-disable names an unknown "
                + "rule 'organisms-placeholdr' (did you mean organisms-placeholder?)"), lines(r).toString());
    }

    @Test
    void suppressingARuleThatIsOffIsNotReported() throws Exception {
        CheckResult r = checkWith("# pfocr-disable figlink-format",
                RuleSettings.of(Map.of("figlink-format", "off", "organisms-placeholder", "off")));
        assertEquals(List.of(), lines(r));
    }

    @Test
    void theUnusedWarningCanItselfBeConfigured() throws Exception {
        CheckResult r = checkWith("# pfocr-disable figlink-format",
                RuleSettings.of(Map.of("suppression-unused", "error")));
        assertEquals(1, r.errors());
        assertEquals("suppression-unused", r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .findFirst().orElseThrow().ruleId());
    }
}
