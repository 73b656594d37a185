package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.rules.LongIntMap;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts over the catalog's figures; only distinct ids are kept, never figures. */
final class CatalogStatistics {
    private int figures;
    private final Set<String> papers = new HashSet<>();
    private final Map<String, Integer> generations = new TreeMap<>();
    private final Map<String, Integer> organisms = new TreeMap<>();
    private final Map<String, Integer> organismsNer = new TreeMap<>();
    private final Map<String, Integer> figureTypes = new TreeMap<>();
    private final Map<String, Integer> years = new TreeMap<>();
    /**
     * Distinct gene ids: a plain number (what an NCBI gene id is) as a long, any other id as its text. A set of
     * strings kept an object per id, a large part of the catalog's time and heap.
     */
    private final LongIntMap numericGenes = new LongIntMap(1 << 12);
    private final Set<String> otherGenes = new HashSet<>();
    private final Set<String> chemicalWords = new HashSet<>();
    private final Set<String> chemicalMesh = new HashSet<>();
    private final Set<String> chemicalChebi = new HashSet<>();
    private final Set<String> diseaseWords = new HashSet<>();
    private final Set<String> diseaseMesh = new HashSet<>();
    private final Set<String> diseaseDoid = new HashSet<>();

    CatalogStatistics() {
        for (Generation g : Generation.values()) {
            generations.put(g.label(), 0);
        }
    }

    void add(CatalogFigure f) {
        figures++;
        if (f.pmcid() != null) {
            papers.add(f.pmcid());
        }
        generations.merge(f.generation().label(), 1, Integer::sum);
        // organisms is the curated field; organisms_ner (names found in the text) is counted apart.
        f.organisms().forEach(o -> organisms.merge(o, 1, Integer::sum));
        f.organismsNer().forEach(o -> organismsNer.merge(o, 1, Integer::sum));
        if (f.figtype() != null) {
            figureTypes.merge(f.figtype(), 1, Integer::sum);
        }
        if (f.year() != null) {
            years.merge(String.valueOf(f.year()), 1, Integer::sum);
        }
        for (CatalogFigure.Gene g : f.genes()) {
            long number = plainNumber(g.ncbiGeneId());
            if (number >= 0) {
                numericGenes.putIfAbsent(number, 0);
            } else {
                otherGenes.add(g.ncbiGeneId());
            }
        }
        for (CatalogFigure.Chemical c : f.chemicals()) {
            chemicalWords.add(c.word());
            addIfPresent(chemicalMesh, c.mesh());
            addIfPresent(chemicalChebi, c.chebi());
        }
        for (CatalogFigure.Disease d : f.diseases()) {
            diseaseWords.add(d.word());
            addIfPresent(diseaseMesh, d.mesh());
            addIfPresent(diseaseDoid, d.doid());
        }
    }

    /**
     * The id's value when it is the plain spelling of a number below 10^18 (digits, no leading zero), else -1: ids
     * spelled otherwise ({@code 01}) stay distinct from it as text.
     */
    static long plainNumber(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || id.length() > 1 && id.charAt(0) == '0') {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = 10 * n + (c - '0');
        }
        return n;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("statistics");
        g.writeNumberField("figures", figures);
        g.writeNumberField("papers", papers.size());
        counts(g, "generations", generations);
        counts(g, "organisms", organisms);
        counts(g, "organismsNer", organismsNer);
        counts(g, "figureTypes", figureTypes);
        counts(g, "years", years);
        g.writeObjectFieldStart("genes");
        g.writeNumberField("distinctNcbiGeneIds", numericGenes.size() + otherGenes.size());
        g.writeEndObject();
        g.writeObjectFieldStart("chemicals");
        g.writeNumberField("distinctWords", chemicalWords.size());
        g.writeNumberField("distinctMesh", chemicalMesh.size());
        g.writeNumberField("distinctChebi", chemicalChebi.size());
        g.writeEndObject();
        g.writeObjectFieldStart("diseases");
        g.writeNumberField("distinctWords", diseaseWords.size());
        g.writeNumberField("distinctMesh", diseaseMesh.size());
        g.writeNumberField("distinctDoid", diseaseDoid.size());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
