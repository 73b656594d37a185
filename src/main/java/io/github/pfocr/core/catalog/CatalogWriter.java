package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.engine.Parallel;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.output.JsonFiles;
import io.github.pfocr.core.output.ToolInfo;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * optionally a JSON-LD DataCatalog. Each record's catalog form ({@link CatalogPart}) is taken on the reading thread
 * and streamed out in figid order, so memory does not grow with the catalog and no file is read a second time; the
 * figures' JSON is copied from their parts on worker threads a batch at a time, and the statistics follow the
 * figures, so the catalog is written once, front to back. Every output is written to a temporary file and moved
 * into place only by {@link #finish}; {@link #close} without it (a failed check) leaves the previous release
 * untouched.
 */
public final class CatalogWriter extends CatalogParts implements AutoCloseable {
    /** Bumped when the catalog's shape changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    /** The prefixes of this writer's temporary files, removed when a killed run left them. */
    private static final List<String> TEMP_PREFIXES = List.of(".catalog-", ".jsonld-", GmtWriter.TEMP_PREFIX + "-");

    /**
     * Figures whose JSON the workers write at a time, while the pass goes on. Two batches are in memory at once:
     * with 512, a catalog of 100,000 figures under {@code -Xmx192m} took full collections; with 128 it takes none
     * and is no slower with more heap.
     */
    private static final int BATCH = 128;
    /** What goes before each figure's line. */
    private static final byte[] NEW_LINE = {'\n'};
    private static final byte[] NEXT_LINE = {',', '\n'};
    /** Each worker's buffers, reused for every figure (a new one per figure was most of the catalog's garbage). */
    private static final ThreadLocal<JsonBytes> FIGURE_BUFFER = ThreadLocal.withInitial(() -> new JsonBytes(1 << 14));
    private static final ThreadLocal<ByteArrayOutputStream> DATASET_BUFFER = ThreadLocal.withInitial(
            () -> new ByteArrayOutputStream(1 << 12));

    private static final JsonFactory JSON = JsonFiles.factory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);

    private final CatalogRequest request;
    private final List<Path> temps = new ArrayList<>();
    private final Path dir;
    private final CatalogStatistics stats = new CatalogStatistics();
    private final Path catalogTmp;
    private final OutputStream out;
    /** Writes the catalog's opening and, after the figures, its statistics; the figures go to {@link #out}. */
    private final JsonGenerator cg;
    private final Path ldTmp;
    private final OutputStream ldOut;
    private final JsonGenerator lg;
    private final GmtWriter gmtWriter;
    private final Parallel parallel;
    private final List<CatalogPart> batch = new ArrayList<>(BATCH);
    /** The JSON of the batch before, being written on the workers, or null. */
    private Parallel.Pending<Encoded> encoding;
    private int count;
    private int written;
    /** Figids written so far: a figid is a catalog key and a GMT set name, so the first record keeps it. */
    private final Set<String> figids = new HashSet<>();
    private int leftOut;
    /** Records parsed during the pass; the others' parts came from the cache. */
    private final AtomicInteger read = new AtomicInteger();
    private int duplicates;

    /**
     * One figure's catalog JSON, JSON-LD dataset (null without JSON-LD), GMT lines (null without GMT) and values
     * for the statistics (the long texts only with JSON-LD).
     */
    private record Encoded(byte[] figure, byte[] dataset, GmtWriter.Lines gmt, CatalogFigure values) {
    }

    /** Opens the temporary files of a release. */
    public CatalogWriter(CatalogRequest request) throws IOException {
        this.request = request;
        this.dir = request.catalogFile().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.removeStale(dir, TEMP_PREFIXES);
        catalogTmp = temp(".catalog");
        out = open(catalogTmp, request.gzip());
        cg = JSON.createGenerator(out, JsonEncoding.UTF8);
        cg.writeStartObject();
        cg.writeNumberField("catalogFormatVersion", FORMAT_VERSION);
        ToolInfo.write(cg, "generator");
        if (request.releaseDate() != null) {
            cg.writeStringField("releaseDate", request.releaseDate().toString());
        }
        cg.writeStringField("repository", request.coordinates());
        cg.writeArrayFieldStart("figures");
        cg.flush();
        ldTmp = request.jsonldFile() == null ? null : temp(".jsonld");
        ldOut = ldTmp == null ? OutputStream.nullOutputStream() : open(ldTmp, false);
        lg = JSON.createGenerator(ldOut, JsonEncoding.UTF8);
        if (ldTmp != null) {
            JsonLdWriter.writeCatalogStart(lg, request.name(), request.releaseDate());
            lg.flush();
        }
        gmtWriter = new GmtWriter(dir, request.gmtMinGenes(), request.gmtSources());
        parallel = new Parallel(request.check().threads());
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
    public CatalogPart extract(FigureRecord record) {
        read.incrementAndGet();
        return super.extract(record);
    }

    @Override
    public void accept(String path, CatalogPart part) {
        // Left out here, not when read, so that a pass leaving records out takes the others from the cache.
        if (request.leftOut().contains(path)) {
            leftOut++;
            return;
        }
        if (!figids.add(part.figid())) {
            duplicates++;
            return;
        }
        try {
            count++;
            batch.add(part);
            if (batch.size() == BATCH) {
                encodeBatch();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out the batch before and starts writing this one's JSON and gene sets on the workers. */
    private void encodeBatch() throws IOException {
        writeEncoded();
        CatalogPart[] figures = batch.toArray(CatalogPart[]::new);
        batch.clear();
        encoding = parallel.start(figures.length, i -> encode(figures[i]), Encoded[]::new);
    }

    /** Appends the JSON of the batch the workers wrote, in figid order: one figure per line. */
    private void writeEncoded() throws IOException {
        if (encoding == null) {
            return;
        }
        for (Encoded e : encoding.join()) {
            stats.add(e.values());
            out.write(written == 0 ? NEW_LINE : NEXT_LINE);
            out.write(e.figure());
            if (e.dataset() != null) {
                if (written > 0) {
                    ldOut.write(',');
                }
                ldOut.write(e.dataset());
            }
            if (e.gmt() != null) {
                gmtWriter.add(e.gmt());
            }
            written++;
        }
        encoding = null;
    }

    private Encoded encode(CatalogPart part) {
        try {
            JsonBytes figure = FIGURE_BUFFER.get();
            figure.reset();
            part.writeJson(figure);
            CatalogFigure f = part.figure(ldTmp != null);
            byte[] dataset = null;
            if (ldTmp != null) {
                ByteArrayOutputStream buffer = DATASET_BUFFER.get();
                buffer.reset();
                try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
                    JsonLdWriter.writeDataset(f, g);
                }
                dataset = buffer.toByteArray();
            }
            return new Encoded(figure.toByteArray(), dataset, request.gmt() ? gmtWriter.lines(f) : null, f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the release and moves every file into place, the catalog itself last. */
    public CatalogResult finish() throws IOException {
        encodeBatch();
        writeEncoded();
        if (written > 0) {
            out.write(NEW_LINE);
        }
        cg.writeEndArray();
        stats.write(cg);
        cg.writeEndObject();
        cg.writeRaw('\n');
        cg.close();
        out.close();
        if (ldTmp != null) {
            lg.writeEndArray();
            lg.writeEndObject();
            lg.writeRaw('\n');
        }
        lg.close();
        ldOut.close();
        Map<String, Path> gmt = gmtWriter.finish();
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
        if (ldTmp != null) {
            AtomicFiles.moveIntoPlace(ldTmp, request.jsonldFile());
        }
        AtomicFiles.moveIntoPlace(catalogTmp, request.catalogFile());
        return new CatalogResult(request.catalogFile(), count, gmtFiles, request.jsonldFile(),
                leftOut + duplicates, duplicates);
    }

    /** Deletes what {@link #finish} did not move into place. */
    @Override
    public void close() throws IOException {
        parallel.close();
        lg.close();
        ldOut.close();
        cg.close();
        out.close();
        gmtWriter.close();
        temps.addAll(gmtWriter.temporaryFiles());
        for (Path t : temps) {
            Files.deleteIfExists(t);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16) : out;
    }

    private Path temp(String prefix) throws IOException {
        Path p = AtomicFiles.createTemp(dir, prefix);
        temps.add(p);
        return p;
    }
}
