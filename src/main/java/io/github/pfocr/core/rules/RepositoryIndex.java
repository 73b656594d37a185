package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The compact indexes behind the cross-file rules, filled from {@link FigureFacts} by any number of threads.
 * Only ids and positions are kept, never record trees, so memory grows with the number of distinct ids.
 * Results do not depend on the order records arrive in.
 */
public final class RepositoryIndex {
    /** How many positions of one value are kept and named in a message. */
    static final int KEEP = 5;

    private static final Comparator<Located> BY_POSITION = Comparator.comparing(Located::path)
            .thenComparingInt(Located::line).thenComparingInt(Located::column);

    private final Map<Rule, Map<String, List<Located>>> unique = new ConcurrentHashMap<>();
    private final Map<String, Located> ndexByFigid = new ConcurrentHashMap<>();
    private final Map<String, Located> wpidByFigid = new ConcurrentHashMap<>();
    private final Set<String> figids = ConcurrentHashMap.newKeySet();
    private final Set<String> unparsed = ConcurrentHashMap.newKeySet();
    private final Mapping geneIdToSymbol = new Mapping();
    private final Mapping symbolToGeneId = new Mapping();

    public void add(FigureFacts f) {
        figids.add(f.linkId());
        unique(RepositoryRules.FIGID_UNIQUE, f.figid(), "");
        unique(RepositoryRules.FIGID_ALIAS_UNIQUE, f.figidAlias(), "");
        unique(RepositoryRules.REDIRECT_FROM_UNIQUE, f.redirectFrom(), "");
        unique(RepositoryRules.JSONLD_ID_UNIQUE, f.jsonldId(), "");
        unique(RepositoryRules.FIGLINK_UNIQUE, f.figlink(), "");
        if (f.pmcid() != null) {
            unique(RepositoryRules.FILENAME_UNIQUE, f.filename(), f.pmcid() + "/");
        }
        if (f.ndex() != null) {
            ndexByFigid.put(f.linkId(), f.ndex());
        }
        if (f.wpid() != null) {
            wpidByFigid.put(f.linkId(), f.wpid());
        }
        for (FigureFacts.GenePair p : f.genePairs()) {
            geneIdToSymbol.add(p.geneId(), p.symbol(), p.at());
            // 4.19 is about G1's inline hgnc_symbol; G2 symbols are organism-specific and may repeat across taxa.
            if (!p.at().path().endsWith(".tsv")) {
                symbolToGeneId.add(p.symbol(), p.geneId(), new Located(p.symbol(), p.at().path(), p.at().line(),
                        p.at().column()));
            }
        }
    }

    /** A figure file that could not be parsed still exists: its tables and map entries are not orphans. */
    public void addUnparsed(String baseName) {
        figids.add(baseName);
        unparsed.add(baseName);
    }

    /** Whether the figure with this file name could not be parsed, so its fields are unknown. */
    public boolean isUnparsed(String figid) {
        return unparsed.contains(figid);
    }

    private void unique(Rule rule, Located at, String scope) {
        if (at == null || at.value().isEmpty()) {
            return;
        }
        unique.computeIfAbsent(rule, r -> new ConcurrentHashMap<>())
                .compute(scope + at.value(), (k, list) -> {
                    List<Located> l = list == null ? new ArrayList<>(1) : list;
                    l.add(at);
                    return l;
                });
    }

    /** Whether a figure record with this figid (or file name, when it has none) exists. */
    public boolean hasFigure(String figid) {
        return figids.contains(figid);
    }

    /** The ndex field of the figure with this figid, or null. */
    public Located ndex(String figid) {
        return ndexByFigid.get(figid);
    }

    /** The wpid field of the figure with this figid, or null. */
    public Located wpid(String figid) {
        return wpidByFigid.get(figid);
    }

