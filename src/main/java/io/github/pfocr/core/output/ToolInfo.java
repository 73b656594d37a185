package io.github.pfocr.core.output;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, as the build stamped them. */
public final class ToolInfo {
    public static final String NAME;
    public static final String VERSION;

    static {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/io/github/pfocr/core/tool.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource only costs the version string.
        }
        NAME = p.getProperty("name", "pfocr-maven-plugin");
        VERSION = p.getProperty("version", "unknown");
    }

    private ToolInfo() {
    }

    /** Writes {@code "<field>": {"name": ..., "version": ...}} into the object being written. */
    public static void write(JsonGenerator g, String field) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", NAME);
        g.writeStringField("version", VERSION);
        g.writeEndObject();
    }
}
