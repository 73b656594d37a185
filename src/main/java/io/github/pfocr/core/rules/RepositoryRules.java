package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules that look across records, tables and map files (uniqueness 4.20/4.21, gene ids 4.19, linkage 4.25, the map
 * files of 5.5-5.7): their ids and all their logic. One instance serves one check: records' facts are added in a
 * fixed order on one thread, then the tables, map files and the final findings are asked for, so the findings do
 * not depend on how many threads read the files.
 */
public final class RepositoryRules {
    public static final Rule FIGID_UNIQUE = Rule.error("figid-unique", "No two records share a figid (4.21).");
    public static final Rule FIGID_ALIAS_UNIQUE = Rule.error("figid-alias-unique",
            "No two records share a figid_alias; they would collide as redirect pages and GMT terms (4.20).");
    public static final Rule REDIRECT_FROM_UNIQUE = Rule.error("redirect-from-unique",
            "No two records share a redirect_from (jekyll-redirect-from would write one page twice).");
    public static final Rule JSONLD_ID_UNIQUE = Rule.error("jsonld-id-unique",
            "No two records share a schema-jsonld '@id'.");
    public static final Rule FILENAME_UNIQUE = Rule.error("filename-unique",
            "No two records of one pmcid share a filename (4.21).");
    public static final Rule FIGLINK_UNIQUE = Rule.error("figlink-unique", "No two records share a figlink (slashes "
            + "aside): one figure would have two pages, or a record links to another's figure.");
    public static final Rule GENE_ID_SYMBOL = Rule.warning("gene-id-symbol", "An NCBI gene id has the same symbol in "
            + "every record and table; the minority mapping is reported, naming the files of the majority (4.19).");
    public static final Rule GENE_SYMBOL_ID = Rule.warning("gene-symbol-id", "G1: an hgnc_symbol has the same entrez "
            + "id in every record; the minority mapping is reported (4.19).");
    public static final Rule TSV_ORPHAN = Rule.warning("tsv-orphan",
            "An entity table's figid matches no figure record (4.25).");
    public static final Rule MAP_LINE_FORMAT = Rule.error("map-line-format",
            "A map file line is figid<TAB>value with a valid figid and value (WP id or NDEx UUID).");
    public static final Rule MAP_DUPLICATE = Rule.error("map-duplicate", "A map file lists one figid twice.");
    public static final Rule MAP_ORPHAN = Rule.warning("map-orphan", "A map file entry names a figure that does not exist.");
    public static final Rule NDEX_MAP = Rule.warning("ndex-map",
            "A figure's ndex equals its entry in _data/ndex_map.tsv (4.17).");
    public static final Rule WPID_MAP = Rule.warning("wpid-map",
            "A figure's wpid equals its entry in _data/wpid_map.tsv (4.18).");

    /**
     * The rules that compare every record with every other (or with a map entry reported at the map file when the
     * record lacks the field): a partial run checks them only among the selected records, and says so.
     */
    public static final List<Rule> NEED_EVERY_RECORD = List.of(FIGID_UNIQUE, FIGID_ALIAS_UNIQUE,
            REDIRECT_FROM_UNIQUE, JSONLD_ID_UNIQUE, FILENAME_UNIQUE, FIGLINK_UNIQUE, GENE_ID_SYMBOL, GENE_SYMBOL_ID,
            NDEX_MAP, WPID_MAP);

    public static final List<Rule> ALL = List.of(FIGID_UNIQUE, FIGID_ALIAS_UNIQUE, REDIRECT_FROM_UNIQUE,
            JSONLD_ID_UNIQUE, FILENAME_UNIQUE, FIGLINK_UNIQUE, GENE_ID_SYMBOL, GENE_SYMBOL_ID, TSV_ORPHAN,
            MAP_LINE_FORMAT, MAP_DUPLICATE, MAP_ORPHAN, NDEX_MAP, WPID_MAP);

    /** How many positions of one value are kept and named in a message. */
    static final int KEEP = 5;

    /** By {@link FigureFacts.Unique} ordinal. */
    private static final Rule[] UNIQUE_RULES = {FIGID_UNIQUE, FIGID_ALIAS_UNIQUE, REDIRECT_FROM_UNIQUE,
            JSONLD_ID_UNIQUE, FILENAME_UNIQUE, FIGLINK_UNIQUE};
    private static final Pattern FIGID = FigidCheck.FORMAT;

