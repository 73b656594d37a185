package io.github.pfocr.core.read;

import io.github.pfocr.core.engine.CheckRequest;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads a figure file and the entity tables linked to it by figid; usable from any number of threads. */
public final class RecordLoader {
    private final CheckRequest request;
    private final Map<String, Path> dataTables;
    private final ThreadLocal<FrontMatterReader> readers;

    public RecordLoader(CheckRequest request, Map<String, Path> dataTables) {
        this.request = request;
        this.dataTables = dataTables;
        this.readers = ThreadLocal.withInitial(() -> new FrontMatterReader(request.maxFileSize()));
    }

    /**
     * @param sink receives the figure file's reading findings
     * @param tableFindings receives each linked table's file name and layout findings
     * @return the record with its tables, or null when the file yields no front matter (reported to the sink)
     */
    public FigureRecord load(Path file, FindingSink sink, BiConsumer<String, List<Finding>> tableFindings) {
        byte[] bytes = TextFiles.readBytes(file, request.maxFileSize(), sink);
        MapNode root = bytes == null ? null : readers.get().read(bytes, sink);
        if (root == null) {
            return null;
        }
        FigureRecord record = new FigureRecord(sink.path(), RepositoryFiles.baseName(file), root);
        sink.figid(record.figid());
        for (TsvKind kind : TsvKind.values()) {
            String tableName = record.figid() + kind.suffix();
            Path table = dataTables.get(tableName);
            if (table != null) {
                FindingSink tableSink = new FindingSink(RepositoryFiles.relative(request.baseDirectory(), table),
                        request.maxFindingsPerFile());
                tableSink.figid(record.figid());
                TsvTable t = TsvReader.read(table, kind, request.maxFileSize(), tableSink);
                if (t != null) {
                    record.table(kind, t);
                }
                tableFindings.accept(tableName, tableSink.findings());
            }
        }
        return record;
    }
}
