package io.github.pfocr.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.rules.RuleDocs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home page (the pom's {@code url}), as the build stamped them. */
public final class ToolInfo {
    public static final String NAME;
    public static final String VERSION;
    public static final String URL;

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
        URL = p.getProperty("url", "https://github.com/pfocr/pfocr-maven-plugin");
    }

    /** Where a rule is described: its row in the README on the project's home page. */
    public static String ruleUri(String ruleId) {
        return URL + "#" + RuleDocs.anchor(ruleId);
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
