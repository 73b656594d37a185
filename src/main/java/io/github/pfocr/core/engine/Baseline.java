package io.github.pfocr.core.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Fingerprint;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.output.JsonFiles;
import io.github.pfocr.core.output.ToolInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The findings a repository had when it adopted the plugin ({@code pfocr-baseline.json}, committed by the user):
 * a check with a baseline reports and fails only on findings that are not in it.
 */
public final class Baseline {
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    /** The outcome of matching findings against a baseline. */
    public record Match(List<Finding> newFindings, int baselined, List<BaselineEntry> stale) {
    }

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::fingerprint);

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /** A baseline holding exactly these findings. */
    public static Baseline of(List<Finding> findings) {
        Map<String, BaselineEntry> byKey = new TreeMap<>();
        for (Finding f : findings) {
            BaselineEntry e = new BaselineEntry(f.ruleId(), f.path(), f.figid(), Fingerprint.of(f), f.message(), 1);
            byKey.merge(e.key(), e, (a, b) -> new BaselineEntry(a.rule(), a.path(), a.figid(), a.fingerprint(),
                    a.message(), a.count() + 1));
        }
        return new Baseline(new ArrayList<>(byKey.values()));
    }

    /** Splits findings into new ones and baselined ones; entries left unmatched are stale (fixed since). */
    public Match match(List<Finding> findings) {
        return match(findings, e -> true);
    }

    /**
     * As {@link #match(List)}, for a run that covers only some entries (a partial run): an unmatched entry is stale
     * only when the run covers it, since a file or rule that was not checked proves nothing fixed.
     */
    public Match match(List<Finding> findings, Predicate<BaselineEntry> covered) {
        Map<String, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(e.key(), e.count(), Integer::sum));
        List<Finding> fresh = new ArrayList<>();
        int baselined = 0;
        for (Finding f : findings) {
            String key = f.ruleId() + '\0' + f.path() + '\0' + Fingerprint.of(f);
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                baselined++;
            } else {
                fresh.add(f);
            }
        }
        List<BaselineEntry> stale = new ArrayList<>();
        for (BaselineEntry e : entries) {
            int left = remaining.getOrDefault(e.key(), 0);
            if (left > 0 && covered.test(e)) {
                stale.add(new BaselineEntry(e.rule(), e.path(), e.figid(), e.fingerprint(), e.message(), left));
                remaining.put(e.key(), 0);
            }
        }
        return new Match(fresh, baselined, stale);
    }

    /**
     * The baseline after a run: its findings, plus the entries this run did not cover (files outside a partial
     * selection, rules that need every record), so a partial run never drops what it did not check.
     */
    public Baseline updatedBy(List<Finding> findings, Predicate<BaselineEntry> covered) {
        Map<String, BaselineEntry> byKey = new TreeMap<>();
        of(findings).entries.forEach(e -> byKey.put(e.key(), e));
        for (BaselineEntry e : entries) {
            if (!covered.test(e)) {
                byKey.merge(e.key(), e, (now, kept) -> now.count() >= kept.count() ? now : kept);
            }
        }
        return new Baseline(new ArrayList<>(byKey.values()));
    }

    public void write(Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = JsonFiles.prettyGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("formatVersion", FORMAT_VERSION);
                ToolInfo.write(g, "tool");
                g.writeArrayFieldStart("findings");
                for (BaselineEntry e : entries) {
                    g.writeStartObject();
                    g.writeStringField("rule", e.rule());
                    g.writeStringField("path", e.path());
                    if (e.figid() != null) {
                        g.writeStringField("figid", e.figid());
                    }
                    g.writeStringField("fingerprint", e.fingerprint());
                    if (e.count() > 1) {
                        g.writeNumberField("count", e.count());
                    }
                    g.writeStringField("message", e.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    /**
     * The default limit of a baseline's size: a baseline lists every known finding of the repository (a few hundred
     * bytes each), so it outgrows {@code maxFileSize}, which is meant for one record.
     */
    public static final long DEFAULT_MAX_SIZE = 64L * 1024 * 1024;

    /**
     * The baseline at {@code file}; a larger file than {@code maxSize} bytes is not read (it is as untrusted as the
     * records, and is held in memory whole).
     *
     * @throws CheckConfigurationException when the file is too large or not a baseline this version can read
     */
    public static Baseline read(Path file, long maxSize) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than allowed tells a file at the limit from a larger one, without reading the rest.
            bytes = in.readNBytes((int) Math.min(maxSize + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxSize) {
            throw new CheckConfigurationException("baseline " + file + " is larger than maxBaselineSize "
                    + "(pfocr.maxBaselineSize) of " + maxSize + " bytes; not read (raise the limit, or delete the file "
                    + "and run mvn pfocr:baseline to write it anew)");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, file, "an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("formatVersion".equals(field)) {
                    expect(p.getIntValue() == FORMAT_VERSION, file, "formatVersion " + FORMAT_VERSION);
                } else if ("findings".equals(field)) {
                    expect(p.currentToken() == JsonToken.START_ARRAY, file, "a findings array");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(entry(p, file));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CheckConfigurationException("baseline " + file + " is not valid JSON: "
                    + Printable.escape(e.getOriginalMessage()) + " (line " + e.getLocation().getLineNr() + ")");
        }
        return new Baseline(entries);
    }

    private static BaselineEntry entry(JsonParser p, Path file) throws IOException {
        Map<String, String> v = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            v.put(name, p.getValueAsString());
        }
        expect(v.get("rule") != null && v.get("path") != null && v.get("fingerprint") != null, file,
                "rule, path and fingerprint in every entry");
        int count = 1;
        if (v.containsKey("count")) {
            try {
                count = Integer.parseInt(v.get("count"));
            } catch (NumberFormatException e) {
                count = 0;
            }
            expect(count >= 1, file, "a whole number of at least 1 as \"count\" (line "
                    + p.currentLocation().getLineNr() + "), found '" + Printable.escape(v.get("count")) + "'");
        }
        return new BaselineEntry(v.get("rule"), v.get("path"), v.get("figid"), v.get("fingerprint"), v.get("message"),
                count);
    }

    private static void expect(boolean ok, Path file, String what) {
        if (!ok) {
            throw new CheckConfigurationException("baseline " + file + ": expected " + what);
        }
    }
}
