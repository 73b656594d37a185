package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Rule;

import java.util.List;

/** The rules the reader applies while turning a file's bytes into a front-matter tree. */
public final class ReadRules {
    public static final Rule FILE_UNREADABLE = Rule.error("file-unreadable", "The file could not be read.");
    public static final Rule FILE_TOO_LARGE = Rule.error("file-too-large",
            "The file is larger than the configured limit (pfocr.maxFileSize, default 1 MiB) and is not parsed.");
    public static final Rule FILE_BINARY = Rule.error("file-binary", "The file contains NUL bytes: it is binary, not text.");
    public static final Rule ENCODING_INVALID = Rule.error("encoding-invalid", "The file is not valid UTF-8.");
    public static final Rule FRONT_MATTER_MISSING = Rule.error("front-matter-missing",
            "The first line is not '---', so Jekyll would not read front matter at all.");
    public static final Rule FRONT_MATTER_UNTERMINATED = Rule.error("front-matter-unterminated",
            "No line '---' or '...' closes the front matter.");
    public static final Rule FRONT_MATTER_NOT_MAPPING = Rule.error("front-matter-not-mapping",
            "The front matter is empty or is not a YAML mapping of fields.");
    public static final Rule BODY_NOT_EMPTY = Rule.warning("body-not-empty",
            "Text follows the closing delimiter; figure files have no body.");
    public static final Rule YAML_SYNTAX = Rule.error("yaml-syntax", "The front matter is not valid YAML.");
    public static final Rule YAML_DUPLICATE_KEY = Rule.error("yaml-duplicate-key",
            "A mapping repeats a key; Jekyll would silently keep only the last value.");
    public static final Rule YAML_ANCHOR = Rule.error("yaml-anchor",
            "An anchor (&) or alias (*) is used; the format has none, and aliases are not expanded.");
    public static final Rule YAML_TAG = Rule.error("yaml-tag", "An explicit YAML tag (!...) is used; the format has none.");
    public static final Rule YAML_COMPLEX_KEY = Rule.error("yaml-complex-key",
            "A mapping key is a list or mapping instead of a plain string.");
    public static final Rule YAML_NESTING = Rule.error("yaml-nesting",
            "Collections are nested deeper than the format allows (3 levels); the deeper part is not read.");

    public static final Rule TEXT_INVALID_UNICODE = Rule.error("text-invalid-unicode", "A value holds an unpaired "
            + "surrogate (a \\uD800 escape) or a Unicode noncharacter, which no valid JSON output (I-JSON, RFC 7493) "
            + "can carry; outputs write U+FFFD instead.");
    public static final Rule FILE_OUTSIDE_REPOSITORY = Rule.error("file-outside-repository",
            "A figure, table, map or baseline file (or its directory) is a symbolic link whose target lies outside the "
                    + "project base directory; it is not read.");
    public static final Rule FILE_LINK_BROKEN = Rule.error("file-link-broken",
            "A file named like a record or table is a dangling symbolic link or a link loop.");
    public static final Rule FILE_NOT_REGULAR = Rule.error("file-not-regular",
            "A directory, FIFO, socket or device is named like a record (*.md) or table (*.tsv); it is not read.");
    public static final Rule DIRECTORY_UNREADABLE = Rule.error("directory-unreadable",
            "A directory could not be listed; the files in it were not checked, the others were.");
    public static final Rule INTERNAL_ERROR = Rule.error("internal-error",
            "The checker itself failed on this file; the other files were still checked. Please report it.");

    public static final List<Rule> ALL = List.of(FILE_UNREADABLE, FILE_TOO_LARGE, FILE_BINARY, ENCODING_INVALID,
            FRONT_MATTER_MISSING, FRONT_MATTER_UNTERMINATED, FRONT_MATTER_NOT_MAPPING, BODY_NOT_EMPTY, YAML_SYNTAX,
            YAML_DUPLICATE_KEY, YAML_ANCHOR, YAML_TAG, YAML_COMPLEX_KEY, YAML_NESTING, TEXT_INVALID_UNICODE,
            FILE_OUTSIDE_REPOSITORY, FILE_LINK_BROKEN, FILE_NOT_REGULAR, DIRECTORY_UNREADABLE, INTERNAL_ERROR);

    private ReadRules() {
    }
}
