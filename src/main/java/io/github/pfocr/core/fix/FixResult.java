package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;

import java.util.List;

/**
 * What a fix run did.
 *
 * @param check the check the repairs were planned from
 * @param files the files changed (or, in a dry run, that would change), in path order
 * @param unrepaired the findings selected for repair that could not be repaired, with the reason
 */
public record FixResult(CheckResult check, List<FileFix> files, List<Unrepaired> unrepaired) {

    /**
     * @param path the file, relative to the base directory
     * @param repaired the findings its changes resolve
     * @param diff the change as unified diff lines, safe to print
     */
    public record FileFix(String path, List<Finding> repaired, List<String> diff) {
    }

    public record Unrepaired(Finding finding, String reason) {
    }

    public int repairedCount() {
        return files.stream().mapToInt(f -> f.repaired().size()).sum();
    }
}
