package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.TsvKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.pfocr.core.rules.RecordFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every record rule both ways: the valid fixtures of each generation pass every check, and each case below breaks
 * one thing and expects that rule at that line and column with that message.
 */
class RecordChecksTest {

    /**
     * One broken variant of a valid fixture.
     *
     * @param line a text that identifies the expected line in the variant
     * @param at a text on that line where the expected column is ({@code null}: column 1)
     */
    record Case(String rule, String base, String from, String to, String line, String at, String message,
            Map<TsvKind, String> tables) {
        @Override
        public String toString() {
            return rule + ": " + message;
        }
    }

    private static Case c(String rule, String base, String from, String to, String line, String at, String message) {
        return new Case(rule, base, from, to, line, at, message, null);
    }

    private static Case t(String rule, String base, Map<TsvKind, String> tables, String line, String at,
            String message) {
        return new Case(rule, base, "", "", line, at, message, tables);
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("generation-unknown", "G1A", "pmc_ranked_result_index: '1234'\n", "", "figid:", null,
                        "expected either 'pmc_ranked_result_index' (G1 records) or 'doi' (G2 records), found neither"),
                c("field-required", "G2B", "journal_title: Invented Cell Reports\n", "", "figid:", null,
                        "expected field 'journal_title' in a G2b record, found none"),
                c("field-required", "G1B", "pathway_score: 0.8734512\n", "", "figid:", null,
                        "expected field 'pathway_score' in a G1b record, found none"),
                c("field-required", "G1A", "  license: CC0\n", "", "'@context'", "'@context'",
                        "expected field 'schema-jsonld.license' in a G1a record"),
                c("field-type", "G1B", "entrez: '3845'", "entrez: 3845", "entrez: 3845", "3845",
                        "field 'genes[2].entrez': expected a string, found an integer (3845); Jekyll (YAML 1.1) reads "
                                + "the unquoted value as an integer, quote it: '3845'"),
                c("field-type", "G2B", "year: '2023'", "year: 2023", "year: 2023", "2023",
                        "field 'year': expected a string, found an integer (2023)"),
                c("field-type", "G1B", "  - KRAS", "  - NO", "  - NO", "NO",
                        "field 'schema-jsonld.keywords': expected every item to be a string, found a boolean (NO)"),
                c("field-type", "G2B", "organisms:\n- Homo sapiens", "organisms: Homo sapiens", "organisms:",
                        "Homo", "field 'organisms': expected a list of strings, found a string"),
                c("field-type", "G1B", "pathway_score: 0.8734512", "pathway_score: '0.8734512'", "pathway_score",
                        "'0.87", "field 'pathway_score': expected a number, found a string"),
                c("field-unknown", "G2B", "seo: CreativeWork\n", "seo: CreativeWork\ncolour: blue\n", "colour",
                        "colour", "field 'colour' is not part of the format"),
                c("field-unknown", "G2B", "seo: CreativeWork\n", "seo: CreativeWork\ngenes: []\n", "genes: []",
                        "genes", "field 'genes' is not part of a G2b record"),
                c("pmcid-format", "G2B", "pmcid: PMC9200002", "pmcid: pmc9200002", "pmcid:", "pmc9",
                        "pmcid: expected PMC<digits>, found 'pmc9200002'"),
                c("seo-value", "G2B", "seo: CreativeWork", "seo: Article", "seo:", "Article",
                        "seo: expected 'CreativeWork', found 'Article'"),
                c("pmc-ranked-result-index-format", "G1B", "'1234'", "'12a4'", "pmc_ranked", "'12a4'",
                        "pmc_ranked_result_index: expected digits, found '12a4'"),
                c("doi-format", "G2B", "doi: 10.5555/invented.2023.003", "doi: doi:10.5555/x", "doi:", "doi:10",
                        "doi: expected 10.<4-9 digits>/<suffix> or .na.character, found 'doi:10.5555/x'"),
                c("keywords-format", "G2B", "keywords: Stress | Signalling", "keywords: Stress || Signalling",
                        "keywords: Stress", "Stress", "keywords: expected '', .na.character or 'term | term'"),
                c("figtitle-length", "G2B", "figtitle: Invented pathway of cellular stress", "figtitle: Stress",
                        "figtitle:", "Stress", "figtitle: expected 10 to 250 characters, found 'Stress' (6 characters)"),
                c("reftext-placeholder", "G2B", "2023 Jan;4(1):e12.", "2023;2023(NA).", "reftext:", "Bea",
                        "reftext: expected no R NA and no surrounding blanks, found 'Bea Sample, et al. Invented Cell "
                                + "Rep. 2023;2023(NA).'"),
                c("reftext-placeholder", "G2B", "reftext: Bea Sample, et al. Invented Cell Rep. 2023 Jan;4(1):e12.",
                        "reftext: 'Bea Sample, et al. Invented Cell Rep. 2023 Mar 24 '", "reftext:", "'Bea",
                        "reftext: expected no R NA and no surrounding blanks, found 'Bea Sample, et al. Invented Cell "
                                + "Rep. 2023 Mar 24 '"),
                c("reftext-format", "G2B", "Rep. 2023 Jan;4(1):e12.", "Rep. ;4(1):e12. 2023", "reftext:", "Bea",
                        "reftext: expected a citation with its year: '<authors>, et al. <journal>. <year> <month>;"
                                + "<volume>(<issue>):<pages>.', '<journal>. <year> <month> <day>' (e-pub) or "
                                + "'<server>. <year> <month> <day>:<id>.' (preprint), found 'Bea Sample, et al. "
                                + "Invented Cell Rep. ;4(1):e12. 2023'"),
                c("caption-trivial", "G2B", "caption: Schematic of a made-up stress response in cultured cells.",
                        "caption: Figure", "caption: Figure", "Figure", "caption: expected a descriptive caption, "
                                + "found 'Figure'"),
                c("figid-format", "G2B", "figid: PMC9200002__gr3", "figid: PMC9200002-gr3", "figid:", "PMC",
                        "figid: expected PMC<digits>__<image name>, found 'PMC9200002-gr3'"),
                c("figid-filename", "G2B", "figid: PMC9200002__gr3", "figid: PMC9200002__gr4", "figid:", "PMC",
                        "figid: expected 'PMC9200002__gr3' (the file name), found 'PMC9200002__gr4'"),
                c("figid-pmcid", "G2B", "pmcid: PMC9200002", "pmcid: PMC9200009", "figid:", "PMC",
                        "figid: expected it to start with 'PMC9200009__' (the pmcid), found 'PMC9200002__gr3'"),
                c("filename-format", "G2B", "filename: gr3.jpg", "filename: gr3.png", "filename:", "gr3",
                        "filename: expected a .jpg file name without '/', found 'gr3.png'"),
                c("filename-figid", "G2B", "filename: gr3.jpg", "filename: PMC9200002__gr3.jpg", "filename:", "PMC",
                        "filename: expected 'gr3.jpg' so that pmcid + \"__\" + filename without .jpg equals figid "
                                + "'PMC9200002__gr3', found 'PMC9200002__gr3.jpg'"),
                c("number-format", "G2B", "number: F3", "number: Fig 3", "number:", "Fig",
                        "number: expected a normalised figure number such as F2, SF1 or GA1 in a G2b record, found "
                                + "'Fig 3'"),
                c("number-markup", "G1A", "number: Figure 2", "number: <b>Figure 2.</b>", "number:", "<b>",
                        "number: expected the figure label as text, found HTML markup in '<b>Figure 2.</b>'"),
                c("number-fallback", "G2B", "number: F3", "number: F0", "number:", "F0",
                        "number: expected the figure's number, found 'F0', the generator's fallback"),
                c("entity-word-blanks", "G1B", "- word: Diabetes", "- word: GO000000000  00000000000b000000000",
                        "- word: GO0", "GO0", "diseases[1].word: expected a term without runs of blanks, found "
                                + "'GO000000000  00000000000b000000000' (a run of blanks at character 12)"),
                c("entity-word-blanks", "G1B", "- word: Glucose", "- word: \"Glu\\acose\"", "- word: \"Glu", "\"Glu",
                        "chemicals[1].word: expected a term without control characters, found 'Glu\\u0007cose' (a "
                                + "control character at character 4)"),
                c("word-mixed-script", "G1B", "- word: EGFR", "- word: \u0415GFR", "- word: \u0415GFR", "\u0415GFR",
                        "genes[1].word: expected one script, found '\u0415GFR' mixing Latin letters with the Cyrillic "
                                + "'\u0415' (U+0415) at character 1; the Latin spelling is 'EGFR'"),
                c("figid-alias-number", "G1B", "figid_alias: PMC9200001__F2", "figid_alias: PMC9200001__F3",
                        "figid_alias:", "PMC", "figid_alias: expected 'PMC9200001__F2' (pmcid + \"__\" + number), "
                                + "found 'PMC9200001__F3'"),
                c("alias-trio", "G1B", "figtype: Figure\n", "", "figid_alias:", "figid_alias",
                        "expected figid_alias, redirect_from, figtype together, found figid_alias, redirect_from "
                                + "without figtype"),
                c("alias-trio", "G1A", "annotations: []\n", "annotations: []\nfigtype: Figure\n", "figtype:",
                        "figtype", "found figtype without figid_alias, redirect_from"),
                c("redirect-from-alias", "G2B", "redirect_from: /figures/PMC9200002__F3",
                        "redirect_from: /figures/PMC9200002__gr3", "redirect_from:", "/figures",
                        "redirect_from: expected '/figures/PMC9200002__F3' (\"/figures/\" + pmcid + \"__\" + number), "
                                + "found '/figures/PMC9200002__gr3'"),
                c("figtype-value", "G2B", "figtype: Figure", "figtype: Diagram", "figtype:", "Diagram",
                        "figtype: expected one of Figure, Scheme, Supplemental figure, Graphical abstract, Appendix "
                                + "figure, Extended view, found 'Diagram'"),
                c("figtype-number", "G2B", "figtype: Figure", "figtype: Scheme", "figtype:", "Scheme",
                        "figtype: expected 'Figure' for number 'F3', found 'Scheme'"),
                c("figtype-hint", "G2B", "/figure/fig3/", "/figure/ga1/", "figtype:", "Figure",
                        "figtype: the image name or figure link suggests 'Graphical abstract', found 'Figure' "
                                + "(number 'F3')"),
                c("figtype-hint", "G1B", "/figure/bio-3-g002/", "/figure/sch1/", "figtype:", "Figure",
                        "suggests 'Scheme'"),
                c("jsonld-id", "G2B", "figures/PMC9200002__gr3.html", "figures/PMC9200002__F3.html", "'@id'",
                        "https", "schema-jsonld '@id': expected 'https://pfocr.wikipathways.org/figures/"
                                + "PMC9200002__gr3.html', found 'https://pfocr.wikipathways.org/figures/"
                                + "PMC9200002__F3.html'"),
                c("jsonld-description", "G2B", "  description: Schematic of a made-up stress",
                        "  description: Schematic of a made-up strain", "description:", "Schematic",
                        "schema-jsonld description: expected the caption's text, found a different text (first "
                                + "difference at character 27: expected 'ess response in cult', found 'ain response "
                                + "in cult')"),
                c("jsonld-constant", "G1B", "  license: CC0", "  license: CC-BY", "license:", "CC-BY",
                        "schema-jsonld.license: expected 'CC0', found 'CC-BY'"),
                c("jsonld-constant", "G1B", "    name: WikiPathways", "    name: Wikipathways", "name: Wikipathways",
                        "Wikipathways", "schema-jsonld.creator.name: expected 'WikiPathways', found 'Wikipathways'"),
                c("keywords-order", "G1B", "  - EGFR\n  - KRAS\n", "  - KRAS\n  - EGFR\n", "  - KRAS", "KRAS",
                        "schema-jsonld keywords: every derived item is present, in another order: expected 'EGFR' at "
                                + "item 1 (distinct genes' hgnc_symbol, then chemical words, then disease words), "
                                + "found 'KRAS'"),
                c("keywords-entities", "G1A", "  - Diabetes\n", "", "  - EGFR", "-",
                        "schema-jsonld keywords: expected the 4 distinct items derived from the entities (distinct "
                                + "genes' hgnc_symbol, then chemical words, then disease words), found 3; missing "
                                + "'Diabetes'"),
                c("keywords-entities", "G1B", "  - KRAS\n", "  - KRAS\n  - Bogus\n", "  - Bogus", "Bogus",
                        "found 5; not derived from the entities 'Bogus'"),
                c("keywords-tsv", "G2B", "  - Hydrogen peroxide\n", "", "  - TP53", "-",
                        "schema-jsonld keywords: expected the 3 distinct items derived from the entities (distinct "
                                + "ncbigene_symbol of the genes table, then chemical words, then disease words), found "
                                + "2; missing 'Hydrogen peroxide'"),
                c("keywords-duplicate", "G2B", "  - Hydrogen peroxide\n", "  - Hydrogen peroxide\n  - TP53\n",
                        "  - TP53\n---", "TP53", "schema-jsonld keywords: 'TP53' repeats item 1 (line"),
                c("keywords-na", "G2B", "  - MAPK8\n", "  - .na.character\n", "  - .na", ".na",
                        "schema-jsonld keywords: expected a symbol or word, found R's NA '.na.character'"),
                c("figlink-trailing-slash", "G2B", "/figure/fig3/", "/figure/fig3", "figlink:", "/pmc",
                        "figlink: expected '/pmc/articles/PMC9200002/figure/fig3/' with a trailing slash, found "
                                + "'/pmc/articles/PMC9200002/figure/fig3'"),
                c("figlink-format", "G1B", "figlink: /pmc", "figlink: pmc", "figlink:", "pmc",
                        "figlink: expected '/pmc/articles/PMC9200001/figure/bio-3-g002/'"),
                c("figlink-pmcid", "G2B", "articles/PMC9200002/", "articles/PMC9200003/", "figlink:", "/pmc",
                        "figlink: expected a link into PMC9200002, found one into PMC9200003"),
                c("figlink-pmcid", "G2B", "figlink: /pmc/articles/PMC9200002/figure/fig3/",
                        "figlink: https://example.org/fig3", "figlink:", "https",
                        "figlink: expected /pmc/articles/<pmcid>/figure/<id>/, found 'https://example.org/fig3'"),
                c("year-format", "G2B", "year: '2023'", "year: '23'", "year:", "'23'",
                        "year: expected a four-digit year from 1900 to 2099 or '', found '23'"),
                c("year-empty", "G2B", "year: '2023'", "year: ''", "year:", "''",
                        "year: expected the publication year, found '' (unknown)"),
                c("year-reftext", "G2B", "year: '2023'", "year: '2022'", "year:", "'2022'",
                        "year: expected 2022 to appear in reftext, found 'Bea Sample, et al."),
                c("score-range", "G2B", "automl_pathway: 0.9123456", "automl_pathway: 1.5", "automl", "1.5",
                        "automl_pathway: expected a number from 0 to 1, found 1.5"),
                c("score-low", "G1B", "pathway_score: 0.8734512", "pathway_score: 0.4123456", "pathway_score", "0.41",
                        "pathway_score: expected at least 0.5 (the pathway classifier's threshold), found 0.4123456"),
                c("ndex-format", "G2B", "ndex: ''", "ndex: 0626A9A9-DF0C", "ndex:", "0626",
                        "ndex: expected '' or a UUID like 0626a9a9-df0c-11ea-99da-0ac135e8bacf, found "
                                + "'0626A9A9-DF0C'"),
                c("ndex-present", "G1A", "ndex: ''\n", "", "figid:", null,
                        "expected field 'ndex' ('' when there is no NDEx network), found none"),
                c("wpid-format", "G2B", "seo: CreativeWork\n", "seo: CreativeWork\nwpid: WP-12\n", "wpid:", "WP-",
                        "wpid: expected WP<digits>, found 'WP-12'"),
                c("organisms-scalar", "G1B", "organisms:\n- Homo sapiens", "organisms: Homo sapiens", "organisms:",
                        "Homo", "organisms: expected a list, found the single string 'Homo sapiens'"),
                c("organisms-placeholder", "G2B", "organisms:\n- Homo sapiens", "organisms:\n- NA", "- NA", "NA",
                        "organisms: expected an organism name, found the placeholder 'NA'"),
                c("organisms-placeholder", "G2A", "organisms_ner:\n- Homo sapiens", "organisms_ner:\n- .na.character",
                        "- .na.character", ".na", "organisms_ner: expected an organism name, found the placeholder"),
                c("organisms-duplicate", "G1B", "organisms:\n- Homo sapiens",
                        "organisms:\n- Homo sapiens\n- Mus musculus\n- Homo sapiens", "- Homo sapiens\nndex", "Homo",
                        "organisms: 'Homo sapiens' is listed twice"),
                c("entity-keys", "G1B", "  symbol: KRAS\n", "", "- word: RAS", "word",
                        "genes[2]: expected keys word, symbol, source, hgnc_symbol, entrez, found word, source, "
                                + "hgnc_symbol, entrez"),
                c("entity-keys", "G1B", "  identifier: D005947\n", "  identifier: D005947\n  extra: x\n",
                        "- word: Glucose", "word", "chemicals[1]: expected keys word, source, identifier, found "
                                + "word, source, identifier, extra"),
                // As many keys as expected, one of them misspelt.
                c("entity-keys", "G1B", "  identifier: D005947\n", "  identifer: D005947\n", "- word: Glucose", "word",
                        "chemicals[1]: expected keys word, source, identifier, found word, source, identifer"),
                c("entity-source-value", "G1B", "source: hgnc_alias_symbol", "source: hgnc_guess",
                        "source: hgnc_guess", "hgnc_guess", "genes[2].source: expected a value matching "
                                + "hgnc_symbol|hgnc_alias_symbol|hgnc_prev_symbol|bioentities_symbol, found "
                                + "'hgnc_guess'"),
                c("gene-entrez-format", "G1B", "entrez: '3845'", "entrez: 'K3845'", "entrez: 'K", "'K",
                        "genes[2].entrez: expected a value matching \\d+, found 'K3845'"),
                c("gene-symbol-format", "G1B", "hgnc_symbol: KRAS", "hgnc_symbol: kras", "hgnc_symbol: kras", "kras",
                        "genes[2].hgnc_symbol: expected a value matching"),
                c("entity-identifier-format", "G1B", "identifier: D003920", "identifier: DOID:9351",
                        "identifier: DOID", "DOID", "diseases[1].identifier: expected a value matching "
                                + "[CD]\\d{6,9}|, found 'DOID:9351'"),
                t("tsv-missing", "G2B", Map.of(), "figid:", null, "expected _data/PMC9200002__gr3-genes.tsv or "
                        + "_data/PMC9200002__gr3-chemicals.tsv for this G2 figure, found neither"),
                t("keywords-tsv", "G2A", Map.of(TsvKind.GENES, GENES.replace("\tTP53\t", "\tTP53B\t")), "  - TP53",
                        "TP53", "missing 'TP53B'; not derived from the entities 'TP53'"));
    }

    private static String base(String name) {
        return switch (name) {
            case "G1A" -> G1A;
            case "G1B" -> G1B;
            case "G2A" -> G2A;
            default -> G2B;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheBrokenRuleAtItsPosition(Case k) {
        String base = base(k.base());
        assertTrue(base.contains(k.from()), "fixture lacks '" + k.from() + "'");
        String text = k.from().isEmpty() ? base : base.replaceFirst(java.util.regex.Pattern.quote(k.from()),
                java.util.regex.Matcher.quoteReplacement(k.to()));
        boolean g1 = k.base().startsWith("G1");
        Map<TsvKind, String> tables = k.tables() != null ? k.tables() : g1 ? Map.of() : G2_TABLES;
        List<Finding> findings = check(text, g1 ? G1B_NAME : G2B_NAME, tables);

        int line = lineOf(text, k.line());
        int column = k.at() == null ? 1 : text.split("\n", -1)[line - 1].indexOf(k.at()) + 1;
        Finding match = findings.stream()
                .filter(f -> f.ruleId().equals(k.rule()) && f.line() == line && f.column() == column
                        && f.message().contains(k.message()))
                .findFirst().orElse(null);
        assertNotNull(match, "expected [" + k.rule() + "] at " + line + ":" + column + " containing '" + k.message()
                + "', found:\n" + findings.stream().map(Finding::toConsoleLine).collect(Collectors.joining("\n")));
        Rule rule = RuleRegistry.byId(k.rule());
        assertEquals(rule.severity(), match.severity());
        assertNotNull(match.figid(), "findings carry the record's figid");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Mara Q. Invent, et al. bioRxiv. 2023 Mar 7:2023.03.03.530734.",
            "Mara Q. Invent, et al. medRxiv. 2023 Nov 10:2023.11.08.23282101.",
            "Mara Q. Invent, et al. Res Sq. 2023 Feb 2:rs.3.rs-2512345.",
            "Mara Q. Invent, et al. ArXiv. 2023 Jan 5:arXiv:2301.01234v2.",
            "Mara Q. Invent, et al. Invented Cell Rep. 2023 Mar 24",
            "Mara Q. Invent, et al. Invented Cell Rep. 2023 Mar-Apr;4(2):1-9.",
            "Mara Q. Invent. Invented Cell Rep. 2023;4:e12."})
    void preprintAndEpubCitationsAsPmcWritesThemPass(String reftext) {
        String text = G2B.replace("Bea Sample, et al. Invented Cell Rep. 2023 Jan;4(1):e12.", reftext);
        assertTrue(text.contains(reftext));
        assertEquals(List.of(), check(text, G2B_NAME, G2_TABLES));
    }

    @Test
    void aCitationWithoutAYearOrWithAHugeTailIsRejectedWithoutBacktracking() {
        for (String reftext : List.of("Mara Q. Invent, et al. Invented Cell Rep. ;10(6):643-649.",
                "Mara Q. Invent, et al. bioRxiv. 2023 Mar 7:" + "1.".repeat(50_000) + " x",
                "Mara Q. Invent, et al. J. 2023" + " Mar".repeat(50_000))) {
            String text = G2B.replace("Bea Sample, et al. Invented Cell Rep. 2023 Jan;4(1):e12.", reftext);
            List<Finding> findings = check(text, G2B_NAME, G2_TABLES);
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("reftext-format")),
                    () -> findings.toString().substring(0, 200));
        }
    }

    @Test
    void multiWordTermsWithSingleSpacesAndGreekLettersPassTheWordRules() {
        String text = G1B.replace("- word: Glucose", "- word: Hydrogen peroxide").replace("- word: EGFR",
                "- word: TNF-\u03b1");
        List<Finding> findings = check(text, G1B_NAME, Map.of()).stream()
                .filter(f -> f.ruleId().equals("entity-word-blanks") || f.ruleId().equals("word-mixed-script"))
                .toList();
        assertEquals(List.of(), findings);
    }

    @Test
    void keywordsInAnotherOrderAreOnlyAnInfo() {
        String text = G2B.replace("  - TP53\n  - MAPK8\n", "  - MAPK8\n  - TP53\n");
        List<Finding> findings = check(text, G2B_NAME, G2_TABLES);
        assertEquals(List.of("keywords-order"), findings.stream().map(Finding::ruleId).toList(), findings::toString);
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("expected 'TP53' at item 1"), findings.get(0).message());
    }

    @Test
    void validRecordsOfEveryGenerationPassEveryRule() {
        assertEquals(List.of(), check(G1A, G1B_NAME, Map.of()));
        assertEquals(List.of(), check(G1B, G1B_NAME, Map.of()));
        assertEquals(List.of(), check(G2A, G2B_NAME, G2_TABLES));
        assertEquals(List.of(), check(G2B, G2B_NAME, G2_TABLES));
    }

    @Test
    void identicalInlineEntitiesAreReportedOnceEach() {
        String gene = "- word: EGFR\n  symbol: EGFR\n  source: hgnc_symbol\n  hgnc_symbol: EGFR\n  entrez: '1956'\n";
        String text = G1B.replace("genes:\n", "genes:\n" + gene);
        List<Finding> findings = check(text, G1B_NAME, Map.of());
        List<Finding> dup = findings.stream().filter(f -> f.ruleId().equals("entity-duplicate")).toList();
        assertEquals(1, dup.size(), findings.toString());
        int second = text.lastIndexOf("- word: EGFR");
        assertEquals(text.substring(0, second).chars().filter(ch -> ch == '\n').count() + 1, dup.get(0).line());
        assertTrue(dup.get(0).message().startsWith("genes[2]: repeats genes[1] (line "), dup.get(0).message());
        assertEquals(Severity.INFO, dup.get(0).severity());
    }

    @Test
    void everyRecordRuleHasACaseHere() {
        Set<String> covered = cases().map(Case::rule).collect(Collectors.toSet());
        covered.add("entity-duplicate");
        Set<String> recordRules = RuleRegistry.RECORD_CHECKS.stream().flatMap(c -> c.rules().stream())
                .map(Rule::id).collect(Collectors.toSet());
        recordRules.removeAll(covered);
        assertEquals(Set.of(), recordRules, "record rules without a failing case");
    }

    @Test
    void aWrongAliasIsBlamedOnceNotAlsoOnItsCorrectRedirect() {
        String text = G2B.replace("figid_alias: PMC9200002__F3", "figid_alias: PMC9200002__F7");
        List<String> errors = check(text, G2B_NAME, G2_TABLES).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).toList();
        assertEquals(List.of("figid-alias-number"), errors);
    }

    @Test
    void unknownGenerationSkipsGenerationSpecificRequirements() {
        String text = G2B.replace("doi: 10.5555/invented.2023.003\n", "");
        List<Finding> findings = check(text, G2B_NAME, G2_TABLES);
        assertEquals(List.of("generation-unknown"), findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).toList());
    }

    private static int lineOf(String text, String fragment) {
        int i = text.indexOf(fragment);
        assertTrue(i >= 0, "variant lacks '" + fragment + "'");
        return (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
