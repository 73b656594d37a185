package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.read.TsvReader;
import io.github.pfocr.core.model.TsvTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one record contributes to the cross-file rules: its ids and the gene id/symbol pairs it uses. Small and
 * derived from the record alone, so it can be kept (or cached) while the record's tree is dropped.
 *
 * @param figid the figid as written, null when absent
 * @param linkId the figid that tables and map entries refer to
 * @param genePairs distinct (gene id, symbol) pairs with their first position in this record or its tables
 */
public record FigureFacts(Located figid, String linkId, Located figidAlias, Located redirectFrom, Located jsonldId,
        String pmcid, Located filename, Located ndex, Located wpid, Located figlink, List<GenePair> genePairs) {

    /** An NCBI gene id and the symbol a record gives it. */
    public record GenePair(String geneId, String symbol, Located at) {
    }

    public static FigureFacts of(FigureRecord r) {
        MapNode ld = r.jsonld();
        return new FigureFacts(located(r, r.string(Fields.FIGID)), r.figid(),
                located(r, r.string(Fields.FIGID_ALIAS)), located(r, r.string(Fields.REDIRECT_FROM)),
                located(r, ld == null ? null : FigureRecord.string(ld, Fields.LD_ID)), r.text(Fields.PMCID),
                located(r, r.string(Fields.FILENAME)), located(r, r.string(Fields.NDEX)),
                located(r, r.string(Fields.WPID)), figlink(r), genePairs(r));
    }

    /** The figlink with both slashes, so that links differing only in them count as one. */
    private static Located figlink(FigureRecord r) {
        ScalarNode s = r.string(Fields.FIGLINK);
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = FiglinkCheck.LOOSE.matcher(s.value());
        String link = m.matches() ? "/pmc/articles/" + m.group(1) + "/figure/" + m.group(2) + "/" : s.value();
        return new Located(link, r.path(), s.line(), s.column());
    }

    private static Located located(FigureRecord r, ScalarNode s) {
        return s == null ? null : new Located(s.value(), r.path(), s.line(), s.column());
    }

    private static List<GenePair> genePairs(FigureRecord r) {
        List<GenePair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (r.node(Fields.GENES) instanceof SeqNode genes) {
            for (Node item : genes.items()) {
                if (item instanceof MapNode m) {
                    ScalarNode entrez = FigureRecord.string(m, "entrez");
                    ScalarNode symbol = FigureRecord.string(m, "hgnc_symbol");
                    if (entrez != null && symbol != null && seen.add(entrez.value() + '\t' + symbol.value())) {
                        pairs.add(new GenePair(entrez.value(), symbol.value(),
                                new Located(entrez.value(), r.path(), entrez.line(), entrez.column())));
                    }
                }
            }
        }
        TsvTable table = r.table(TsvKind.GENES);
        if (table != null && table.layout() != null) {
            int id = table.layout().column("ncbigene_id");
            int symbol = table.layout().column("ncbigene_symbol");
            for (TsvTable.Row row : table.rows()) {
                String g = row.cell(id);
                String s = row.cell(symbol);
                if (g != null && s != null && !Fields.isMissing(s) && seen.add(g + '\t' + s)) {
                    pairs.add(new GenePair(g, s, new Located(g, table.path(), row.line(),
                            TsvReader.column(row.cells(), id))));
                }
            }
        }
        return pairs;
    }
}
