package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;
import io.github.pfocr.core.read.TsvReader;

import java.util.Arrays;

/**
 * What one record contributes to the cross-file rules: its ids, map fields and gene id/symbol pairs, each with its
 * position ({@link #at}) in the figure file or, for genes from a table, in the genes table. Derived from the record
 * alone, so the cache keeps it while the record's tree is dropped; the index keeps far less.
 *
 * @param linkId the figid that tables and map entries refer to
 * @param unique the values that must be unique, by {@link Unique} ordinal (null when absent)
 * @param pmcid the pmcid scoping the filename's uniqueness, or null
 * @param genesTable the genes table the pairs in a table came from, as a path, or null
 * @param geneHashes per gene pair, the {@link Hash64} of its id then of its symbol: computed where the facts are
 *        made (on the reading threads), so the one thread filling the index only looks them up
 */
public record FigureFacts(String linkId, String[] unique, long[] uniqueAt, String pmcid, String ndex, long ndexAt,
        String wpid, long wpidAt, String[] geneIds, String[] symbols, long[] geneAt, boolean[] geneInTable,
        String genesTable, long[] geneHashes) {

    public FigureFacts(String linkId, String[] unique, long[] uniqueAt, String pmcid, String ndex, long ndexAt,
            String wpid, long wpidAt, String[] geneIds, String[] symbols, long[] geneAt, boolean[] geneInTable,
            String genesTable) {
        this(linkId, unique, uniqueAt, pmcid, ndex, ndexAt, wpid, wpidAt, geneIds, symbols, geneAt, geneInTable,
                genesTable, hashes(geneIds, symbols));
    }

    private static long[] hashes(String[] geneIds, String[] symbols) {
        long[] h = new long[geneIds.length * 2];
        for (int i = 0; i < geneIds.length; i++) {
            h[2 * i] = Hash64.of(geneIds[i]);
            h[2 * i + 1] = Hash64.of(symbols[i]);
        }
        return h;
    }

    /** The fields no two records may share, in rule order. */
    public enum Unique {
        FIGID("figid"),
        FIGID_ALIAS("figid_alias"),
        REDIRECT_FROM("redirect_from"),
        JSONLD_ID("schema-jsonld '@id'"),
        FILENAME("filename (within its pmcid)"),
        FIGLINK("figlink");

        final String noun;

        Unique(String noun) {
            this.noun = noun;
        }
    }

    /** A line and column packed in one long. */
    public static long at(int line, int column) {
        return (long) line << 32 | column & 0xffffffffL;
    }

    public static int line(long at) {
        return (int) (at >>> 32);
    }

    public static int column(long at) {
        return (int) at;
    }

    public static FigureFacts of(FigureRecord r) {
        MapNode ld = r.jsonld();
        ScalarNode[] unique = {r.string(Fields.FIGID), r.string(Fields.FIGID_ALIAS), r.string(Fields.REDIRECT_FROM),
                ld == null ? null : FigureRecord.string(ld, Fields.LD_ID), r.string(Fields.FILENAME),
                r.string(Fields.FIGLINK)};
        String[] values = new String[unique.length];
        long[] at = new long[unique.length];
        for (int i = 0; i < unique.length; i++) {
            if (unique[i] != null) {
                values[i] = unique[i].value();
                at[i] = at(unique[i].line(), unique[i].column());
            }
        }
        values[Unique.FIGLINK.ordinal()] = figlink(values[Unique.FIGLINK.ordinal()]);
        ScalarNode ndex = r.string(Fields.NDEX);
        ScalarNode wpid = r.string(Fields.WPID);
        GenePairs genes = new GenePairs();
        String genesTable = genes.collect(r);
        return new FigureFacts(r.figid(), values, at, r.text(Fields.PMCID), ndex == null ? null : ndex.value(),
                ndex == null ? 0 : at(ndex.line(), ndex.column()), wpid == null ? null : wpid.value(),
                wpid == null ? 0 : at(wpid.line(), wpid.column()), Arrays.copyOf(genes.ids, genes.size),
                Arrays.copyOf(genes.symbols, genes.size), Arrays.copyOf(genes.at, genes.size),
                Arrays.copyOf(genes.inTable, genes.size), genesTable, Arrays.copyOf(genes.hashes, 2 * genes.size));
    }

    /** The figlink with both slashes, so that links differing only in them count as one; null stays null. */
    private static String figlink(String link) {
        java.util.regex.Matcher m = link == null ? null : FiglinkCheck.LOOSE.matcher(link);
        return m != null && m.matches() ? "/pmc/articles/" + m.group(1) + "/figure/" + m.group(2) + "/" : link;
    }

    /**
     * A record's distinct (gene id, symbol) pairs with their first position, in arrays (no boxed value per pair).
     * Two pairs are the same when their texts {@code id<tab>symbol} are; they are found by the hashes the facts keep
     * anyway, so no text is built per pair.
     */
    private static final class GenePairs {
        private String[] ids = new String[16];
        private String[] symbols = new String[16];
        private long[] at = new long[16];
        private boolean[] inTable = new boolean[16];
        private long[] hashes = new long[32];
        /** The first pair of each hash of a pair's text. */
        private final LongIntMap first = new LongIntMap(16);
        private int size;

        /** Collects the inline genes, then the genes table's; returns the table's path when there is one. */
        String collect(FigureRecord r) {
            if (r.node(Fields.GENES) instanceof SeqNode genes) {
                for (Node item : genes.items()) {
                    if (item instanceof MapNode m) {
                        ScalarNode entrez = FigureRecord.string(m, "entrez");
                        ScalarNode symbol = FigureRecord.string(m, "hgnc_symbol");
                        if (entrez != null && symbol != null) {
                            add(entrez.value(), symbol.value(), at(entrez.line(), entrez.column()), false);
                        }
                    }
                }
            }
            TsvTable table = r.table(TsvKind.GENES);
            if (table == null || table.layout() == null) {
                return null;
            }
            int id = table.layout().column("ncbigene_id");
            int symbol = table.layout().column("ncbigene_symbol");
            for (TsvTable.Row row : table.rows()) {
                String g = row.cell(id);
                String s = row.cell(symbol);
                if (g != null && s != null && !Fields.isMissing(s)) {
                    add(g, s, at(row.line(), TsvReader.column(row.cells(), id)), true);
                }
            }
            return table.path();
        }

        private void add(String id, String symbol, long position, boolean table) {
            String[] text = text(id, symbol);
            long idHash = Hash64.of(text[0]);
            long symbolHash = Hash64.of(text[1]);
            int seen = first.putIfAbsent(31 * idHash + symbolHash, size);
            if (seen != size && (same(seen, text) || anySame(text))) {
                return;
            }
            if (size == ids.length) {
                int n = size + (size >> 1);
                ids = Arrays.copyOf(ids, n);
                symbols = Arrays.copyOf(symbols, n);
                at = Arrays.copyOf(at, n);
                inTable = Arrays.copyOf(inTable, n);
                hashes = Arrays.copyOf(hashes, 2 * n);
            }
            boolean plain = text[0] == id;
            ids[size] = id;
            symbols[size] = symbol;
            at[size] = position;
            inTable[size] = table;
            hashes[2 * size] = plain ? idHash : Hash64.of(id);
            hashes[2 * size + 1] = plain ? symbolHash : Hash64.of(symbol);
            size++;
        }

        /** A different pair shares the hash (or the map's slot of hash 0): compares with every pair. */
        private boolean anySame(String[] text) {
            for (int i = 0; i < size; i++) {
                if (same(i, text)) {
                    return true;
                }
            }
            return false;
        }

        private boolean same(int i, String[] text) {
            String[] other = text(ids[i], symbols[i]);
            return other[0].equals(text[0]) && other[1].equals(text[1]);
        }

        /**
         * The text {@code id<tab>symbol} as its parts before and after the first tab: the id and the symbol unless
         * the id holds a tab (only a hostile inline gene can), so equal texts give equal parts.
         */
        private static String[] text(String id, String symbol) {
            int tab = id.indexOf('\t');
            return tab < 0 ? new String[] {id, symbol}
                    : new String[] {id.substring(0, tab), id.substring(tab + 1) + '\t' + symbol};
        }
    }
}
