package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * A figure's schema-jsonld block made consistent for search engines: the page URL as '@id', the figure title as
 * name (the records carry the constant "CreativeWork"), the caption as description, keywords without R's NA
 * placeholders and duplicates.
 */
final class JsonLdWriter {
    private JsonLdWriter() {
    }

    static void writeCatalogStart(JsonGenerator g, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org/");
        g.writeStringField("@type", "DataCatalog");
        g.writeStringField("name", name);
        g.writeStringField("url", "https://pfocr.wikipathways.org/");
        g.writeStringField("license", "CC0");
        creator(g);
        g.writeArrayFieldStart("dataset");
    }

    static void writeDataset(CatalogFigure f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "Dataset");
        g.writeStringField("@id", f.pageUrl());
        g.writeStringField("url", f.pageUrl());
        FigureJson.string(g, "name", f.figtitle() != null ? f.figtitle() : f.figid());
        FigureJson.string(g, "description", f.caption());
        g.writeStringField("license", "CC0");
        creator(g);
        FigureJson.string(g, "image", f.imageUrl());
        FigureJson.string(g, "isBasedOn", f.pmcFigureUrl());
        List<String> keywords = f.keywords();
        if (!keywords.isEmpty()) {
            g.writeArrayFieldStart("keywords");
            for (String k : keywords) {
                g.writeString(k);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void creator(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("creator");
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", "WikiPathways");
        g.writeEndObject();
    }
}
