package io.github.pfocr.maven;

import io.github.pfocr.testing.TestData;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;

import java.nio.file.Path;
import java.util.List;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.mockito.Mockito.when;

/** What the harness tests of several goals share: a copy of the sample repository and a captured log. */
final class HarnessSupport {
    private HarnessSupport() {
    }

    /** Copies the sample repository into {@code base} and points the mojo's directories (and cache) there. */
    static void useSampleCopy(AbstractPfocrMojo mojo, Path base) throws Exception {
        TestData.copySampleTo(base);
        when(mojo.project.getBasedir()).thenReturn(base.toFile());
        setVariableValueToObject(mojo, "figuresDirectory", base.resolve("_figures").toFile());
        setVariableValueToObject(mojo, "dataDirectory", base.resolve("_data").toFile());
        setVariableValueToObject(mojo, "downloadDirectory", base.resolve("download").toFile());
        setVariableValueToObject(mojo, "cacheDirectory", base.resolve("target/pfocr").toFile());
    }

    /** A log that adds each message to {@code lines} as "ERROR ...", "WARN ..." or "INFO ...". */
    static Log capturing(List<String> lines) {
        return new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                lines.add("ERROR " + content);
            }

            @Override
            public void warn(CharSequence content) {
                lines.add("WARN " + content);
            }

            @Override
            public void info(CharSequence content) {
                lines.add("INFO " + content);
            }
        };
    }
}
