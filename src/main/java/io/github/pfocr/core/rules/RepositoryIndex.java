package io.github.pfocr.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact memory of the cross-file rules: 64-bit hashes instead of values, positions packed in longs, values
 * interned to int codes, primitive arrays instead of per-item objects. {@link RepositoryRules} fills it from each
 * record's {@link FigureFacts}, in a fixed order, on one thread, and reads it to report.
 *
 * <p>A position is a file's index in the sorted list of checked files, a line and a column in one long, so
 * comparing positions compares paths first, as reports order them. Lines and columns beyond 2^20 - 1 are clamped.
 */
public final class RepositoryIndex {
    private static final long MAX = (1 << 20) - 1;

    /** Figures by the hash of their link id (the figid tables and maps name), with their ordinal. */
    private final LongIntMap figures = new LongIntMap(1024);
    private final LongIntMap unparsed = new LongIntMap(16);
    private final Values ndex = new Values();
    private final Values wpid = new Values();

    /** Unique values: the hash of (kind, value) to a slot holding the first position. */
    private final LongIntMap unique = new LongIntMap(1024);
    private long[] firstAt = new long[1024];
    /** The few slots seen more than once: their value and every position. */
    private final Map<Integer, Duplicate> duplicates = new HashMap<>();

    /** Gene ids and symbols, interned once for both directions. */
    private final Interner genes = new Interner();
    final Tallies geneToSymbol = new Tallies(genes);
    final Tallies symbolToGene = new Tallies(genes);

    /** A value seen at several positions. */
    record Duplicate(FigureFacts.Unique kind, String value, List<Long> at) {
    }

    public static long position(int pathId, long lineColumn) {
        long line = Math.min(MAX, Math.max(0, FigureFacts.line(lineColumn)));
        long column = Math.min(MAX, Math.max(0, FigureFacts.column(lineColumn)));
        return (long) pathId << 40 | line << 20 | column;
    }

    public static int pathId(long position) {
        return (int) (position >>> 40);
    }

    public static int line(long position) {
        return (int) (position >>> 20 & MAX);
    }

    public static int column(long position) {
        return (int) (position & MAX);
    }

    void addFigure(String linkId) {
        figures.putIfAbsent(Hash64.of(linkId), figures.size());
    }

    void addUnparsed(String baseName) {
        figures.putIfAbsent(Hash64.of(baseName), figures.size());
        unparsed.putIfAbsent(Hash64.of(baseName), 1);
    }

    boolean hasFigure(String linkId) {
        return figures.get(Hash64.of(linkId)) != LongIntMap.MISSING;
    }

    boolean isUnparsed(String linkId) {
        return unparsed.get(Hash64.of(linkId)) != LongIntMap.MISSING;
    }

    /** Notes a value that must be unique; a repeat makes it a duplicate. */
    void unique(FigureFacts.Unique kind, String key, String value, long at) {
        long hash = Hash64.of(key) * 31 + kind.ordinal();
        int slot = unique.size();
        int found = unique.putIfAbsent(hash, slot);
        if (found == slot) {
            firstAt = LongIntMap.ensure(firstAt, slot);
            firstAt[slot] = at;
        } else {
            duplicates.computeIfAbsent(found, s -> new Duplicate(kind, value, new ArrayList<>(List.of(firstAt[s]))))
                    .at().add(at);
        }
    }

    Iterable<Duplicate> duplicates() {
        return duplicates.values();
    }

    Values ndex() {
        return ndex;
    }

    Values wpid() {
        return wpid;
    }

    /** A field value and its position per link id, only for records that have the field. */
    static final class Values {
        private final LongIntMap slots = new LongIntMap(16);
        private String[] values = new String[16];
        private long[] at = new long[16];

        void put(String linkId, String value, long position) {
            int slot = slots.size();
            if (slots.putIfAbsent(Hash64.of(linkId), slot) == slot) {
                if (slot >= values.length) {
                    values = Arrays.copyOf(values, slot * 2);
                }
                at = LongIntMap.ensure(at, slot);
                // Most records leave the field empty: share one empty string instead of keeping each.
                values[slot] = value.isEmpty() ? "" : value;
                at[slot] = position;
            }
        }

        /** The slot of this link id's value, or {@link LongIntMap#MISSING}. */
        int slot(String linkId) {
            return slots.get(Hash64.of(linkId));
        }

        String value(int slot) {
            return values[slot];
        }

        long at(int slot) {
            return at[slot];
        }
    }

    /**
     * A many-to-one expectation (a gene id has one symbol): per (key, value) pair the number of records using it and
     * its first {@link RepositoryRules#KEEP} positions, keys and values interned to int codes.
     */
    static final class Tallies {
        final Interner keys;
        final Interner values;
        private final LongIntMap pairs = new LongIntMap(1024);
        int[] key = new int[1024];
        int[] value = new int[1024];
        int[] count = new int[1024];
        private long[] first = new long[1024 * RepositoryRules.KEEP];

        Tallies(Interner strings) {
            this.keys = strings;
            this.values = strings;
        }

        /**
         * @param hk {@code Hash64.of(k)}
         * @param hv {@code Hash64.of(v)}
         */
        void add(String k, String v, long hk, long hv, long at) {
            // One probe for a known pair, the common case; the strings are interned only for a new one.
            long pair = hk * 0x9E3779B97F4A7C15L + hv;
            int t = pairs.size();
            int found = pairs.get(pair);
            if (found == LongIntMap.MISSING) {
                found = pairs.putIfAbsent(pair, t);
                key = LongIntMap.ensure(key, t);
                value = LongIntMap.ensure(value, t);
                count = LongIntMap.ensure(count, t);
                first = LongIntMap.ensure(first, (t + 1) * RepositoryRules.KEEP - 1);
                key[t] = keys.code(k, hk);
                value[t] = values.code(v, hv);
                Arrays.fill(first, t * RepositoryRules.KEEP, (t + 1) * RepositoryRules.KEEP, Long.MAX_VALUE);
            }
            count[found]++;
            keepFirst(found, at);
        }

        /** Keeps the smallest positions, in order, in the tally's fixed-size window. */
        private void keepFirst(int t, long at) {
            int base = t * RepositoryRules.KEEP;
            int last = base + RepositoryRules.KEEP - 1;
            if (at >= first[last]) {
                return;
            }
            int i = last;
            while (i > base && first[i - 1] > at) {
                first[i] = first[i - 1];
                i--;
            }
            first[i] = at;
        }

        int size() {
            return pairs.size();
        }

        /** The kept positions of tally {@code t}, in order. */
        long[] first(int t) {
            int base = t * RepositoryRules.KEEP;
            int n = 0;
            while (n < RepositoryRules.KEEP && first[base + n] != Long.MAX_VALUE) {
                n++;
            }
            return Arrays.copyOfRange(first, base, base + n);
        }
    }

    /** Distinct strings to dense int codes and back. */
    static final class Interner {
        private final LongIntMap codes = new LongIntMap(1024);
        private String[] strings = new String[1024];

        /** @param hash {@code Hash64.of(s)} */
        int code(String s, long hash) {
            int next = codes.size();
            int code = codes.putIfAbsent(hash, next);
            if (code == next) {
                if (next >= strings.length) {
                    strings = Arrays.copyOf(strings, next * 2);
                }
                strings[next] = s;
            }
            return code;
        }

        String string(int code) {
            return strings[code];
        }
    }
}
