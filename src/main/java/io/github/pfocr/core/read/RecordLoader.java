package io.github.pfocr.core.read;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads a figure file and the entity tables linked to it by figid; usable from any number of threads. */
public final class RecordLoader {
    private final Path baseDirectory;
    private final long maxFileSize;
    private final int maxFindingsPerFile;
    private final Function<String, Path> dataTables;
    private final ThreadLocal<FrontMatterReader> readers;

    /**
     * @param baseDirectory sink paths are relative to it
     * @param dataTables the entity table of a file name, or null when there is none
     */
    public RecordLoader(Path baseDirectory, long maxFileSize, int maxFindingsPerFile,
            Function<String, Path> dataTables) {
        this.baseDirectory = baseDirectory;
        this.maxFileSize = maxFileSize;
        this.maxFindingsPerFile = maxFindingsPerFile;
        this.dataTables = dataTables;
        this.readers = ThreadLocal.withInitial(() -> new FrontMatterReader(maxFileSize));
    }

    /**
     * @param sink receives the figure file's reading hits
     * @param tables receives each linked table's sink (its file name and layout hits)
     * @param hash receives the bytes of the figure file and of each linked table
     * @return the record with its tables, or null when the file yields no front matter (reported to the sink)
     */
    public FigureRecord load(Path file, FindingSink sink, Consumer<FindingSink> tables, ContentHash hash) {
        byte[] bytes = TextFiles.readBytes(file, maxFileSize, sink);
        hash.update(bytes);
        return bytes == null ? null : load(file, bytes, sink, tables, hash);
    }

    /** Like {@link #load(Path, FindingSink, Consumer, ContentHash)}, from the file's bytes read by the caller. */
    public FigureRecord load(Path file, byte[] bytes, FindingSink sink, Consumer<FindingSink> tables,
            ContentHash hash) {
        MapNode root = readers.get().read(bytes, sink);
        if (root == null) {
            return null;
        }
        FigureRecord record = new FigureRecord(sink.path(), RepositoryFiles.baseName(file), root);
        for (TsvKind kind : TsvKind.values()) {
            Path table = dataTables.apply(record.figid() + kind.suffix());
            if (table != null) {
                FindingSink tableSink = new FindingSink(RepositoryFiles.relative(baseDirectory, table),
                        maxFindingsPerFile);
                byte[] tableBytes = TextFiles.readBytes(table, maxFileSize, tableSink);
                hash.update(tableBytes);
                String text = tableBytes == null ? null : TextFiles.decode(tableBytes, tableSink);
                TsvTable t = text == null ? null : TsvReader.parse(text, kind, tableSink);
                if (t != null) {
                    record.table(kind, t);
                }
                tables.accept(tableSink);
            }
        }
        return record;
    }
}
