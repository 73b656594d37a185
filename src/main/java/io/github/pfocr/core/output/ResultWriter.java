package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckResult;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a check result in one report format; {@link ReportFormat} is the registry of them. */
@FunctionalInterface
public interface ResultWriter {
    void write(CheckResult result, OutputStream out) throws IOException;
}
