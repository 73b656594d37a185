package io.github.pfocr.core.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Figures by the hash of their link id (the figid tables and maps name), with their ordinal: the first record of
     * a link id gives it, and its fields are kept by it.
     */
    private final LongIntMap figures = new LongIntMap(1024);
    private final LongIntMap unparsed = new LongIntMap(16);
    private final Values ndex = new Values();
    private final Values wpid = new Values();

    /**
     * Unique values: the hash of each (kind, value) and its position, in arrival order. Repeats are found at the end
     * among the few hashes the filter flagged; only those keep their value, for the message.
     */
    private final LongBlocks uniqueHash = new LongBlocks();
    private final PositionLog uniqueAt = new PositionLog();
    private HashFilter seen = new HashFilter(1 << 14);
    /** The flagged hashes (a repeat or a false positive of the filter), to an index in {@link #flagged}. */
    private final LongIntMap flaggedSlots = new LongIntMap(16);
    private final List<Flagged> flagged = new ArrayList<>();

    /** Gene ids and symbols, interned once for both directions. */
    private final Interner genes = new Interner();
    final Tallies geneToSymbol = new Tallies(genes);
    final Tallies symbolToGene = new Tallies(genes);

    /** A value seen at several positions. */
    record Duplicate(FigureFacts.Unique kind, String value, long[] at) {
    }

    private record Flagged(FigureFacts.Unique kind, String value) {
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

    /** Adds a figure; returns the ordinal of its link id. */
    int addFigure(String linkId) {
        return figures.putIfAbsent(Hash64.of(linkId), figures.size());
    }

    /** The ordinal of a link id, or {@link LongIntMap#MISSING}. */
    int figure(String linkId) {
        return figures.get(Hash64.of(linkId));
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
        if (seen.add(hash)) {
            int next = flagged.size();
            if (flaggedSlots.putIfAbsent(hash, next) == next) {
                flagged.add(new Flagged(kind, value));
            }
        }
        uniqueHash.add(hash);
        uniqueAt.add(at);
        if (seen.full()) {
            // Twice the capacity keeps false positives rare; the log holds every hash to refill it.
            seen = new HashFilter(seen.capacity() * 2);
            for (int i = 0; i < uniqueHash.size(); i++) {
                seen.add(uniqueHash.get(i));
            }
        }
    }

    /** The values seen more than once, each with every position (in arrival order). */
    List<Duplicate> duplicates() {
        List<List<Long>> at = new ArrayList<>(flagged.size());
        flagged.forEach(f -> at.add(new ArrayList<>(2)));
        PositionLog.Reader positions = uniqueAt.reader();
        for (int i = 0; i < uniqueHash.size(); i++) {
            long position = positions.next();
            int slot = flaggedSlots.get(uniqueHash.get(i));
            if (slot != LongIntMap.MISSING) {
                at.get(slot).add(position);
            }
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < flagged.size(); i++) {
            if (at.get(i).size() > 1) {
                duplicates.add(new Duplicate(flagged.get(i).kind(), flagged.get(i).value(),
                        at.get(i).stream().mapToLong(Long::longValue).toArray()));
            }
        }
        return duplicates;
    }

    Values ndex() {
        return ndex;
    }

    Values wpid() {
        return wpid;
    }

    /**
     * A field value and its position per figure ordinal (for the first record of a link id that has the field),
     * in pages of {@link LongIntMap#PAGE} figures made when one of their figures has the field: no table of its
     * own, and nothing for a field no record has.
     */
    static final class Values {
        private String[][] values = new String[4][];
        private long[][] at = new long[4][];

        void put(int figure, String value, long position) {
            int page = figure >>> LongIntMap.PAGE_BITS;
            int i = figure & (LongIntMap.PAGE - 1);
            if (page >= values.length) {
                values = Arrays.copyOf(values, Math.max(page + 1, values.length * 2));
                at = Arrays.copyOf(at, values.length);
            }
            if (values[page] == null) {
                values[page] = new String[LongIntMap.PAGE];
                at[page] = new long[LongIntMap.PAGE];
            }
            if (values[page][i] == null) {
                // Most records leave the field empty: share one empty string instead of keeping each.
                values[page][i] = value.isEmpty() ? "" : value;
                at[page][i] = position;
            }
        }

        /** The value of a figure, or null when it has none. */
        String value(int figure) {
            int page = figure >>> LongIntMap.PAGE_BITS;
            return page < values.length && values[page] != null ? values[page][figure & (LongIntMap.PAGE - 1)] : null;
        }

        /** The position of a figure's value. */
        long at(int figure) {
            return at[figure >>> LongIntMap.PAGE_BITS][figure & (LongIntMap.PAGE - 1)];
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
        /** Tally t's kept positions at t * KEEP and on; unused ones are Long.MAX_VALUE. */
        private final LongPages first = new LongPages(Long.MAX_VALUE);

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
                key[t] = keys.code(k, hk);
                value[t] = values.code(v, hv);
            }
            count[found]++;
            keepFirst(found, at);
        }

        /** Keeps the smallest positions, in order, in the tally's fixed-size window. */
        private void keepFirst(int t, long at) {
            int base = t * RepositoryRules.KEEP;
            int last = base + RepositoryRules.KEEP - 1;
            if (at >= first.get(last)) {
                return;
            }
            int i = last;
            while (i > base && first.get(i - 1) > at) {
                first.set(i, first.get(i - 1));
                i--;
            }
            first.set(i, at);
        }

        int size() {
            return pairs.size();
        }

        /** The kept positions of tally {@code t}, in order. */
        long[] first(int t) {
            int base = t * RepositoryRules.KEEP;
            int n = 0;
            while (n < RepositoryRules.KEEP && first.get(base + n) != Long.MAX_VALUE) {
                n++;
            }
            long[] kept = new long[n];
            for (int i = 0; i < n; i++) {
                kept[i] = first.get(base + i);
            }
            return kept;
        }
    }

    /**
     * Distinct strings to dense int codes and back. Each string is kept as bytes, without a {@link String} object
     * around them (a short gene id costs half its String), in pages of {@link LongIntMap#PAGE} codes: one byte per
     * char when every char is below 256, else two, and never a lossy encoding (a lone surrogate stays itself).
     */
    static final class Interner {
        private final LongIntMap codes = new LongIntMap(1024);
        private byte[][][] bytes = new byte[4][][];

        /** @param hash {@code Hash64.of(s)} */
        int code(String s, long hash) {
            int next = codes.size();
            int code = codes.putIfAbsent(hash, next);
            if (code == next) {
                int page = next >>> LongIntMap.PAGE_BITS;
                if (page == bytes.length) {
                    bytes = Arrays.copyOf(bytes, page * 2);
                }
                if (bytes[page] == null) {
                    bytes[page] = new byte[LongIntMap.PAGE][];
                }
                bytes[page][next & (LongIntMap.PAGE - 1)] = pack(s);
            }
            return code;
        }

        String string(int code) {
            return unpack(bytes[code >>> LongIntMap.PAGE_BITS][code & (LongIntMap.PAGE - 1)]);
        }

        /** A tag byte (0: one byte per char, 1: two), then the chars. */
        static byte[] pack(String s) {
            boolean narrow = s.chars().allMatch(c -> c < 256);
            byte[] b = new byte[1 + s.length() * (narrow ? 1 : 2)];
            b[0] = (byte) (narrow ? 0 : 1);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (narrow) {
                    b[1 + i] = (byte) c;
                } else {
                    b[1 + 2 * i] = (byte) (c >>> 8);
                    b[2 + 2 * i] = (byte) c;
                }
            }
            return b;
        }

        static String unpack(byte[] b) {
            if (b[0] == 0) {
                return new String(b, 1, b.length - 1, StandardCharsets.ISO_8859_1);
            }
            char[] chars = new char[(b.length - 1) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ((b[1 + 2 * i] & 0xff) << 8 | b[2 + 2 * i] & 0xff);
            }
            return new String(chars);
        }
    }
}
