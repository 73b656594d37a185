package io.github.pfocr.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Generation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes {@code check-result.json}: tool, counts and every finding, in a fixed key order and without timings, so
 * the same repository gives the same bytes.
 */
public final class CheckResultJsonWriter {
    /** Bumped when the shape changes incompatibly. */
    public static final int FORMAT_VERSION = 1;


    private CheckResultJsonWriter() {
    }

    public static void write(CheckResult result, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(result, out));
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFiles.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            ToolInfo.write(g, "tool");
            g.writeObjectFieldStart("summary");
            g.writeNumberField("figureFiles", result.figureFiles());
            g.writeObjectFieldStart("generations");
            for (Generation gen : Generation.values()) {
                g.writeNumberField(gen.label(), result.generations().getOrDefault(gen, 0));
            }
            g.writeNumberField("unreadable", result.unreadable());
            g.writeEndObject();
            g.writeNumberField("tableFiles", result.tableFiles());
            g.writeNumberField("mapFiles", result.mapFiles());
            g.writeNumberField("errors", result.errors());
            g.writeNumberField("warnings", result.warnings());
            g.writeNumberField("infos", result.infos());
            if (result.partial()) {
                // Only on a partial run, so a full run's bytes do not change.
                g.writeObjectFieldStart("partial");
                g.writeNumberField("unselectedFigureFiles", result.unselectedFigureFiles());
                g.writeArrayFieldStart("selectionOnlyRules");
                for (String id : result.selectionOnlyRules()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("message", f.message());
                optional(g, "figid", f.figid());
                optional(g, "expected", f.expected());
                optional(g, "value", f.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
