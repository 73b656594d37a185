package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/** One catalog figure as JSON, keys in a fixed order, absent values omitted. */
final class FigureJson {
    private FigureJson() {
    }

    static void write(CatalogFigure f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        string(g, "figid", f.figid());
        string(g, "figidAlias", f.figidAlias());
        string(g, "pmcid", f.pmcid());
        string(g, "number", f.number());
        string(g, "figtype", f.figtype());
        string(g, "figtitle", f.figtitle());
        string(g, "caption", f.caption());
        string(g, "papertitle", f.papertitle());
        string(g, "reftext", f.reftext());
        if (f.year() != null) {
            g.writeNumberField("year", f.year());
        }
        string(g, "doi", f.doi());
        if (f.journalTitle() != null || f.journalNlmTa() != null || f.publisherName() != null) {
            g.writeObjectFieldStart("journal");
            string(g, "title", f.journalTitle());
            string(g, "nlmTa", f.journalNlmTa());
            string(g, "publisher", f.publisherName());
            g.writeEndObject();
        }
        strings(g, "organisms", f.organisms());
        strings(g, "organismsNer", f.organismsNer());
        if (f.pathwayScore() != null) {
            g.writeNumberField("pathwayScore", f.pathwayScore());
        }
        string(g, "ndex", f.ndex());
        string(g, "wpid", f.wpid());
        string(g, "pageUrl", f.pageUrl());
        string(g, "pmcFigureUrl", f.pmcFigureUrl());
        string(g, "imageUrl", f.imageUrl());
        g.writeStringField("generation", f.generation().label());
        g.writeArrayFieldStart("genes");
        for (CatalogFigure.Gene gene : f.genes()) {
            g.writeStartObject();
            string(g, "symbol", gene.symbol());
            string(g, "ncbiGeneId", gene.ncbiGeneId());
            string(g, "organism", gene.organism());
            string(g, "source", gene.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("chemicals");
        for (CatalogFigure.Chemical c : f.chemicals()) {
            g.writeStartObject();
            string(g, "word", c.word());
            string(g, "mesh", c.mesh());
            string(g, "chebi", c.chebi());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("diseases");
        for (CatalogFigure.Disease d : f.diseases()) {
            g.writeStartObject();
            string(g, "word", d.word());
            string(g, "mesh", d.mesh());
            string(g, "doid", d.doid());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
