package io.github.pfocr.core.catalog;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.TsvKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.pfocr.core.rules.RecordFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every generation normalises to the same catalog shape. */
class CatalogFigureTest {

    private static CatalogFigure figure(String text, String name, Map<TsvKind, String> tables) {
        FigureRecord r = record(text, name, tables, new FindingSink("_figures/" + name + ".md"));
        return CatalogFigure.of(r);
    }

    @Test
    void g1aWithAScalarOrganismAndRawNumber() {
        CatalogFigure f = figure(G1A.replace("organisms:\n- Homo sapiens", "organisms: Homo sapiens"), G1B_NAME,
                Map.of());
        assertEquals(Generation.G1A, f.generation());
        assertEquals("Figure 2", f.number());
        assertNull(f.figidAlias());
        assertNull(f.figtype());
        assertEquals(List.of("Homo sapiens"), f.organisms());
        assertEquals(0.8734512, f.pathwayScore());
        assertEquals(2019, f.year());
        assertEquals(List.of(new CatalogFigure.Gene("EGFR", "1956", "Homo sapiens", "hgnc_symbol"),
                new CatalogFigure.Gene("KRAS", "3845", "Homo sapiens", "hgnc_alias_symbol")), f.genes());
        assertEquals(List.of(new CatalogFigure.Chemical("Glucose", "mesh:D005947", null)), f.chemicals());
        assertEquals(List.of(new CatalogFigure.Disease("Diabetes", "mesh:D003920", null)), f.diseases());
    }

    @Test
    void aG1aNumberWithHtmlMarkupIsPublishedAsText() {
        CatalogFigure f = figure(G1A.replace("number: Figure 2", "number: <b>Figure 2.</b>"), G1B_NAME, Map.of());
        assertEquals("Figure 2.", f.number());
    }

    @Test
    void g1bDerivesUrlsAndDropsExactDuplicateEntities() {
        String gene = "- word: EGFR\n  symbol: EGFR\n  source: hgnc_symbol\n  hgnc_symbol: EGFR\n  entrez: '1956'\n";
        CatalogFigure f = figure(G1B.replace("genes:\n", "genes:\n" + gene)
                .replace("figlink: /pmc/articles/PMC9200001/figure/bio-3-g002/",
                        "figlink: pmc/articles/PMC9200001/figure/bio-3-g002"), G1B_NAME, Map.of());
        assertEquals(Generation.G1B, f.generation());
        assertEquals("PMC9200001__F2", f.figidAlias());
        assertEquals("Figure", f.figtype());
        assertEquals(2, f.genes().size());
        assertEquals("https://pfocr.wikipathways.org/figures/PMC9200001__bio-3-g002.html", f.pageUrl());
        assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9200001/figure/bio-3-g002/", f.pmcFigureUrl());
        assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9200001/bin/bio-3-g002.jpg", f.imageUrl());
    }

    @Test
    void g2TakesEntitiesFromTablesAndDropsPlaceholders() {
        String legacy = G2B.replace("doi: 10.5555/invented.2023.003", "doi: .na.character")
                .replace("journal_title: Invented Cell Reports", "journal_title: .na.character")
                .replace("organisms:\n- Homo sapiens", "organisms:\n- NA\n- Homo sapiens\n- NA")
                .replace("year: '2023'", "year: ''");
        String genes = GENES + "9606\tHomo sapiens\tPrimates\tp53\tP53\tTP53\t7157\tncbigene_symbol\t1\t1\t2\n"
                + "9606\tHomo sapiens\tPrimates\tp53\tP53\tTP53\t7157\tncbigene_synonym\t1\t1\t2\n"
                + "10090\tMus musculus\tRodents\tBRA\tBRA\tNA\t12345\tncbigene_symbol\t1\tNA\t2\n";
        String diseases = "word\tmesh\tmatch\tname\tdoid\ncancer\tmesh:D009369\tNA\tNA\tdoid:162\n"
                + "cancer\tmesh:D009369\tNA\tNA\tdoid:162\n";
        CatalogFigure f = figure(legacy, G2B_NAME, Map.of(TsvKind.GENES, genes, TsvKind.CHEMICALS, CHEMICALS,
                TsvKind.DISEASES, diseases));
        assertEquals(Generation.G2B, f.generation());
        assertNull(f.doi());
        assertNull(f.journalTitle());
        assertEquals("Invented Cell Rep", f.journalNlmTa());
        assertNull(f.year());
        assertEquals(List.of("Homo sapiens"), f.organisms());
        assertEquals(0.9123456, f.pathwayScore());
        assertEquals(List.of(new CatalogFigure.Gene("TP53", "7157", "Homo sapiens", "ncbigene_synonym"),
                new CatalogFigure.Gene("MAPK8", "5599", "Homo sapiens", "famplex_relations"),
                new CatalogFigure.Gene("TP53", "7157", "Homo sapiens", "ncbigene_symbol"),
                new CatalogFigure.Gene(null, "12345", "Mus musculus", "ncbigene_symbol")), f.genes());
        assertEquals(List.of(new CatalogFigure.Chemical("Hydrogen peroxide", "mesh:D006861", "chebi:16240")),
                f.chemicals());
        assertEquals(List.of(new CatalogFigure.Disease("cancer", "mesh:D009369", "doid:162")), f.diseases());
    }

    @Test
    void g2aAndG2bNormaliseAlike() {
        CatalogFigure a = figure(G2A, G2B_NAME, G2_TABLES);
        CatalogFigure b = figure(G2B, G2B_NAME, G2_TABLES);
        assertEquals(Generation.G2A, a.generation());
        assertEquals(b.organismsNer(), a.organismsNer());
        assertEquals(b.genes(), a.genes());
        assertEquals(b.pmcFigureUrl(), a.pmcFigureUrl());
    }
}
