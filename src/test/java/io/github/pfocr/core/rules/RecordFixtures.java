package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.read.TsvReader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Valid made-up records of every generation, and a way to run every record check on a variant of one. */
public final class RecordFixtures {

    public static final String G1B_NAME = "PMC9200001__bio-3-g002";
    public static final String G1B = """
            ---
            figid: PMC9200001__bio-3-g002
            figlink: /pmc/articles/PMC9200001/figure/bio-3-g002/
            number: F2
            caption: A made-up signalling cascade from receptor to nucleus.
            pmcid: PMC9200001
            papertitle: An invented study of kinase relays.
            reftext: Ada Example, et al. J Invented Biol. 2019 Mar;12(3):101-115.
            pmc_ranked_result_index: '1234'
            pathway_score: 0.8734512
            filename: bio-3-g002.jpg
            figtitle: Kinase relay in invented cells
            year: '2019'
            organisms:
            - Homo sapiens
            ndex: ''
            annotations: []
            seo: CreativeWork
            schema-jsonld:
              '@context': https://schema.org/
              '@id': https://pfocr.wikipathways.org/figures/PMC9200001__bio-3-g002.html
              '@type': Dataset
              description: A made-up signalling cascade from receptor to nucleus.
              license: CC0
              name: CreativeWork
              creator:
                '@type': Organization
                name: WikiPathways
              keywords:
              - EGFR
              - KRAS
              - Glucose
              - Diabetes
            genes:
            - word: EGFR
              symbol: EGFR
              source: hgnc_symbol
              hgnc_symbol: EGFR
              entrez: '1956'
            - word: RAS
              symbol: KRAS
              source: hgnc_alias_symbol
              hgnc_symbol: KRAS
              entrez: '3845'
            chemicals:
            - word: Glucose
              source: MESH
              identifier: D005947
            diseases:
            - word: Diabetes
              source: MESH
              identifier: D003920
            figid_alias: PMC9200001__F2
            redirect_from: /figures/PMC9200001__F2
            figtype: Figure
            ---
            """;

    /** G1a: the same record before normalisation: raw PMC label, no alias trio. */
    public static final String G1A = G1B.replace("number: F2", "number: Figure 2")
            .replace("figid_alias: PMC9200001__F2\nredirect_from: /figures/PMC9200001__F2\nfigtype: Figure\n", "");

    public static final String G2B_NAME = "PMC9200002__gr3";
    public static final String G2B = """
            ---
            figid: PMC9200002__gr3
            figtitle: Invented pathway of cellular stress
            organisms:
            - Homo sapiens
            organisms_ner:
            - Homo sapiens
            pmcid: PMC9200002
            filename: gr3.jpg
            figlink: /pmc/articles/PMC9200002/figure/fig3/
            number: F3
            caption: Schematic of a made-up stress response in cultured cells.
            papertitle: A made-up study of stress responses
            reftext: Bea Sample, et al. Invented Cell Rep. 2023 Jan;4(1):e12.
            year: '2023'
            doi: 10.5555/invented.2023.003
            journal_title: Invented Cell Reports
            journal_nlm_ta: Invented Cell Rep
            publisher_name: Example Press
            keywords: Stress | Signalling
            automl_pathway: 0.9123456
            figid_alias: PMC9200002__F3
            figtype: Figure
            redirect_from: /figures/PMC9200002__F3
            ndex: ''
            seo: CreativeWork
            schema-jsonld:
              '@context': https://schema.org/
              '@id': https://pfocr.wikipathways.org/figures/PMC9200002__gr3.html
              '@type': Dataset
              description: Schematic of a made-up stress response in cultured cells.
              license: CC0
              name: CreativeWork
              creator:
                '@type': Organization
                name: WikiPathways
              keywords:
              - TP53
              - MAPK8
              - Hydrogen peroxide
            ---
            """;

    /** G2a: organisms_ner sits after figtype. */
    public static final String G2A = G2B.replace("organisms_ner:\n- Homo sapiens\n", "")
            .replace("figtype: Figure\n", "figtype: Figure\norganisms_ner:\n- Homo sapiens\n");

    public static final String GENES = """
            organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match
            9606\tHomo sapiens\tPrimates\tp53\tP53\tTP53\t7157\tncbigene_synonym\t1\t1\t2
            9606\tHomo sapiens\tPrimates\tJNK\tJNK\tMAPK8\t5599\tfamplex_relations\t1\t1\t2
            """;
    public static final String CHEMICALS = """
            word\tmesh\tmatch\tname\tchebi
            Hydrogen peroxide\tmesh:D006861\tHydrogen Peroxide\thydrogen peroxide\tchebi:16240
            """;
    public static final Map<TsvKind, String> G2_TABLES = Map.of(TsvKind.GENES, GENES, TsvKind.CHEMICALS, CHEMICALS);

    private RecordFixtures() {
    }

    /** Reads a record (with in-memory tables) whose file is {@code <baseName>.md}; null when it does not parse. */
    public static FigureRecord record(String text, String baseName, Map<TsvKind, String> tables, FindingSink sink) {
        MapNode root = new FrontMatterReader(1 << 20).read(text.getBytes(StandardCharsets.UTF_8), sink);
        if (root == null) {
            return null;
        }
        FigureRecord record = new FigureRecord(sink.path(), baseName, root);
        tables.forEach((kind, tsv) -> record.table(kind, TsvReader.parse(tsv, kind,
                new FindingSink("_data/" + baseName + kind.suffix()))));
        return record;
    }

    /** Runs the reader and every record check on a record whose file is {@code <baseName>.md}. */
    public static List<Finding> check(String text, String baseName, Map<TsvKind, String> tables) {
        FindingSink sink = new FindingSink("_figures/" + baseName + ".md");
        FigureRecord record = record(text, baseName, tables, sink);
        if (record == null) {
            return sink.findings();
        }
        for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
            check.check(record, sink);
        }
        // As the engine does: every hit of the file carries the record's figid.
        return sink.hits().stream().map(h -> h.toFinding(sink.path(), record.figid(), h.rule().severity())).toList();
    }
}