    /** The findings of the uniqueness and gene-id consistency rules. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Rule, Map<String, List<Located>>> byRule : unique.entrySet()) {
            Rule rule = byRule.getKey();
            for (List<Located> all : byRule.getValue().values()) {
                if (all.size() < 2) {
                    continue;
                }
                List<Located> sorted = all.stream().sorted(BY_POSITION).toList();
                for (Located at : sorted) {
                    String others = names(sorted.stream().filter(o -> o != at).toList(), all.size() - 1);
                    out.add(finding(rule, at, field(rule) + " '" + at.value() + "' must be unique, found it also in "
                            + others, null));
                }
            }
        }
        geneIdToSymbol.findings(RepositoryRules.GENE_ID_SYMBOL, "NCBI gene id", "symbol", out);
        symbolToGeneId.findings(RepositoryRules.GENE_SYMBOL_ID, "hgnc_symbol", "entrez id", out);
        return out;
    }

    private static String field(Rule rule) {
        if (rule == RepositoryRules.FIGID_UNIQUE) {
            return "figid";
        } else if (rule == RepositoryRules.FIGID_ALIAS_UNIQUE) {
            return "figid_alias";
        } else if (rule == RepositoryRules.REDIRECT_FROM_UNIQUE) {
            return "redirect_from";
        } else if (rule == RepositoryRules.JSONLD_ID_UNIQUE) {
            return "schema-jsonld '@id'";
        } else if (rule == RepositoryRules.FIGLINK_UNIQUE) {
            return "figlink";
        }
        return "filename (within its pmcid)";
    }

    static Finding finding(Rule rule, Located at, String message, String expected) {
        return new Finding(at.path(), at.line(), at.column(), rule.severity(), rule.id(), message, null, expected,
                at.value());
    }

    /** Up to {@link #KEEP} positions, then how many more. */
    private static String names(List<Located> shown, int total) {
        String s = shown.stream().sorted(BY_POSITION).limit(KEEP).map(Located::where).collect(Collectors.joining(", "));
        return total > KEEP ? s + " and " + (total - KEEP) + " more" : s;
    }

    /**
     * A many-to-one expectation (a gene id has one symbol): per key and value, the number of files and the first
     * positions in path order.
     */
    private static final class Mapping {
        private final Map<String, Map<String, Tally>> byKey = new ConcurrentHashMap<>();

        /** Locks only the one key's values, so threads adding different genes do not wait for each other. */
        void add(String key, String value, Located at) {
            Map<String, Tally> values = byKey.computeIfAbsent(key, k -> new HashMap<>(2));
            synchronized (values) {
                values.computeIfAbsent(value, v -> new Tally()).add(at);
            }
        }

        /** Called once all records are added. */
        void findings(Rule rule, String keyNoun, String valueNoun, List<Finding> out) {
            for (Map.Entry<String, Map<String, Tally>> e : byKey.entrySet()) {
                Map<String, Tally> values = e.getValue();
                if (values.size() < 2) {
                    continue;
                }
                String majority = values.entrySet().stream()
                        .max(Comparator.<Map.Entry<String, Tally>>comparingInt(v -> v.getValue().count)
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .orElseThrow().getKey();
                Tally major = values.get(majority);
                for (Map.Entry<String, Tally> minority : values.entrySet()) {
                    if (minority.getKey().equals(majority)) {
                        continue;
                    }
                    Tally t = minority.getValue();
                    for (Located at : t.first) {
                        out.add(finding(rule, at, keyNoun + " " + e.getKey() + ": expected " + valueNoun + " '"
                                + majority + "' as in " + major.count + " file(s) (" + names(major.first, major.count)
                                + "), found '" + minority.getKey() + "' in " + t.count + " file(s)", majority));
                    }
                }
            }
        }
    }

    /** How many files use one mapping, and the first of them in path order. */
    private static final class Tally {
        private int count;
        private final List<Located> first = new ArrayList<>(1);

        void add(Located at) {
            count++;
            first.add(at);
            if (first.size() > KEEP) {
                first.sort(BY_POSITION);
                first.remove(KEEP);
            }
        }
    }
}
