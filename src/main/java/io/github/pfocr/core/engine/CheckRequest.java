package io.github.pfocr.core.engine;


import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.read.RepositoryFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * What to check and how: the Maven-free description of one run, filled by the Mojo (or a test).
 *
 * @param baseDirectory paths in findings are relative to it
 * @param figuresDirectory the {@code _figures} directory
 * @param dataDirectory the {@code _data} directory (entity tables and map files); may not exist
 * @param downloadDirectory the legacy {@code download} directory of G1 tables; may not exist
 * @param includes glob patterns, relative to the figures directory, of the files to check
 * @param excludes glob patterns of files to leave out
 * @param wpidMapFile the wpid map; may not exist
 * @param ndexMapFile the NDEx map; may not exist
 * @param maxFileSize files larger than this many bytes are reported, not parsed
 * @param threads how many files are read in parallel
 * @param ruleSettings per-rule severity overrides and disabled rules
 * @param cacheFile the incremental cache to read and write, or null for none
 * @param baseline known findings to leave out, or null for none
 * @param maxFindingsPerFile findings of one rule listed per file before one finding counts the rest
 */
public record CheckRequest(Path baseDirectory, Path figuresDirectory, Path dataDirectory, Path downloadDirectory,
        List<String> includes, List<String> excludes, Path wpidMapFile, Path ndexMapFile, long maxFileSize,
        int threads, RuleSettings ruleSettings, Path cacheFile, Baseline baseline, int maxFindingsPerFile) {

    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

    public CheckRequest {
        if (maxFileSize < 1) {
            throw new CheckConfigurationException("maxFileSize must be at least 1 byte, found " + maxFileSize);
        }
        if (threads < 1) {
            throw new CheckConfigurationException("threads must be at least 1, found " + threads);
        }
        if (maxFindingsPerFile < 1) {
            throw new CheckConfigurationException("maxFindingsPerFile must be at least 1, found "
                    + maxFindingsPerFile);
        }
    }

    /** A request without cache and baseline. */
    public CheckRequest(Path baseDirectory, Path figuresDirectory, Path dataDirectory, Path downloadDirectory,
            List<String> includes, List<String> excludes, Path wpidMapFile, Path ndexMapFile, long maxFileSize,
            int threads, RuleSettings ruleSettings) {
        this(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes, wpidMapFile,
                ndexMapFile, maxFileSize, threads, ruleSettings, null, null, FindingSink.DEFAULT_MAX_PER_RULE);
    }

    /** The conventional layout of a data repository rooted at {@code base}. */
    public static CheckRequest defaults(Path base) {
        Path data = base.resolve("_data");
        return new CheckRequest(base, base.resolve("_figures"), data, base.resolve("download"), RepositoryFiles.DEFAULT_INCLUDES,
                List.of(), data.resolve("wpid_map.tsv"), data.resolve("ndex_map.tsv"), DEFAULT_MAX_FILE_SIZE,
                Runtime.getRuntime().availableProcessors(), RuleSettings.NONE);
    }

    public CheckRequest withNdexMapFile(Path p) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, p, maxFileSize, threads, ruleSettings, cacheFile, baseline, maxFindingsPerFile);
    }

    public CheckRequest withRuleSettings(RuleSettings settings) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, threads, settings, cacheFile, baseline, maxFindingsPerFile);
    }

    public CheckRequest withThreads(int n) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, n, ruleSettings, cacheFile, baseline, maxFindingsPerFile);
    }

    public CheckRequest withCacheFile(Path file) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, threads, ruleSettings, file, baseline, maxFindingsPerFile);
    }

    public CheckRequest withBaseline(Baseline b) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, threads, ruleSettings, cacheFile, b, maxFindingsPerFile);
    }

    public CheckRequest withMaxFindingsPerFile(int n) {
        return new CheckRequest(baseDirectory, figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, threads, ruleSettings, cacheFile, baseline, n);
    }
}
