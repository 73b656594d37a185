package io.github.pfocr.core.catalog;

import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.output.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-organism gene-set files in the GMT format WikiPathways publishes: one line per figure,
 * {@code <figid>\t<page URL>\t<NCBI gene id>...}, distinct ids in order of first appearance, from the genes matched
 * by the chosen lexicon sources. Lines go to temporary files as figures arrive (in figid order); {@link #finish} names
 * the final files.
 */
final class GmtWriter implements AutoCloseable {
    static final String TEMP_PREFIX = ".gmt";
    /** Organism names are short; a longer one is not made into a file name. */
    private static final int MAX_ORGANISM_PART = 100;

    private final Path directory;
    private final int minGenes;
    private final Set<String> sources;
    private final Map<String, Path> temps = new TreeMap<>();
    private final Map<String, BufferedWriter> writers = new TreeMap<>();
    /** The first GMT line refused, thrown by {@link #finish}. */
    private IOException refusal;

    /** @param sources the genes' sources that count; empty: all */
    GmtWriter(Path directory, int minGenes, Set<String> sources) {
        this.directory = directory;
        this.minGenes = minGenes;
        this.sources = sources;
    }

    /**
     * A figure's GMT lines by organism, or why one was refused: worked out apart from writing them, so that any
     * thread may do it.
     */
    record Lines(Map<String, String> byOrganism, IOException refused) {
    }

    Lines lines(CatalogFigure f) {
        Map<String, Set<String>> byOrganism = new LinkedHashMap<>();
        for (CatalogFigure.Gene g : f.genes()) {
            if (g.organism() != null && (sources.isEmpty() || sources.contains(g.source()))) {
                byOrganism.computeIfAbsent(g.organism(), o -> new LinkedHashSet<>()).add(g.ncbiGeneId());
            }
        }
        Map<String, String> lines = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : byOrganism.entrySet()) {
            if (e.getValue().size() >= minGenes) {
                try {
                    lines.put(e.getKey(), line(f.figid(), f.pageUrl(), e.getValue()));
                } catch (IOException refused) {
                    return new Lines(lines, refused);
                }
            }
        }
        return new Lines(lines, null);
    }

    /** Writes a figure's lines, in figid order; a refusal is kept for {@link #finish}, and the check goes on. */
    void add(Lines lines) throws IOException {
        for (Map.Entry<String, String> e : lines.byOrganism().entrySet()) {
            writer(e.getKey()).write(e.getValue());
        }
        if (lines.refused() != null && refusal == null) {
            refusal = lines.refused();
        }
    }

    /**
     * One GMT line. A field that holds a tab, a line break or another control character would forge columns or
     * whole gene sets, so such a value is refused, never written.
     *
     * @throws IOException naming the figure and the field when a value would change the file's structure
     */
    static String line(String term, String url, Set<String> ids) throws IOException {
        requireField(term, term, "term (figid)");
        requireField(term, url, "URL");
        for (String id : ids) {
            requireField(term, id, "NCBI gene id");
        }
        return term + "\t" + url + "\t" + String.join("\t", ids) + "\n";
    }

    private static void requireField(String figid, String value, String what) throws IOException {
        if (value == null || value.isEmpty() || !plainField(value)) {
            throw new IOException("refusing to write the GMT line of figure '" + Printable.escape(figid)
                    + "': its " + what + " '" + Printable.escape(value) + "' is empty or holds a tab, line break or "
                    + "other control character that would change the file's structure");
        }
    }

    /** No control character, line separator or unpaired surrogate (one loop: ids are checked by the million). */
    private static boolean plainField(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private BufferedWriter writer(String organism) throws IOException {
        BufferedWriter w = writers.get(organism);
        if (w == null) {
            Path tmp = AtomicFiles.createTemp(directory, TEMP_PREFIX);
            temps.put(organism, tmp);
            w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            writers.put(organism, w);
        }
        return w;
    }

    /** The temporary files written so far. */
    Collection<Path> temporaryFiles() {
        return temps.values();
    }

    /**
     * The finished temporary file of each organism, by organism name.
     *
     * @throws IOException when a line was refused
     */
    Map<String, Path> finish() throws IOException {
        close();
        if (refusal != null) {
            throw refusal;
        }
        return temps;
    }

    /** {@code Homo sapiens} becomes {@code Homo_sapiens}, as in WikiPathways' file names. */
    static String fileName(String name, String yyyymmdd, String organism) {
        return name + (yyyymmdd == null ? "" : "-" + yyyymmdd) + "-gmt-" + organismPart(organism) + ".gmt";
    }

    private static String organismPart(String organism) {
        StringBuilder out = new StringBuilder(organism.length());
        boolean gap = false;
        for (int i = 0; i < organism.length(); i++) {
            char c = organism.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                out.append(c);
                gap = false;
            } else if (!gap) {
                out.append('_');
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * The GMT file name of each organism. Names are simplified for file names, so two organisms (a table cell
     * {@code Homo-sapiens} next to {@code Homo sapiens}) could share one file and the second would silently replace
     * the first: that is refused, as is a name too long for a file.
     *
     * @throws IOException naming both organisms when their files would collide
     */
    static Map<String, String> fileNames(String name, String yyyymmdd, Set<String> organisms) throws IOException {
        Map<String, String> byFile = new TreeMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String organism : organisms) {
            String file = fileName(name, yyyymmdd, organism);
            if (organismPart(organism).length() > MAX_ORGANISM_PART) {
                throw new IOException("refusing to write a GMT file for the organism '" + Printable.escape(
                        organism.substring(0, 40)) + "...': its name is longer than " + MAX_ORGANISM_PART
                        + " characters");
            }
            String other = byFile.putIfAbsent(file, organism);
            if (other != null) {
                throw new IOException("refusing to write the GMT files: the organisms '" + Printable.escape(other)
                        + "' and '" + Printable.escape(organism) + "' would share the file " + Printable.escape(file)
                        + "; correct the organism name in the entity tables");
            }
            out.put(organism, file);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : writers.values()) {
            w.close();
        }
        writers.clear();
    }
}
