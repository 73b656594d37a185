package io.github.pfocr.core.model;


import java.util.EnumMap;
import java.util.Map;

/**
 * One parsed figure file: its front-matter tree, detected generation and, when they exist, the entity tables of
 * {@code _data/} linked to it by figid. Accessors return null for absent or wrongly typed values; the schema rule
 * reports those, the other rules simply skip them.
 */
public final class FigureRecord {
    private final String path;
    private final String baseName;
    private final MapNode root;
    private final Generation generation;
    private final Map<TsvKind, TsvTable> tables = new EnumMap<>(TsvKind.class);

    /**
     * @param path the file's path relative to the project base directory
     * @param baseName the file name without {@code .md}
     */
    public FigureRecord(String path, String baseName, MapNode root) {
        this.path = path;
        this.baseName = baseName;
        this.root = root;
        this.generation = Generation.detect(root);
    }

    public String path() {
        return path;
    }

    public String baseName() {
        return baseName;
    }

    public MapNode root() {
        return root;
    }

    public Generation generation() {
        return generation;
    }

    public Node node(String field) {
        return root.get(field);
    }

    /** The field's scalar when it is a string, else null. */
    public ScalarNode string(String field) {
        return string(root, field);
    }

    /** The field's text when it is a string, else null. */
    public String text(String field) {
        ScalarNode s = string(field);
        return s == null ? null : s.value();
    }

    /** The figid to link tables by: the field when it is a string, else the file name (as Jekyll's page would). */
    public String figid() {
        String f = text(Fields.FIGID);
        return f != null && !f.isEmpty() ? f : baseName;
    }

    /** The schema-jsonld mapping, or null. */
    public MapNode jsonld() {
        return node(Fields.SCHEMA_JSONLD) instanceof MapNode m ? m : null;
    }

    public void table(TsvKind kind, TsvTable table) {
        tables.put(kind, table);
    }

    /** The linked table of this kind, or null when there is none. */
    public TsvTable table(TsvKind kind) {
        return tables.get(kind);
    }

    public static ScalarNode string(MapNode map, String key) {
        return map != null && map.get(key) instanceof ScalarNode s && s.isString() ? s : null;
    }
}
