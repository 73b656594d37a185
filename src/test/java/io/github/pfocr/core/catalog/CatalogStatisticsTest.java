package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pfocr.core.model.Generation;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The distinct gene ids count every distinct text once, numbers kept as numbers or not. */
class CatalogStatisticsTest {

    @Test
    void distinctGeneIdsAreDistinctTexts() throws Exception {
        List<String> ids = List.of("1", "01", "1", "0", "00", "0", "123456789012345678", "123456789012345678",
                "1234567890123456789", "1234567890123456789", "999999999999999999", "9223372036854775807", "x",
                "", "-1", "1.0", " 1", "1", "١");
        CatalogStatistics stats = new CatalogStatistics();
        for (int i = 0; i < ids.size(); i += 3) {
            List<CatalogFigure.Gene> genes = new ArrayList<>();
            ids.subList(i, Math.min(ids.size(), i + 3)).forEach(id -> genes.add(new CatalogFigure.Gene("S", id,
                    "Homo sapiens", "hgnc_symbol")));
            stats.add(figure(genes));
        }
        StringWriter out = new StringWriter();
        try (var g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            stats.write(g);
            g.writeEndObject();
        }
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(new HashSet<>(ids).size(), json.at("/statistics/genes/distinctNcbiGeneIds").asInt());
        assertEquals(14, new HashSet<>(ids).size());
        assertEquals(123456789012345678L, CatalogStatistics.plainNumber("123456789012345678"));
        assertEquals(0, CatalogStatistics.plainNumber("0"));
        assertEquals(-1, CatalogStatistics.plainNumber("01"));
        assertEquals(-1, CatalogStatistics.plainNumber("1234567890123456789"));
    }

    private static CatalogFigure figure(List<CatalogFigure.Gene> genes) {
        return new CatalogFigure("PMC1__f1", null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), List.of(), null, null, null, null, null, null, Generation.G2B, genes, List.of(),
                List.of(), List.of());
    }
}
