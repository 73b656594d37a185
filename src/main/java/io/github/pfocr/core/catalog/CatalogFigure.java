package io.github.pfocr.core.catalog;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.rules.JsonLdCheck;
import io.github.pfocr.core.rules.NumberCheck;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.*;

/**
 * One figure as the release catalog describes it, the same whatever generation wrote it: R's NA placeholders
 * removed, organisms as lists, one name for the pathway score, URLs derived, entities taken inline (G1) or from
 * the entity tables (G2) with exact duplicates removed. Null means "no value".
 */
public record CatalogFigure(String figid, String figidAlias, String pmcid, String number, String figtype,
        String figtitle, String caption, String papertitle, String reftext, Integer year, String doi,
        String journalTitle, String journalNlmTa, String publisherName, List<String> organisms,
        List<String> organismsNer, Double pathwayScore, String ndex, String wpid, String pageUrl,
        String pmcFigureUrl, String imageUrl, Generation generation, List<Gene> genes, List<Chemical> chemicals,
        List<Disease> diseases, List<String> keywords) {

    /** G1 genes are HGNC matches, so human. */
    public static final String HUMAN = "Homo sapiens";
    private static final String NCBI = "https://www.ncbi.nlm.nih.gov";
    private static final Pattern FIGURE_LINK = Pattern.compile("/?(pmc/articles/PMC\\d+/figure/[^/]+)/?");

    /** A gene: symbol, NCBI gene id, organism (when known) and the lexicon source of the match. */
    public record Gene(String symbol, String ncbiGeneId, String organism, String source) {
    }

    /** A chemical: the OCR word and its MeSH and ChEBI ids as CURIEs ({@code mesh:D009277}, {@code chebi:7466}). */
    public record Chemical(String word, String mesh, String chebi) {
    }

    /** A disease: the word and its MeSH and Disease Ontology ids as CURIEs. */
    public record Disease(String word, String mesh, String doid) {
    }

    public static CatalogFigure of(FigureRecord r) {
        String figid = r.figid();
        String pmcid = text(r, PMCID);
        String filename = text(r, FILENAME);
        boolean g1 = r.generation().isG1();
        return new CatalogFigure(figid, text(r, FIGID_ALIAS), pmcid, NumberCheck.withoutMarkup(text(r, NUMBER)),
                text(r, FIGTYPE),
                text(r, FIGTITLE), text(r, CAPTION), text(r, PAPERTITLE), text(r, REFTEXT), year(text(r, YEAR)),
                text(r, DOI), text(r, JOURNAL_TITLE), text(r, JOURNAL_NLM_TA), text(r, PUBLISHER_NAME),
                names(r.node(ORGANISMS)), names(r.node(ORGANISMS_NER)),
                score(r.node(g1 ? PATHWAY_SCORE : AUTOML_PATHWAY)), text(r, NDEX), text(r, WPID),
                JsonLdCheck.PAGE_URL + figid + ".html", figureUrl(text(r, FIGLINK)),
                pmcid != null && filename != null ? NCBI + "/pmc/articles/" + pmcid + "/bin/" + filename : null,
                r.generation(), g1 ? inlineGenes(r) : tableGenes(r.table(TsvKind.GENES)),
                g1 ? inline(r, CHEMICALS, (w, id) -> new Chemical(w, id, null)) : tableChemicals(r),
                g1 ? inline(r, DISEASES, (w, id) -> new Disease(w, id, null)) : tableDiseases(r), keywords(r.jsonld()));
    }

    /** The schema-jsonld keywords, distinct, placeholders dropped: what the JSON-LD DataCatalog lists. */
    private static List<String> keywords(MapNode ld) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Node list = ld == null ? null : ld.get(Fields.LD_KEYWORDS);
        if (list instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (item instanceof ScalarNode s && s.isString() && !Fields.isMissing(s.value())) {
                    out.add(s.value());
                }
            }
        }
        return List.copyOf(out);
    }

    /** A string field's value, or null when absent, not a string, or one of R's missing-value spellings. */
    static String text(FigureRecord r, String field) {
        return present(r.text(field));
    }

    private static String present(String v) {
        return Fields.isMissing(v) ? null : v;
    }

    private static Integer year(String y) {
        return y != null && y.matches("\\d{4}") ? Integer.valueOf(y) : null;
    }

    /** Organism names as a distinct list: a G1 scalar becomes one item, placeholders are dropped. */
    private static List<String> names(Node node) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (node instanceof ScalarNode s && s.isString() && present(s.value()) != null) {
            out.add(s.value());
        } else if (node instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (item instanceof ScalarNode s && s.isString() && present(s.value()) != null) {
                    out.add(s.value());
                }
            }
        }
        return List.copyOf(out);
    }

    private static Double score(Node node) {
        if (node instanceof ScalarNode s && (s.type() == ScalarType.FLOAT || s.type() == ScalarType.INTEGER)) {
            try {
                return Double.valueOf(s.value().replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String figureUrl(String figlink) {
        Matcher m = figlink == null ? null : FIGURE_LINK.matcher(figlink);
        return m != null && m.matches() ? NCBI + "/" + m.group(1) + "/" : null;
    }

    private static List<Gene> inlineGenes(FigureRecord r) {
        LinkedHashSet<Gene> out = new LinkedHashSet<>();
        for (MapNode item : items(r.node(GENES))) {
            String id = present(str(item, "entrez"));
            if (id != null) {
                out.add(new Gene(present(str(item, "hgnc_symbol")), id, HUMAN, present(str(item, "source"))));
            }
        }
        return List.copyOf(out);
    }

    /** G1 chemicals and diseases: a MeSH identifier becomes a {@code mesh:} CURIE. */
    private static <T> List<T> inline(FigureRecord r, String field, BiFunction<String, String, T> make) {
        LinkedHashSet<T> out = new LinkedHashSet<>();
        for (MapNode item : items(r.node(field))) {
            String word = present(str(item, "word"));
            String id = present(str(item, "identifier"));
            if (word != null) {
                out.add(make.apply(word, id == null ? null : "mesh:" + id));
            }
        }
        return List.copyOf(out);
    }

    private static List<Gene> tableGenes(TsvTable t) {
        LinkedHashSet<Gene> out = new LinkedHashSet<>();
        for (String[] row : rows(t, "ncbigene_symbol", "ncbigene_id", "organism_name", "source")) {
            if (row[1] != null) {
                out.add(new Gene(row[0], row[1], row[2], row[3]));
            }
        }
        return List.copyOf(out);
    }

    private static List<Chemical> tableChemicals(FigureRecord r) {
        LinkedHashSet<Chemical> out = new LinkedHashSet<>();
        for (String[] row : rows(r.table(TsvKind.CHEMICALS), "word", "mesh", "chebi")) {
            if (row[0] != null) {
                out.add(new Chemical(row[0], row[1], row[2]));
            }
        }
        return List.copyOf(out);
    }

    private static List<Disease> tableDiseases(FigureRecord r) {
        LinkedHashSet<Disease> out = new LinkedHashSet<>();
        for (String[] row : rows(r.table(TsvKind.DISEASES), "word", "mesh", "doid")) {
            if (row[0] != null) {
                out.add(new Disease(row[0], row[1], row[2]));
            }
        }
        return List.copyOf(out);
    }

    /** The named columns of every row, NA as null; empty when the table is absent or its layout unknown. */
    private static List<String[]> rows(TsvTable t, String... columns) {
        List<String[]> out = new ArrayList<>();
        if (t == null || t.layout() == null) {
            return out;
        }
        int[] idx = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            idx[i] = t.layout().column(columns[i]);
        }
        for (TsvTable.Row row : t.rows()) {
            String[] values = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = idx[i] < 0 ? null : present(row.cell(idx[i]));
            }
            out.add(values);
        }
        return out;
    }

    private static List<MapNode> items(Node list) {
        List<MapNode> out = new ArrayList<>();
        if (list instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (item instanceof MapNode m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static String str(MapNode m, String key) {
        ScalarNode s = FigureRecord.string(m, key);
        return s == null ? null : s.value();
    }
}
