package io.github.pfocr.core.catalog;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import io.github.pfocr.testing.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.pfocr.core.engine.CheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The release files written for the bundled sample repository. */
public class CatalogWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path repo() throws IOException {
        Path repo = temp.resolve("repo");
        TestData.copySampleTo(repo);
        return repo;
    }

    private static CatalogRequest request(Path repo, Path out, boolean gzip, boolean jsonld) {
        return new CatalogRequest(CheckRequest.defaults(repo).withThreads(2), out.resolve(gzip ? "catalog.json.gz"
                : "catalog.json"), gzip, LocalDate.of(2026, 1, 1), "org.example:data:1.0.0", "Example data", true,
                "pfocr", 3, CatalogRequest.DIRECT_MATCHES, jsonld ? out.resolve("catalog.jsonld") : null, Set.of());
    }

    @Test
    void catalogMatchesItsSchemaAndCountsEveryFigure() throws Exception {
        Path repo = repo();
        CatalogResult result = CatalogWriter.write(request(repo, temp.resolve("out"), false, false));
        JsonNode catalog = JSON.readTree(result.catalogFile().toFile());
        assertEquals(Set.of(), schema().validate(catalog));
        assertEquals(9, result.figures());
        assertEquals(9, catalog.get("figures").size());
        assertEquals("2026-01-01", catalog.get("releaseDate").asText());
        assertEquals("org.example:data:1.0.0", catalog.get("repository").asText());
        JsonNode stats = catalog.get("statistics");
        assertEquals(9, stats.get("figures").asInt());
        assertEquals(8, stats.get("papers").asInt());
        assertEquals(2, stats.at("/generations/G1a").asInt());
        assertEquals(4, stats.at("/generations/G2b").asInt());
        int curated = 0;
        int ner = 0;
        for (JsonNode f : catalog.get("figures")) {
            curated += f.get("organisms").toString().contains("\"Homo sapiens\"") ? 1 : 0;
            ner += f.get("organismsNer").toString().contains("\"Homo sapiens\"") ? 1 : 0;
        }
        assertEquals(curated, stats.at("/organisms/Homo sapiens").asInt(), "organisms counts the curated field");
        assertEquals(ner, stats.at("/organismsNer/Homo sapiens").asInt(), "organisms_ner is counted apart");
        List<String> figids = catalog.get("figures").findValuesAsText("figid");
        assertEquals(figids.stream().sorted().toList(), figids, "figures are sorted by figid");
        long distinct = Stream.of(catalog.get("figures")).flatMap(f -> f.findValuesAsText("ncbiGeneId").stream())
                .distinct().count();
        assertEquals(distinct, stats.at("/genes/distinctNcbiGeneIds").asLong());
        String text = Files.readString(result.catalogFile());
        assertFalse(text.contains("\"NA\"") || text.contains(".na.character"), "no R placeholders");
        assertFalse(text.contains(temp.toString()), "no absolute paths");
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        Path repo = repo();
        for (boolean gzip : List.of(false, true)) {
            CatalogResult a = CatalogWriter.write(request(repo, temp.resolve("a"), gzip, true));
            CatalogResult b = CatalogWriter.write(request(repo, temp.resolve("b"), gzip, true));
            assertArrayEquals(Files.readAllBytes(a.catalogFile()), Files.readAllBytes(b.catalogFile()));
            assertArrayEquals(Files.readAllBytes(a.jsonldFile()), Files.readAllBytes(b.jsonldFile()));
            for (int i = 0; i < a.gmtFiles().size(); i++) {
                assertArrayEquals(Files.readAllBytes(a.gmtFiles().get(i)), Files.readAllBytes(b.gmtFiles().get(i)));
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(temp.resolve("a/catalog.json.gz")))) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a/catalog.json")), in.readAllBytes());
        }
    }

    @Test
    void theCatalogAndItsGeneSetsAreReadableLikeAnyNewFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions are not supported here");
        CatalogResult result = CatalogWriter.write(request(repo(), temp.resolve("out"), false, true));
        Path normal = Files.createFile(temp.resolve("out/normal.txt"));
        var expected = Files.getPosixFilePermissions(normal);
        List<Path> written = new java.util.ArrayList<>(result.gmtFiles());
        written.add(result.catalogFile());
        written.add(result.jsonldFile());
        for (Path p : written) {
            assertEquals(expected, Files.getPosixFilePermissions(p), p::toString);
        }
    }

    @Test
    void gmtFilesHoldOnlyDirectMatchesByDefault() throws Exception {
        gmtFilesHoldOneLinePerFigureWithEnoughGenes(CatalogRequest.DIRECT_MATCHES,
                List.of("pfocr-20260101-gmt-Homo_sapiens.gmt"));
    }

    @Test
    void gmtFilesWithEverySourceTakeSynonymsToo() throws Exception {
        gmtFilesHoldOneLinePerFigureWithEnoughGenes(Set.of(), List.of("pfocr-20260101-gmt-Homo_sapiens.gmt",
                "pfocr-20260101-gmt-Mus_musculus.gmt"));
    }

    @Test
    void aFigureWhoseDirectMatchesAreTooFewIsLeftOut() throws Exception {
        Path repo = repo();
        // Three synonym matches of fly genes from ordinary words, and two direct matches: no fly set, no line.
        Files.writeString(repo.resolve("_data/PMC9100007__41598_2024_55123_Fig3_HTML-genes.tsv"), String.join("\n",
                "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource"
                        + "\tcount_direct\tcount_synonym\tcount_match",
                "7227\tDrosophila melanogaster\tInsects\taga\tAGA\tAga\t9990001\tncbigene_synonym\t2\t3\t5",
                "7227\tDrosophila melanogaster\tInsects\tago\tAGO\tago\t9990002\tncbigene_synonym\t2\t3\t5",
                "7227\tDrosophila melanogaster\tInsects\tand\tAND\tand\t9990003\tncbigene_synonym\t2\t3\t5",
                "9606\tHomo sapiens\tPrimates\tTNF\tTNF\tTNF\t7124\tncbigene_symbol\t2\t3\t5",
                "9606\tHomo sapiens\tPrimates\tIL6\tIL6\tIL6\t3569\tncbigene_symbol\t2\t3\t5", ""));
        CatalogResult result = CatalogWriter.write(request(repo, temp.resolve("out"), false, false));
        for (Path gmt : result.gmtFiles()) {
            assertFalse(gmt.toString().contains("Drosophila"), gmt::toString);
            assertFalse(Files.readString(gmt).contains("PMC9100007__"), "2 direct matches are fewer than 3");
        }
    }

    private void gmtFilesHoldOneLinePerFigureWithEnoughGenes(Set<String> sources, List<String> files)
            throws Exception {
        Path repo = repo();
        CatalogRequest d = request(repo, temp.resolve("out"), false, false);
        CatalogResult result = CatalogWriter.write(new CatalogRequest(d.check(), d.catalogFile(), false,
                d.releaseDate(), d.coordinates(), d.name(), true, "pfocr", 3, sources, null, Set.of()));
        assertEquals(files.stream().map(f -> temp.resolve("out").resolve(f)).toList(), result.gmtFiles());
        JsonNode catalog = JSON.readTree(result.catalogFile().toFile());
        for (Path gmt : result.gmtFiles()) {
            String organism = gmt.getFileName().toString().replaceAll(".*-gmt-(.*)\\.gmt", "$1").replace('_', ' ');
            for (String line : Files.readAllLines(gmt, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                assertTrue(cells.length >= 2 + 3, line);
                assertEquals("https://pfocr.wikipathways.org/figures/" + cells[0] + ".html", cells[1]);
                List<String> ids = List.of(cells).subList(2, cells.length);
                assertEquals(ids.stream().distinct().toList(), ids, "distinct ids");
                JsonNode figure = null;
                for (JsonNode f : catalog.get("figures")) {
                    if (f.get("figid").asText().equals(cells[0])) {
                        figure = f;
                    }
                }
                List<String> expected = Stream.of(figure.get("genes")).flatMap(g -> {
                    List<String> out = new java.util.ArrayList<>();
                    g.forEach(x -> {
                        if (organism.equals(x.path("organism").asText())
                                && (sources.isEmpty() || sources.contains(x.path("source").asText()))) {
                            out.add(x.get("ncbiGeneId").asText());
                        }
                    });
                    return out.stream();
                }).distinct().toList();
                assertEquals(expected, ids);
            }
        }
        CatalogResult strict = CatalogWriter.write(new CatalogRequest(CheckRequest.defaults(repo),
                temp.resolve("strict/catalog.json"), false, null, "x:y:1", "x", true, "pfocr", 1000, Set.of(), null,
                Set.of()));
        assertEquals(List.of(), strict.gmtFiles(), "no figure has 1000 genes");
    }

    @Test
    void jsonLdIsADataCatalogOfTheFigures() throws Exception {
        CatalogResult result = CatalogWriter.write(request(repo(), temp.resolve("out"), false, true));
        JsonNode ld = JSON.readTree(result.jsonldFile().toFile());
        assertEquals("DataCatalog", ld.get("@type").asText());
        assertEquals(9, ld.get("dataset").size());
        JsonNode first = ld.get("dataset").get(0);
        assertEquals("Dataset", first.get("@type").asText());
        assertEquals(first.get("url").asText(), first.get("@id").asText());
        assertTrue(first.get("keywords").size() > 0);
    }

    @Test
    void aFailedWriteLeavesThePreviousCatalogUntouched() throws Exception {
        Path repo = repo();
        Path out = temp.resolve("out");
        CatalogWriter.write(request(repo, out, false, false));
        byte[] before = Files.readAllBytes(out.resolve("catalog.json"));
        Files.writeString(repo.resolve("_figures/PMC9100001__jbio-12-101-g001.md"),
                Files.readString(repo.resolve("_figures/PMC9100001__jbio-12-101-g001.md")).replace("Invented", "Made"));
        // GMT files go to a directory that does not exist: the run fails after writing everything else.
        CatalogRequest failing = new CatalogRequest(CheckRequest.defaults(repo), out.resolve("catalog.json"), false,
                LocalDate.of(2026, 1, 1), "org.example:data:1.0.0", "Example data", true, "no-such-dir/pfocr", 3,
                Set.of(), null, Set.of());
        assertThrows(IOException.class, () -> CatalogWriter.write(failing));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("catalog.json")));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    public static JsonSchema schema() throws IOException {
        try (InputStream in = CatalogWriter.class.getResourceAsStream("catalog.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void aRepeatedFigidIsWrittenOnceAndRecordsLeftOutAreCounted() throws Exception {
        Path repo = repo();
        Path original = repo.resolve("_figures/PMC9100004__cells-09-0456-g002.md");
        // A second file carrying the same figid sorts after the first and must not become a second entry.
        Files.copy(original, repo.resolve("_figures/PMC9100004__cells-09-0456-g002x.md"));
        Path out = temp.resolve("out");
        CatalogRequest r = request(repo, out, false, false);
        CatalogResult result = CatalogWriter.write(new CatalogRequest(r.check(), r.catalogFile(), false,
                r.releaseDate(), r.coordinates(), r.name(), true, "pfocr", 3, r.gmtSources(), null,
                Set.of("_figures/PMC9100001__jbio-12-101-g001.md")));
        JsonNode catalog = JSON.readTree(result.catalogFile().toFile());
        assertEquals(Set.of(), schema().validate(catalog));
        List<String> figids = new java.util.ArrayList<>();
        catalog.get("figures").forEach(f -> figids.add(f.get("figid").asText()));
        assertEquals(8, figids.size(), figids.toString());
        assertEquals(figids.size(), Set.copyOf(figids).size(), "no figid twice");
        assertFalse(figids.contains("PMC9100001__jbio-12-101-g001"), "left out by the request");
        assertEquals(2, result.leftOut());
        assertEquals(1, result.duplicates());
        for (Path gmt : result.gmtFiles()) {
            List<String> names = Files.readAllLines(gmt).stream().map(l -> l.substring(0, l.indexOf('\t'))).toList();
            assertEquals(names.size(), Set.copyOf(names).size(), "no GMT set name twice in " + gmt);
        }
    }

    @Test
    void recordsLeftOutAfterACheckAreDroppedFromTheCacheNotReadAgain() throws Exception {
        Path repo = repo();
        String broken = "_figures/PMC9100001__jbio-12-101-g001.md";
        CatalogRequest plain = request(repo, temp.resolve("plain"), false, false);
        CatalogRequest cached = new CatalogRequest(plain.check().withCacheFile(temp.resolve("cache/check-cache.bin")),
                temp.resolve("cached/catalog.json"), false, plain.releaseDate(), plain.coordinates(), plain.name(),
                true, "pfocr", 3, plain.gmtSources(), null, Set.of());
        try (CatalogWriter first = new CatalogWriter(cached)) {
            first.check();
            assertEquals(9, first.recordsRead());
        }
        CatalogResult result;
        try (CatalogWriter second = new CatalogWriter(cached.withLeftOut(Set.of(broken)))) {
            second.check();
            assertEquals(0, second.recordsRead(), "every record's part comes from the first pass's cache");
            result = second.finish();
        }
        assertEquals(8, result.figures());
        assertEquals(1, result.leftOut());
        // The same bytes as leaving the record out while reading every file.
        CatalogResult fresh = CatalogWriter.write(plain.withLeftOut(Set.of(broken)));
        assertArrayEquals(Files.readAllBytes(fresh.catalogFile()), Files.readAllBytes(result.catalogFile()));
    }

    @Test
    void jsonLdExpandsWithAbsoluteIrisAndTheDatasetNameAndDate() throws Exception {
        CatalogResult result = CatalogWriter.write(request(repo(), temp.resolve("out"), false, true));
        DocumentLoader schemaOrgOnly = (url, options) -> {
            if (!url.toString().startsWith("https://schema.org")) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
            }
            try (InputStream in = CatalogWriterTest.class.getResourceAsStream("/jsonld/schema.org-context.jsonld")) {
                JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, in);
                doc.setDocumentUrl(url);
                return doc;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        };
        JsonArray expanded;
        try (InputStream in = Files.newInputStream(result.jsonldFile())) {
            expanded = JsonLd.expand(JsonDocument.of(in)).loader(schemaOrgOnly).get();
        }
        assertEquals(1, expanded.size());
        JsonObject catalog = expanded.getJsonObject(0);
        assertEquals("http://schema.org/DataCatalog", catalog.getJsonArray("@type").getString(0));
        assertEquals("https://creativecommons.org/publicdomain/zero/1.0/",
                catalog.getJsonArray("http://schema.org/license").getJsonObject(0).getString("@id"));
        assertEquals("Example data",
                catalog.getJsonArray("http://schema.org/name").getJsonObject(0).getString("@value"));
        JsonObject date = catalog.getJsonArray("http://schema.org/datePublished").getJsonObject(0);
        assertEquals("2026-01-01", date.getString("@value"));
        assertEquals("http://schema.org/Date", date.getString("@type"));
        JsonArray datasets = catalog.getJsonArray("http://schema.org/dataset");
        assertEquals(9, datasets.size());
        // Every IRI the processor produced is absolute: nothing resolves against the reader's directory.
        List<String> iris = new java.util.ArrayList<>();
        collectIds(expanded, iris);
        assertTrue(iris.size() > 9 * 3, iris.toString());
        for (String iri : iris) {
            assertTrue(java.net.URI.create(iri).isAbsolute(), iri);
        }
    }

    private static void collectIds(jakarta.json.JsonValue v, List<String> out) {
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> {
                if (k.equals("@id") && x instanceof jakarta.json.JsonString s) {
                    out.add(s.getString());
                } else {
                    collectIds(x, out);
                }
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(x -> collectIds(x, out));
        }
    }
}
