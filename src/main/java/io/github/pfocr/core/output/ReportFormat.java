package io.github.pfocr.core.output;

import io.github.pfocr.core.engine.CheckConfigurationException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The renderings of a check result, named as users list them in {@code pfocr.outputFormats}. */
public enum ReportFormat {
    JSON,
    SARIF,
    JUNIT;

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
