package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.output.JsonFiles;
import io.github.pfocr.core.output.ToolInfo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the release while the check's pass reads the records: the catalog JSON, per-organism GMT files and
 * optionally a JSON-LD DataCatalog. Each record's catalog form is taken on the reading thread and streamed out in
 * figid order, so memory does not grow with the catalog and no file is read a second time. Every output is written
 * to a temporary file and moved into place only by {@link #finish}; {@link #close} without it (a failed check)
 * leaves the previous release untouched.
 */
public final class CatalogWriter extends CatalogParts implements AutoCloseable {
    /** Bumped when the catalog's shape changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    /** The prefixes of this writer's temporary files, removed when a killed run left them. */
    private static final List<String> TEMP_PREFIXES = List.of(".catalog-", ".jsonld-", GmtWriter.TEMP_PREFIX + "-");

    private static final JsonFactory JSON = JsonFiles.factory().setRootValueSeparator(null)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);

    private final CatalogRequest request;
    private final List<Path> temps = new ArrayList<>();
    private final Path dir;
    private final CatalogStatistics stats = new CatalogStatistics();
    private final Path body;
    private final Path ldBody;
    private final OutputStream bodyOut;
    private final JsonGenerator bg;
    private final OutputStream ldOut;
    private final JsonGenerator lg;
    private final GmtWriter gmtWriter;
    private int count;
    /** Figids written so far: a figid is a catalog key and a GMT set name, so the first record keeps it. */
    private final Set<String> figids = new HashSet<>();
    private int leftOut;
    /** Records parsed during the pass; the others' parts came from the cache. */
    private final AtomicInteger read = new AtomicInteger();
    private int duplicates;

    /** Opens the temporary files of a release. */
    public CatalogWriter(CatalogRequest request) throws IOException {
        this.request = request;
        this.dir = request.catalogFile().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.removeStale(dir, TEMP_PREFIXES);
        body = temp(".catalog-figures");
        ldBody = request.jsonldFile() == null ? null : temp(".jsonld");
        bodyOut = new BufferedOutputStream(Files.newOutputStream(body));
        bg = JSON.createGenerator(bodyOut, JsonEncoding.UTF8);
        ldOut = ldBody == null ? OutputStream.nullOutputStream() : new BufferedOutputStream(Files.newOutputStream(ldBody));
        lg = JSON.createGenerator(ldOut, JsonEncoding.UTF8);
        gmtWriter = new GmtWriter(dir, request.gmtMinGenes(), request.gmtSources());
        if (ldBody != null) {
            JsonLdWriter.writeCatalogStart(lg, request.name(), request.releaseDate());
        }
    }

    /** Checks the repository and writes its release in the same pass, whatever the check finds (for tests). */
    public static CatalogResult write(CatalogRequest request) throws IOException {
        try (CatalogWriter writer = new CatalogWriter(request)) {
            CheckRunner.run(request.check(), writer);
            return writer.finish();
        }
    }

    /** Checks the repository and writes the release in the same pass; the check's result tells whether to keep it. */
    public CheckResult check() {
        return CheckRunner.run(request.check(), this);
    }

    @Override
    public boolean accepts() {
        return true;
    }

    /** How many records the pass read (parsed); the catalog took every other record's part from the cache. */
    public int recordsRead() {
        return read.get();
    }

    @Override
    public CatalogFigure extract(FigureRecord record) {
        read.incrementAndGet();
        return CatalogFigure.of(record);
    }

    @Override
    public void accept(String path, CatalogFigure f) {
        // Left out here, not when read, so that a pass leaving records out takes the others from the cache.
        if (request.leftOut().contains(path)) {
            leftOut++;
            return;
        }
        if (!figids.add(f.figid())) {
            duplicates++;
            return;
        }
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the release and moves every file into place, the catalog itself last. */
    public CatalogResult finish() throws IOException {
        if (ldBody != null) {
            lg.writeEndArray();
            lg.writeEndObject();
            lg.writeRaw('\n');
        }
        lg.close();
        ldOut.close();
        bg.close();
        bodyOut.close();
        Map<String, Path> gmt = gmtWriter.finish();

        Path catalogTmp = temp(".catalog");
        try (OutputStream out = open(catalogTmp, request.gzip())) {
            writeCatalog(out);
        }
        List<Path> gmtFiles = new ArrayList<>();
        String date = request.releaseDate() == null ? null
                : request.releaseDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        for (String name : GmtWriter.fileNames(request.gmtName(), date, gmt.keySet()).values()) {
            gmtFiles.add(dir.resolve(name));
        }
        int i = 0;
        for (Path tmp : gmt.values()) {
            AtomicFiles.moveIntoPlace(tmp, gmtFiles.get(i++));
        }
        if (ldBody != null) {
            AtomicFiles.moveIntoPlace(ldBody, request.jsonldFile());
        }
        AtomicFiles.moveIntoPlace(catalogTmp, request.catalogFile());
        return new CatalogResult(request.catalogFile(), count, gmtFiles, request.jsonldFile(),
                leftOut + duplicates, duplicates);
    }

    /** Deletes what {@link #finish} did not move into place. */
    @Override
    public void close() throws IOException {
        lg.close();
        ldOut.close();
        bg.close();
        bodyOut.close();
        gmtWriter.close();
        temps.addAll(gmtWriter.temporaryFiles());
        for (Path t : temps) {
            Files.deleteIfExists(t);
        }
    }

    private void writeCatalog(OutputStream out) throws IOException {
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

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return gzip ? new GZIPOutputStream(out) : out;
    }

    private Path temp(String prefix) throws IOException {
        Path p = AtomicFiles.createTemp(dir, prefix);
        temps.add(p);
        return p;
    }
}
