package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.CacheFormatException;
import io.github.pfocr.core.engine.CacheInput;
import io.github.pfocr.core.engine.CacheOutput;
import io.github.pfocr.core.engine.RecordListener;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The catalog's part of each record ({@link CatalogFigure}) and its cache form. Listening with this class alone
 * records the parts in the check's cache, so a {@code catalog} after {@code check} in the same build finds every
 * unchanged record's part there and reads no record again; {@link CatalogWriter} also writes them out.
 */
public class CatalogParts implements RecordListener<CatalogFigure> {
    /** Bumped whenever {@link CatalogFigure} or its cache form changes. */
    private static final String FORMAT = "catalog-figure/1";

    @Override
    public CatalogFigure extract(FigureRecord record) {
        return CatalogFigure.of(record);
    }

    /** Records only; the check does not write a catalog. */
    @Override
    public void accept(String path, CatalogFigure part) {
        // The part is in the cache by now; nothing else to do.
    }

    @Override
    public boolean accepts() {
        return false;
    }

    @Override
    public String partFormat() {
        return FORMAT;
    }

    @Override
    public void write(CatalogFigure f, CacheOutput out) {
        for (String s : new String[] {f.figid(), f.figidAlias(), f.pmcid(), f.number(), f.figtype(), f.figtitle(),
                f.caption(), f.papertitle(), f.reftext(), f.doi(), f.journalTitle(), f.journalNlmTa(),
                f.publisherName(), f.ndex(), f.wpid(), f.pageUrl(), f.pmcFigureUrl(), f.imageUrl()}) {
            out.writeString(s);
        }
        out.writeInt(f.year() == null ? Integer.MIN_VALUE : f.year());
        out.writeBoolean(f.pathwayScore() != null);
        out.writeLong(f.pathwayScore() == null ? 0 : Double.doubleToRawLongBits(f.pathwayScore()));
        out.writeInt(f.generation().ordinal());
        strings(out, f.organisms());
        strings(out, f.organismsNer());
        strings(out, f.keywords());
        out.writeInt(f.genes().size());
        f.genes().forEach(g -> strings(out, g.symbol(), g.ncbiGeneId(), g.organism(), g.source()));
        out.writeInt(f.chemicals().size());
        f.chemicals().forEach(c -> strings(out, c.word(), c.mesh(), c.chebi()));
        out.writeInt(f.diseases().size());
        f.diseases().forEach(d -> strings(out, d.word(), d.mesh(), d.doid()));
    }

    @Override
    public CatalogFigure read(CacheInput in) {
        String[] s = new String[18];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.readString();
        }
        int year = in.readInt();
        boolean hasScore = in.readBoolean();
        long score = in.readLong();
        int gen = in.readInt();
        if (gen < 0 || gen >= Generation.values().length) {
            throw new CacheFormatException("generation " + gen);
        }
        List<String> organisms = strings(in);
        List<String> organismsNer = strings(in);
        List<String> keywords = strings(in);
        List<CatalogFigure.Gene> genes = list(in, 16, x -> new CatalogFigure.Gene(x[0], x[1], x[2], x[3]));
        List<CatalogFigure.Chemical> chemicals = list(in, 12, x -> new CatalogFigure.Chemical(x[0], x[1], x[2]));
        List<CatalogFigure.Disease> diseases = list(in, 12, x -> new CatalogFigure.Disease(x[0], x[1], x[2]));
        return new CatalogFigure(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8],
                year == Integer.MIN_VALUE ? null : year, s[9], s[10], s[11], s[12], organisms, organismsNer,
                hasScore ? Double.longBitsToDouble(score) : null, s[13], s[14], s[15], s[16], s[17],
                Generation.values()[gen], genes, chemicals, diseases, keywords);
    }

    private static void strings(CacheOutput out, List<String> values) {
        out.writeInt(values.size());
        values.forEach(out::writeString);
    }

    private static void strings(CacheOutput out, String... values) {
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static List<String> strings(CacheInput in) {
        int n = in.readCount(4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readString());
        }
        return List.copyOf(out);
    }

    /** Items of {@code minBytes / 4} strings each. */
    private static <T> List<T> list(CacheInput in, int minBytes, Function<String[], T> make) {
        int n = in.readCount(minBytes);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] x = new String[minBytes / 4];
            for (int j = 0; j < x.length; j++) {
                x[j] = in.readString();
            }
            out.add(make.apply(x));
        }
        return List.copyOf(out);
    }
}