    /** Where cross-file hits go: the file (by its index in the sorted list of checked files) and the hit. */
    @FunctionalInterface
    public interface Hits {
        void add(int pathId, RuleHit hit);
    }

    /** Which map: the field it feeds, its value format and the rule comparing it with the figure. */
    public enum MapKind {
        WPID("wpid", WpidCheck.FORMAT, WPID_MAP, "WP<digits>"),
        NDEX("ndex", NdexCheck.UUID, NDEX_MAP, "an NDEx UUID");

        private final String field;
        private final Pattern format;
        private final Rule mismatch;
        private final String expected;

        MapKind(String field, Pattern format, Rule mismatch, String expected) {
            this.field = field;
            this.format = format;
            this.mismatch = mismatch;
            this.expected = expected;
        }
    }

    private final RepositoryIndex index = new RepositoryIndex();
    private final IntFunction<String> paths;

    /** @param paths the checked files' paths by index, as findings show them */
    public RepositoryRules(IntFunction<String> paths) {
        this.paths = paths;
    }

    /**
     * Adds one record's facts.
     *
     * @param figure the figure file's index
     * @param genesTable the genes table's index, or -1
     */
    public void add(FigureFacts f, int figure, int genesTable) {
        int ordinal = index.addFigure(f.linkId());
        for (FigureFacts.Unique kind : FigureFacts.Unique.values()) {
            String value = f.unique()[kind.ordinal()];
            if (value == null || value.isEmpty() || kind == FigureFacts.Unique.FILENAME && f.pmcid() == null) {
                continue;
            }
            String key = kind == FigureFacts.Unique.FILENAME ? f.pmcid() + "/" + value : value;
            index.unique(kind, key, value, RepositoryIndex.position(figure, f.uniqueAt()[kind.ordinal()]));
        }
        if (f.ndex() != null) {
            index.ndex().put(ordinal, f.ndex(), RepositoryIndex.position(figure, f.ndexAt()));
        }
        if (f.wpid() != null) {
            index.wpid().put(ordinal, f.wpid(), RepositoryIndex.position(figure, f.wpidAt()));
        }
        long[] h = f.geneHashes();
        for (int i = 0; i < f.geneIds().length; i++) {
            long at = RepositoryIndex.position(f.geneInTable()[i] ? genesTable : figure, f.geneAt()[i]);
            index.geneToSymbol.add(f.geneIds()[i], f.symbols()[i], h[2 * i], h[2 * i + 1], at);
            // 4.19 is about G1's inline hgnc_symbol; G2 symbols are organism-specific and may repeat across taxa.
            if (!f.geneInTable()[i]) {
                index.symbolToGene.add(f.symbols()[i], f.geneIds()[i], h[2 * i + 1], h[2 * i], at);
            }
        }
    }

    /** A figure file that could not be parsed still exists: its tables and map entries are not orphans. */
    public void addUnparsed(String baseName) {
        index.addUnparsed(baseName);
    }

    /**
     * The tsv-orphan hit of a table no record claimed, or null when its figure exists.
     *
     * @param figuresDirectory the figures directory as shown in messages (relative, with {@code /})
     */
    public RuleHit orphanTable(String figid, String tableName, String figuresDirectory) {
        if (index.hasFigure(figid)) {
            return null;
        }
        return new RuleHit(TSV_ORPHAN, 1, 1, "expected a figure " + figuresDirectory + "/" + figid
                + ".md for this table, found none", null, tableName);
    }

