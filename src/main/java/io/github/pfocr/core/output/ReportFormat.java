package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.rules.RuleRegistry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of report formats: each names its file and its {@link ResultWriter}; users list them in
 * {@code pfocr.outputFormats}.
 */
public enum ReportFormat {
    JSON("check-result.json", CheckResultJsonWriter::write),
    SARIF("check-result.sarif", (result, out) -> SarifWriter.write(result, RuleRegistry.all(), out)),
    JUNIT("TEST-pfocr-check.xml", JUnitXmlWriter::write);

    private final String fileName;
    private final ResultWriter writer;

    ReportFormat(String fileName, ResultWriter writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The report's file name in the output directory. */
    public String fileName() {
        return fileName;
    }

    public ResultWriter writer() {
        return writer;
    }

    /** Parses names such as {@code json, sarif}; JSON is always included, being the canonical result. */
    public static Set<ReportFormat> parse(List<String> names) {
        Set<ReportFormat> out = EnumSet.of(JSON);
        for (String list : names == null ? List.<String>of() : names) {
            for (String name : list.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    out.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new CheckConfigurationException("unknown output format '" + name.trim() + "' (expected "
                            + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return out;
    }
}
