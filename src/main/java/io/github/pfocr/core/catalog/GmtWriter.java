package io.github.pfocr.core.catalog;

import io.github.pfocr.core.output.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Path directory;
    private final int minGenes;
    private final Set<String> sources;
    private final Map<String, Path> temps = new TreeMap<>();
    private final Map<String, BufferedWriter> writers = new TreeMap<>();

    /** @param sources the genes' sources that count; empty: all */
    GmtWriter(Path directory, int minGenes, Set<String> sources) {
        this.directory = directory;
        this.minGenes = minGenes;
        this.sources = sources;
    }

    void add(CatalogFigure f) throws IOException {
        Map<String, Set<String>> byOrganism = new LinkedHashMap<>();
        for (CatalogFigure.Gene g : f.genes()) {
            if (g.organism() != null && (sources.isEmpty() || sources.contains(g.source()))) {
                byOrganism.computeIfAbsent(g.organism(), o -> new LinkedHashSet<>()).add(g.ncbiGeneId());
            }
        }
        for (Map.Entry<String, Set<String>> e : byOrganism.entrySet()) {
            if (e.getValue().size() >= minGenes) {
                BufferedWriter w = writer(e.getKey());
                w.write(line(f.figid(), f.pageUrl(), e.getValue()));
            }
        }
    }

    static String line(String term, String url, Set<String> ids) {
        return term + "\t" + url + "\t" + String.join("\t", ids) + "\n";
    }

    private BufferedWriter writer(String organism) throws IOException {
        BufferedWriter w = writers.get(organism);
        if (w == null) {
            Path tmp = AtomicFiles.createTemp(directory, ".gmt");
            temps.put(organism, tmp);
            w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            writers.put(organism, w);
        }
        return w;
    }

    /** The finished temporary file of each organism, by organism name. */
    Map<String, Path> finish() throws IOException {
        close();
        return temps;
    }

    /** {@code Homo sapiens} becomes {@code Homo_sapiens}, as in WikiPathways' file names. */
    static String fileName(String name, String yyyymmdd, String organism) {
        String org = organism.replaceAll("[^A-Za-z0-9.]+", "_");
        return name + (yyyymmdd == null ? "" : "-" + yyyymmdd) + "-gmt-" + org + ".gmt";
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : writers.values()) {
            w.close();
        }
        writers.clear();
    }
}
