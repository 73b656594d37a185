package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.CacheFormatException;
import io.github.pfocr.core.engine.CacheOutput;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.UnicodeText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One figure's catalog form as bytes: what the check's cache keeps of each record and what the catalog is written
 * from. Its fields lie in the order of the figure's catalog JSON, so {@link #writeJson} is one walk that copies each
 * string's UTF-8 bytes with JSON's escapes: no string is decoded and no generator runs for the largest output of a
 * release (decoding and re-encoding every caption was most of the catalog goal's time). {@link #figure} decodes it
 * for what needs values: the statistics, the gene sets, JSON-LD.
 *
 * <p>Layout: numbers are big-endian ints, a string is its UTF-8 length (-1 for none) and bytes, a list its count and
 * items. figid, figidAlias, pmcid, number, figtype, figtitle, caption, papertitle, reftext; year (or
 * {@link Integer#MIN_VALUE}); doi, journal title, NLM TA, publisher; organisms, organismsNer (lists); whether there is
 * a pathway score, and its bits as a long; ndex, wpid, pageUrl, pmcFigureUrl, imageUrl; generation ordinal; genes
 * (symbol, id, organism, source), chemicals (word, mesh, chebi), diseases (word, mesh, doid); keywords (a list).
 *
 * <p>A part read from a cache file is checked before use: every length inside the part, every string well-formed
 * UTF-8 without a surrogate or noncharacter. {@link #of} writes text only in that form (what I-JSON allows), so the
 * JSON copied from a part is valid whatever a record held or a cache file was made to hold.
 */
public final class CatalogPart {
    /** Bumped whenever the layout changes. */
    static final String FORMAT = "catalog-figure/2";

    private static final int NO_YEAR = Integer.MIN_VALUE;
    private static final String[] TEXT_KEYS = {"figid", "figidAlias", "pmcid", "number", "figtype", "figtitle",
        "caption", "papertitle", "reftext"};
    private static final String[] JOURNAL_KEYS = {"title", "nlmTa", "publisher"};
    private static final String[] LINK_KEYS = {"ndex", "wpid", "pageUrl", "pmcFigureUrl", "imageUrl"};
    private static final String[] GENE_KEYS = {"symbol", "ncbiGeneId", "organism", "source"};
    private static final String[] CHEMICAL_KEYS = {"word", "mesh", "chebi"};
    private static final String[] DISEASE_KEYS = {"word", "mesh", "doid"};

    private final byte[] bytes;

    private CatalogPart(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The figure's part; text that I-JSON forbids (an unpaired surrogate, a noncharacter) becomes U+FFFD. */
    public static CatalogPart of(CatalogFigure f) {
        CacheOutput out = new CacheOutput();
        texts(out, f.figid(), f.figidAlias(), f.pmcid(), f.number(), f.figtype(), f.figtitle(), f.caption(),
                f.papertitle(), f.reftext());
        out.writeInt(f.year() == null ? NO_YEAR : f.year());
        texts(out, f.doi(), f.journalTitle(), f.journalNlmTa(), f.publisherName());
        list(out, f.organisms());
        list(out, f.organismsNer());
        out.writeBoolean(f.pathwayScore() != null);
        out.writeLong(f.pathwayScore() == null ? 0 : Double.doubleToRawLongBits(f.pathwayScore()));
        texts(out, f.ndex(), f.wpid(), f.pageUrl(), f.pmcFigureUrl(), f.imageUrl());
        out.writeInt(f.generation().ordinal());
        out.writeInt(f.genes().size());
        f.genes().forEach(g -> texts(out, g.symbol(), g.ncbiGeneId(), g.organism(), g.source()));
        out.writeInt(f.chemicals().size());
        f.chemicals().forEach(c -> texts(out, c.word(), c.mesh(), c.chebi()));
        out.writeInt(f.diseases().size());
        f.diseases().forEach(d -> texts(out, d.word(), d.mesh(), d.doid()));
        list(out, f.keywords());
        return new CatalogPart(out.toByteArray());
    }

    /**
     * A part as {@link #bytes} gave it, checked.
     *
     * @throws CacheFormatException when a length or count leaves the part, a string is not what {@link #of} writes,
     *                              or bytes follow the last field
     */
    public static CatalogPart read(byte[] bytes) {
        new Walk(bytes, null).walk();
        return new CatalogPart(bytes);
    }

    /** The bytes, for the cache. */
    public byte[] bytes() {
        return bytes;
    }

    /** The figid, decoded from the part's first field. */
    public String figid() {
        return new Reader(bytes, false).string();
    }

    /** Appends the figure's catalog JSON: keys in a fixed order, absent values omitted, one line. */
    void writeJson(JsonBytes out) {
        new Walk(bytes, out).walk();
    }

    /** Every field decoded. */
    CatalogFigure figure() {
        return figure(true);
    }

    /**
     * The fields decoded; without {@code all}, only those the statistics and the gene sets use (figid, pmcid,
     * figtype, year, organisms, organismsNer, pageUrl, generation, the genes' ids, organisms and sources, the
     * chemicals and diseases), the others null or empty: the rest is most of a figure's bytes.
     */
    CatalogFigure figure(boolean all) {
        Reader in = new Reader(bytes, all);
        String figid = in.string();
        String figidAlias = in.other();
        String pmcid = in.string();
        String number = in.other();
        String figtype = in.string();
        String[] texts = {in.other(), in.other(), in.other(), in.other()};
        int year = in.integer();
        String[] doiJournal = {in.other(), in.other(), in.other(), in.other()};
        List<String> organisms = in.list(true);
        List<String> organismsNer = in.list(true);
        boolean hasScore = in.integer() == 1;
        long score = in.longValue();
        String ndex = in.other();
        String wpid = in.other();
        String pageUrl = in.string();
        String pmcFigureUrl = in.other();
        String imageUrl = in.other();
        Generation generation = Generation.values()[in.integer()];
        CatalogFigure.Gene[] genes = new CatalogFigure.Gene[in.integer()];
        for (int i = 0; i < genes.length; i++) {
            genes[i] = new CatalogFigure.Gene(in.other(), in.string(), in.string(), in.string());
        }
        CatalogFigure.Chemical[] chemicals = new CatalogFigure.Chemical[in.integer()];
        for (int i = 0; i < chemicals.length; i++) {
            chemicals[i] = new CatalogFigure.Chemical(in.string(), in.string(), in.string());
        }
        CatalogFigure.Disease[] diseases = new CatalogFigure.Disease[in.integer()];
        for (int i = 0; i < diseases.length; i++) {
            diseases[i] = new CatalogFigure.Disease(in.string(), in.string(), in.string());
        }
        List<String> keywords = in.list(all);
        return new CatalogFigure(figid, figidAlias, pmcid, number, figtype, texts[0], texts[1], texts[2], texts[3],
                year == NO_YEAR ? null : year, doiJournal[0], doiJournal[1], doiJournal[2], doiJournal[3], organisms,
                organismsNer, hasScore ? Double.longBitsToDouble(score) : null, ndex, wpid, pageUrl, pmcFigureUrl,
                imageUrl, generation, List.of(genes), List.of(chemicals), List.of(diseases), keywords);
    }

    private static void texts(CacheOutput out, String... values) {
        for (String v : values) {
            out.writeString(UnicodeText.valid(v));
        }
    }

    private static void list(CacheOutput out, List<String> values) {
        out.writeInt(values.size());
        values.forEach(v -> out.writeString(UnicodeText.valid(v)));
    }

    /** A place in a part's bytes. */
    private abstract static class Cursor {
        final byte[] b;
        int pos;

        Cursor(byte[] b) {
            this.b = b;
        }

        final int integer() {
            if (b.length - pos < 4) {
                throw new CacheFormatException("catalog part ends early");
            }
            int v = (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | b[pos + 3] & 0xff;
            pos += 4;
            return v;
        }

        final long longValue() {
            return (long) integer() << 32 | integer() & 0xffffffffL;
        }
    }

    /** Decodes a part already checked: its lengths and counts are known to fit. */
    private static final class Reader extends Cursor {
        /** Whether {@link #other} decodes too. */
        private final boolean all;

        Reader(byte[] b, boolean all) {
            super(b);
            this.all = all;
        }

        String string() {
            int n = integer();
            if (n < 0) {
                return null;
            }
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** A field only some readers need: decoded when all are, else stepped over (null). */
        String other() {
            return all ? string() : skip();
        }

        private String skip() {
            int n = integer();
            pos += Math.max(n, 0);
            return null;
        }

        /** A list of strings; stepped over (empty) unless {@code decoded}. */
        List<String> list(boolean decoded) {
            String[] out = new String[integer()];
            for (int i = 0; i < out.length; i++) {
                out[i] = decoded ? string() : skip();
            }
            return decoded ? List.of(out) : List.of();
        }
    }

    /**
     * One walk over a part: with a sink it writes the figure's JSON, without one it only checks the part. Every
     * length and count is checked against the bytes left either way.
     */
    private static final class Walk extends Cursor {
        private final JsonBytes out;

        Walk(byte[] b, JsonBytes out) {
            super(b);
            this.out = out;
        }

        void walk() {
            begin();
            fields(TEXT_KEYS);
            int year = integer();
            if (year != NO_YEAR && out != null) {
                out.key("year").number(year);
            }
            fields("doi");
            journal();
            list("organisms", true);
            list("organismsNer", true);
            score();
            fields(LINK_KEYS);
            int generation = integer();
            if (generation < 0 || generation >= Generation.values().length) {
                throw new CacheFormatException("generation " + generation);
            }
            if (out != null) {
                out.key("generation").string(Generation.values()[generation].label());
            }
            objects("genes", GENE_KEYS);
            objects("chemicals", CHEMICAL_KEYS);
            objects("diseases", DISEASE_KEYS);
            list("keywords", false);
            if (pos != b.length) {
                throw new CacheFormatException((b.length - pos) + " unread byte(s) after the catalog part");
            }
            if (out != null) {
                out.end('}');
            }
        }

        private void begin() {
            if (out != null) {
                out.begin('{');
            }
        }

        private void end(char close) {
            if (out != null) {
                out.end(close);
            }
        }

        /** A string field per key, in order; an absent one is left out. */
        private void fields(String... keys) {
            for (String key : keys) {
                int n = length();
                if (n >= 0) {
                    if (out != null) {
                        out.key(key).utf8(b, pos, n);
                    }
                    pos += n;
                }
            }
        }

        /** The journal's fields, in an object written only when one of them is present. */
        private void journal() {
            int at = pos;
            boolean any = false;
            for (int i = 0; i < JOURNAL_KEYS.length; i++) {
                int n = length();
                any |= n >= 0;
                pos += Math.max(n, 0);
            }
            if (any && out != null) {
                int end = pos;
                pos = at;
                out.key("journal").begin('{');
                fields(JOURNAL_KEYS);
                out.end('}');
                pos = end;
            }
        }

        private void score() {
            int has = integer();
            if (has != 0 && has != 1) {
                throw new CacheFormatException("expected a boolean, found " + has);
            }
            long bits = longValue();
            if (has == 1 && out != null) {
                out.key("pathwayScore").number(Double.longBitsToDouble(bits));
            }
        }

        /** A list of strings; written as an array when {@code written}. */
        private void list(String key, boolean written) {
            int count = count(4);
            boolean write = written && out != null;
            if (write) {
                out.key(key).begin('[');
            }
            for (int i = 0; i < count; i++) {
                int n = length();
                if (n < 0) {
                    throw new CacheFormatException("no value in a list of the catalog part");
                }
                if (write) {
                    out.item();
                    out.utf8(b, pos, n);
                }
                pos += n;
            }
            if (write) {
                out.end(']');
            }
        }

        /** An array of objects, each with a string field per key. */
        private void objects(String key, String[] keys) {
            int count = count(4 * keys.length);
            if (out != null) {
                out.key(key).begin('[');
            }
            for (int i = 0; i < count; i++) {
                if (out != null) {
                    out.item();
                }
                begin();
                fields(keys);
                end('}');
            }
            end(']');
        }

        /** A count of items of at least {@code minBytes} each, never more than the bytes left allow. */
        private int count(int minBytes) {
            int n = integer();
            if (n < 0 || (long) n * minBytes > b.length - pos) {
                throw new CacheFormatException("count " + n + " exceeds the catalog part");
            }
            return n;
        }

        /** A string's length, -1 for none; its bytes checked when only checking (the JSON walk reads checked parts). */
        private int length() {
            int n = integer();
            if (n < -1) {
                throw new CacheFormatException("string length " + n + " in the catalog part");
            }
            if (n > b.length - pos) {
                throw new CacheFormatException("catalog part ends early");
            }
            if (out == null && n > 0 && !UnicodeText.validUtf8(b, pos, n)) {
                throw new CacheFormatException("a string in the catalog part is not valid UTF-8 text");
            }
            return n;
        }
    }
}
