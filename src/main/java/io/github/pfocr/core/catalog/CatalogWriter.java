package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.engine.Parallel;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.output.ToolInfo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the release: the catalog JSON, per-organism GMT files and optionally a JSON-LD DataCatalog. Figures are
 * read in figid order, in parallel chunks, and streamed out, so memory does not grow with the catalog. Every
 * output is written to a temporary file and moved into place only when all are complete; a failure leaves the
 * previous release untouched.
 */
public final class CatalogWriter {
    /** Bumped when the catalog's shape changes incompatibly. */
    public static final int FORMAT_VERSION = 1;
    /** Figures read in parallel before they are written in order. */
    private static final int CHUNK = 512;

    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);

    private final CatalogRequest request;
    private final List<Path> temps = new ArrayList<>();

    private CatalogWriter(CatalogRequest request) {
        this.request = request;
    }

    public static CatalogResult write(CatalogRequest request) throws IOException {
        return new CatalogWriter(request).write();
    }

    private CatalogResult write() throws IOException {
        Path dir = request.catalogFile().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            RepositoryFiles files = RepositoryFiles.list(request.check());
            List<Path> figures = new ArrayList<>(files.figures());
            figures.sort(Comparator.comparing(RepositoryFiles::baseName));
            RecordLoader loader = new RecordLoader(request.check(), files.dataTables());

            CatalogStatistics stats = new CatalogStatistics();
            Set<String> figids = new HashSet<>();
            int leftOut = 0;
            int duplicates = 0;
            Path body = temp(dir, ".catalog-figures-");
            Path ldBody = request.jsonldFile() == null ? null : temp(dir, ".jsonld-");
            Map<String, Path> gmt;
            int count = 0;
            try (OutputStream bodyOut = new BufferedOutputStream(Files.newOutputStream(body));
                    JsonGenerator bg = JSON.createGenerator(bodyOut, JsonEncoding.UTF8);
                    OutputStream ldOut = ldBody == null ? OutputStream.nullOutputStream()
                            : new BufferedOutputStream(Files.newOutputStream(ldBody));
                    JsonGenerator lg = JSON.createGenerator(ldOut, JsonEncoding.UTF8);
                    GmtWriter gmtWriter = new GmtWriter(dir, request.gmtMinGenes())) {
                if (ldBody != null) {
                    JsonLdWriter.writeCatalogStart(lg, request.name(), request.releaseDate());
                }
                for (int from = 0; from < figures.size(); from += CHUNK) {
                    List<Path> chunk = figures.subList(from, Math.min(figures.size(), from + CHUNK));
                    CatalogFigure[] loaded = Parallel.map(chunk.size(), request.check().threads(),
                            i -> published(chunk.get(i)) ? load(loader, chunk.get(i)) : null, CatalogFigure[]::new);
                    for (CatalogFigure f : loaded) {
                        if (f == null) {
                            leftOut++;
                            continue;
                        }
                        // A figid is a catalog key and a GMT set name: the first record keeps it.
                        if (!figids.add(f.figid())) {
                            leftOut++;
                            duplicates++;
                            continue;
                        }
                        bg.writeRaw(count == 0 ? "\n" : ",\n");
                        FigureJson.write(f, bg);
                        if (ldBody != null) {
                            JsonLdWriter.writeDataset(f, lg);
                        }
                        stats.add(f);
                        if (request.gmt()) {
                            gmtWriter.add(f);
                        }
                        count++;
                    }
                }
                if (ldBody != null) {
                    lg.writeEndArray();
                    lg.writeEndObject();
                    lg.writeRaw('\n');
                }
                gmt = gmtWriter.finish();
                temps.addAll(gmt.values());
            }

            Path catalogTmp = temp(dir, ".catalog-");
            try (OutputStream out = open(catalogTmp, request.gzip())) {
                writeCatalog(out, stats, body, count);
            }
            List<Path> gmtFiles = new ArrayList<>();
            String date = request.releaseDate() == null ? null
                    : request.releaseDate().format(DateTimeFormatter.BASIC_ISO_DATE);
            for (Map.Entry<String, Path> e : gmt.entrySet()) {
                gmtFiles.add(dir.resolve(GmtWriter.fileName(request.gmtName(), date, e.getKey())));
            }
            // Everything is complete: only now replace the previous release, the catalog itself last.
            int i = 0;
            for (Path tmp : gmt.values()) {
                AtomicFiles.moveIntoPlace(tmp, gmtFiles.get(i++));
            }
            if (ldBody != null) {
                AtomicFiles.moveIntoPlace(ldBody, request.jsonldFile());
            }
            AtomicFiles.moveIntoPlace(catalogTmp, request.catalogFile());
            return new CatalogResult(request.catalogFile(), count, gmtFiles, request.jsonldFile(), leftOut,
                    duplicates);
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private void writeCatalog(OutputStream out, CatalogStatistics stats, Path body, int count) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("catalogFormatVersion", FORMAT_VERSION);
            ToolInfo.write(g, "generator");
            if (request.releaseDate() != null) {
                g.writeStringField("releaseDate", request.releaseDate().toString());
            }
            g.writeStringField("repository", request.coordinates());
            stats.write(g);
            // The figures were streamed to a temporary file; they follow the statistics verbatim.
            g.writeRaw(",\"figures\":[");
            g.flush();
        }
        Files.copy(body, out);
        out.write((count == 0 ? "]}\n" : "\n]}\n").getBytes(StandardCharsets.UTF_8));
    }

    private boolean published(Path file) {
        return !request.leftOut().contains(RepositoryFiles.relative(request.check().baseDirectory(), file));
    }

    private static CatalogFigure load(RecordLoader loader, Path file) {
        FigureRecord r = loader.load(file, new FindingSink(file.getFileName().toString()), (t, f) -> { });
        return r == null ? null : CatalogFigure.of(r);
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return gzip ? new GZIPOutputStream(out) : out;
    }

    private Path temp(Path dir, String prefix) throws IOException {
        Path p = Files.createTempFile(dir, prefix, ".tmp");
        temps.add(p);
        return p;
    }
}
