package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A figure's schema-jsonld block made consistent for search engines: the page URL as '@id', the figure title as
 * name (the records carry the constant "CreativeWork"), the caption as description, keywords without R's NA
 * placeholders and duplicates.
 */
final class JsonLdWriter {
    private JsonLdWriter() {
    }

    /** CC0 as an absolute IRI: a bare "CC0" would resolve against wherever the document is read. */
    static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";

    /** @param releaseDate the {@code datePublished}; null writes none */
    static void writeCatalogStart(JsonGenerator g, String name, LocalDate releaseDate) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org/");
        g.writeStringField("@type", "DataCatalog");
        g.writeStringField("name", name);
        g.writeStringField("url", "https://pfocr.wikipathways.org/");
        if (releaseDate != null) {
            g.writeStringField("datePublished", releaseDate.toString());
        }
        g.writeStringField("license", LICENSE);
        creator(g);
        g.writeArrayFieldStart("dataset");
    }

    static void writeDataset(CatalogFigure f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "Dataset");
        g.writeStringField("@id", f.pageUrl());
        g.writeStringField("url", f.pageUrl());
        string(g, "name", f.figtitle() != null ? f.figtitle() : f.figid());
        string(g, "description", f.caption());
        g.writeStringField("license", LICENSE);
        creator(g);
        string(g, "image", f.imageUrl());
        string(g, "isBasedOn", f.pmcFigureUrl());
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

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void creator(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("creator");
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", "WikiPathways");
        g.writeEndObject();
    }
}
