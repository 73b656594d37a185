package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import org.codehaus.plexus.util.SelectorUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Jekyll publishes every file of the repository it is not told to leave out, so the plugin's own files (the pom,
 * the baseline, the build directory with its reports) would end up on the public site unless the repository's
 * {@code _config.yml} excludes them. Read with SnakeYAML's composer only (no objects are constructed, aliases are
 * capped), since the file is as untrusted as any record.
 */
public final class JekyllConfigCheck {
    public static final Rule JEKYLL_EXCLUDE_MISSING = Rule.warning("jekyll-exclude-missing",
            "The _config.yml beside the pom excludes what the plugin adds (pom.xml, pfocr-baseline.json, target/), "
                    + "so Jekyll does not publish it.");
    public static final List<Rule> RULES = List.of(JEKYLL_EXCLUDE_MISSING);
    public static final String CONFIG = "_config.yml";

    /** Aliases a legitimate configuration needs; more is an expansion attack, never a site setting. */
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 50;

    private JekyllConfigCheck() {
    }

    /**
     * @param baseDirectory the data repository (where the pom and {@code _config.yml} are)
     * @param mustExclude paths relative to it, {@code /}-separated, a trailing {@code /} for a directory
     * @param maxFileSize a larger configuration is not parsed
     * @return a hit when {@code _config.yml} exists and does not exclude every path; none without the file
     */
    public static List<RuleHit> check(Path baseDirectory, List<String> mustExclude, long maxFileSize) {
        Path config = baseDirectory.resolve(CONFIG);
        // A link could lead out of the repository; Jekyll's own safe mode refuses it too.
        if (!Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS) || mustExclude.isEmpty()) {
            return List.of();
        }
        FindingSink sink = new FindingSink(CONFIG);
        String text;
        try {
            if (Files.size(config) > maxFileSize) {
                return unread(sink, mustExclude, "it is larger than " + maxFileSize + " bytes");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(config))).toString();
        } catch (CharacterCodingException e) {
            return unread(sink, mustExclude, "it is not valid UTF-8");
        } catch (IOException e) {
            return unread(sink, mustExclude, "it could not be read");
        }
        Node root;
        try {
            root = yaml(maxFileSize).compose(new StringReader(text));
        } catch (YAMLException e) {
            return unread(sink, mustExclude, "it is not valid YAML");
        }
        Node excludeKey = null;
        Node excludeValue = null;
        if (root instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                // Jekyll (Psych) keeps the last of repeated keys.
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("exclude")) {
                    excludeKey = k;
                    excludeValue = t.getValueNode();
                }
            }
        }
        List<String> patterns = new ArrayList<>();
        if (excludeValue instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    patterns.add(s.getValue());
                }
            }
        }
        List<String> missing = mustExclude.stream().filter(p -> !excluded(p, patterns)).toList();
        if (!missing.isEmpty()) {
            int line = excludeKey == null ? 1 : excludeKey.getStartMark().getLine() + 1;
            int column = excludeKey == null ? 1 : excludeKey.getStartMark().getColumn() + 1;
            String found = excludeKey == null ? "no exclude list"
                    : excludeValue instanceof SequenceNode ? "an exclude list without " + String.join(", ", missing)
                    : "an exclude that is not a list";
            sink.report(JEKYLL_EXCLUDE_MISSING, line, column, "exclude: expected " + String.join(", ", mustExclude)
                    + " (what the plugin adds; Jekyll would publish it), found " + found, list(missing), null);
        }
        return sink.hits();
    }

    /** Jekyll's test (EntryFilter#glob_include?): the pattern matches as fnmatch, as a prefix, or as the dir/. */
    static boolean excluded(String path, List<String> patterns) {
        String dir = path.endsWith("/") ? path.substring(0, path.length() - 1) : null;
        String entry = dir != null ? dir : path;
        for (String raw : patterns) {
            String p = raw.startsWith("/") ? raw.substring(1) : raw.startsWith("./") ? raw.substring(2) : raw;
            if (p.isEmpty()) {
                continue;
            }
            if (entry.startsWith(p) || SelectorUtils.match(p, entry, true) || dir != null && p.equals(dir + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Yaml yaml(long maxFileSize) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(1, maxFileSize)));
        return new Yaml(new SafeConstructor(options));
    }

    private static List<RuleHit> unread(FindingSink sink, List<String> mustExclude, String why) {
        sink.report(JEKYLL_EXCLUDE_MISSING, 1, 1, "exclude: expected " + String.join(", ", mustExclude)
                + " (what the plugin adds; Jekyll would publish it), found a file that cannot be checked: " + why,
                list(mustExclude), null);
        return sink.hits();
    }

    /** The lines to add, in the flow style the README shows. */
    private static String list(List<String> paths) {
        return "[" + String.join(", ", paths) + "]";
    }
}