    /**
     * Checks one map file's text against the records: line-level hits go to the map file, a value mismatch to the
     * figure's field.
     *
     * @param map the map file's index
     */
    public void checkMapFile(int map, String text, MapKind kind, String figuresDirectory, Hits out) {
        String path = paths.apply(map);
        RepositoryIndex.Values values = kind == MapKind.WPID ? index.wpid() : index.ndex();
        String[] lines = text.split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int n = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || !FIGID.matcher(cells[0]).matches() || !kind.format.matcher(cells[1]).matches()) {
                out.add(map, new RuleHit(MAP_LINE_FORMAT, n, 1, "expected figid<TAB>" + kind.expected
                        + ", found '" + line + "'" + (cells.length == 1 && line.contains(" ")
                                ? " (separated by spaces, not a tab)" : ""), null, line));
                continue;
            }
            Integer first = seen.putIfAbsent(cells[0], n);
            if (first != null) {
                out.add(map, new RuleHit(MAP_DUPLICATE, n, 1, "figid " + cells[0] + " is already mapped on line "
                        + first, null, cells[0]));
                continue;
            }
            if (!index.hasFigure(cells[0])) {
                out.add(map, new RuleHit(MAP_ORPHAN, n, 1, "expected a figure " + figuresDirectory + "/" + cells[0]
                        + ".md for this entry, found none", null, cells[0]));
                continue;
            }
            if (index.isUnparsed(cells[0])) {
                continue;
            }
            int ordinal = index.figure(cells[0]);
            String actual = values.value(ordinal);
            if (!cells[1].equals(actual)) {
                String message = kind.field + ": expected '" + cells[1] + "' as in " + path + ":" + n + ", found "
                        + (actual == null ? "no " + kind.field + " field" : "'" + actual + "'");
                if (actual == null) {
                    out.add(map, new RuleHit(kind.mismatch, n, cells[0].length() + 2, message, cells[1], null));
                } else {
                    long at = values.at(ordinal);
                    out.add(RepositoryIndex.pathId(at), new RuleHit(kind.mismatch, RepositoryIndex.line(at),
                            RepositoryIndex.column(at), message, cells[1], actual));
                }
            }
        }
    }

    /** The uniqueness and gene-id consistency hits, once every record is added. */
    public void finish(Hits out) {
        for (RepositoryIndex.Duplicate d : index.duplicates()) {
            Rule rule = UNIQUE_RULES[d.kind().ordinal()];
            long[] sorted = d.at().clone();
            Arrays.sort(sorted);
            for (long at : sorted) {
                long[] others = Arrays.stream(sorted).filter(o -> o != at).toArray();
                out.add(RepositoryIndex.pathId(at), new RuleHit(rule, RepositoryIndex.line(at),
                        RepositoryIndex.column(at), d.kind().noun + " '" + d.value() + "' must be unique, found it "
                                + "also in " + names(others, others.length), null, d.value()));
            }
        }
        mismatches(index.geneToSymbol, GENE_ID_SYMBOL, "NCBI gene id", "symbol", out);
        mismatches(index.symbolToGene, GENE_SYMBOL_ID, "hgnc_symbol", "entrez id", out);
    }

    /** For each key with several values: every position of a minority value, naming the majority's files. */
    private void mismatches(RepositoryIndex.Tallies t, Rule rule, String keyNoun, String valueNoun, Hits out) {
        Integer[] order = new Integer[t.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> t.key[i]));
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to < order.length && t.key[order[to]] == t.key[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                List<Integer> group = new ArrayList<>(Arrays.asList(order).subList(from, to));
                // The majority: most records; on a tie, the smaller value, so the choice does not depend on order.
                int major = group.stream().min(Comparator.<Integer>comparingInt(i -> -t.count[i])
                        .thenComparing(i -> t.values.string(t.value[i]))).orElseThrow();
                String key = t.keys.string(t.key[major]);
                String majority = t.values.string(t.value[major]);
                String majorFiles = names(t.first(major), t.count[major]);
                for (int minor : group) {
                    if (minor == major) {
                        continue;
                    }
                    for (long at : t.first(minor)) {
                        out.add(RepositoryIndex.pathId(at), new RuleHit(rule, RepositoryIndex.line(at),
                                RepositoryIndex.column(at), keyNoun + " " + key + ": expected " + valueNoun + " '"
                                        + majority + "' as in " + t.count[major] + " file(s) (" + majorFiles
                                        + "), found '" + t.values.string(t.value[minor]) + "' in " + t.count[minor]
                                        + " file(s)", majority, key));
                    }
                }
            }
            from = to;
        }
    }

    /** Up to {@link #KEEP} positions (sorted), then how many more of {@code total}. */
    private String names(long[] sorted, int total) {
        String s = Arrays.stream(sorted).limit(KEEP).mapToObj(at -> paths.apply(RepositoryIndex.pathId(at)) + ":"
                + RepositoryIndex.line(at) + ":" + RepositoryIndex.column(at)).collect(Collectors.joining(", "));
        return total > KEEP ? s + " and " + (total - KEEP) + " more" : s;
    }
}
