package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.rules.LongPages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one pass collects per file, by path index, before configuration: each file's own hits (from reading it) and
 * the hits the cross-file rules, map files and orphan check gave it, the figures' suppressions and figids, and what
 * the {@link ResultSnapshot} keeps so the next pass can start from it.
 */
final class FileResults {
    /** Files per page: pages keep each array below the size that G1 gives heap regions of its own. */
    private static final int PAGE = 4096;

    private final PathTable paths;
    private final List<RuleHit>[][] own;
    private final List<RuleHit>[][] cross;
    private final Map<Integer, List<Suppression>> suppressions = new HashMap<>();
    /** The figid of each parsed figure whose figid differs from its file name. */
    private final Map<Integer, String> otherFigids = new HashMap<>();
    private final BitSet parsedFigures = new BitSet();
    /** Each record's link to a data table, {@code table << 32 | figure}, in the order records are consumed. */
    private final LongPages links = new LongPages(0);
    private int linkCount;
    /** Where each figure's entry starts in the cache, by its place in figid order. */
    private final LongPages entryAt = new LongPages(-1);
    /** The content hash of each map file read. */
    private final Map<Integer, Long> mapHashes = new HashMap<>();

    @SuppressWarnings("unchecked")
    FileResults(PathTable paths) {
        this.paths = paths;
        own = new List[(paths.size() + PAGE - 1) / PAGE][PAGE];
        cross = new List[own.length][PAGE];
    }

    /** The results the snapshot kept; the figures not named unparsed in it were parsed. */
    static FileResults of(ResultSnapshot last, PathTable paths, int[] figures) {
        FileResults r = new FileResults(paths);
        for (ResultSnapshot.FileHits f : last.hits) {
            add(r.own, f.pathId(), f.own());
            add(r.cross, f.pathId(), f.cross());
            r.suppress(f.pathId(), f.suppressions());
        }
        r.otherFigids.putAll(last.otherFigids);
        r.mapHashes.putAll(last.mapHashes);
        for (long link : last.links) {
            r.links.set(r.linkCount++, link);
        }
        Arrays.stream(figures).forEach(r.parsedFigures::set);
        Arrays.stream(last.unparsed).forEach(r.parsedFigures::clear);
        for (int k = 0; k < figures.length; k++) {
            r.entryAt.set(k, last.entries.get(k));
        }
        return r;
    }

    void addOwn(int pathId, List<RuleHit> hits) {
        add(own, pathId, hits);
    }

    void addCross(int pathId, List<RuleHit> hits) {
        add(cross, pathId, hits);
    }

    /** Replaces a file's own hits: it was read again. */
    void replaceOwn(int pathId, List<RuleHit> hits) {
        own[pathId / PAGE][pathId % PAGE] = null;
        add(own, pathId, hits);
    }

    /** Sets a figure's suppressions. */
    void suppress(int figure, List<Suppression> suppressed) {
        if (suppressed.isEmpty()) {
            suppressions.remove(figure);
        } else {
            suppressions.put(figure, suppressed);
        }
    }

    /** A figure that yielded a record with this link id. */
    void parsed(int figure, String linkId, String baseName) {
        parsedFigures.set(figure);
        if (!linkId.equals(baseName)) {
            otherFigids.put(figure, linkId);
        }
    }

    void link(int table, int figure) {
        links.set(linkCount++, (long) table << 32 | figure);
    }

    /** Where the entry of the figure at {@code ordinal} in figid order starts in the cache. */
    void entryAt(int ordinal, long position) {
        entryAt.set(ordinal, position);
    }

    /** Where the entry of the figure at {@code ordinal} in figid order starts in the cache, or -1. */
    long entryAt(int ordinal) {
        return entryAt.get(ordinal);
    }

    /** Whether a figure yielded a record. */
    boolean parsed(int figure) {
        return parsedFigures.get(figure);
    }

    void mapHash(int map, long hash) {
        mapHashes.put(map, hash);
    }

    /** Hands every file's hits, in path order, to the chain. */
    void judge(FindingChain chain) {
        for (int i = 0; i < paths.size(); i++) {
            List<RuleHit> mine = get(own, i);
            List<RuleHit> others = get(cross, i);
            if (!mine.isEmpty() || !others.isEmpty()) {
                List<RuleHit> all = new ArrayList<>(mine.size() + others.size());
                all.addAll(mine);
                all.addAll(others);
                chain.file(paths.get(i), figid(i), all, suppressions.getOrDefault(i, List.of()));
            }
        }
    }

    /**
     * Writes what the snapshot keeps beyond the stamps, and commits it.
     *
     * @param rejected files judged by every listing again, whose hits are not kept
     */
    void write(ResultSnapshot.Writer snap, int[] figures, Map<Generation, Integer> generations, BitSet rejected)
            throws IOException {
        int[] byGeneration = new int[Generation.values().length];
        generations.forEach((g, n) -> byGeneration[g.ordinal()] = n);
        int[] unparsed = Arrays.stream(figures).filter(id -> !parsedFigures.get(id)).sorted().toArray();
        snap.result(byGeneration, unparsed, otherFigids, links, linkCount, entryAt, figures.length, mapHashes);
        for (int i = 0; i < paths.size(); i++) {
            List<RuleHit> mine = get(own, i);
            List<RuleHit> others = get(cross, i);
            List<Suppression> s = suppressions.getOrDefault(i, List.of());
            if (!rejected.get(i) && (!mine.isEmpty() || !others.isEmpty() || !s.isEmpty())) {
                snap.file(i, mine, others, s);
            }
        }
        snap.commit();
    }

    /**
     * The figid a file's findings carry: a parsed figure's link id, a table's from its name, else none.
     */
    private String figid(int pathId) {
        String path = paths.get(pathId);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (parsedFigures.get(pathId)) {
            return otherFigids.getOrDefault(pathId, RepositoryFiles.baseName(Path.of(name)));
        }
        TsvKind kind = TsvKind.of(name);
        return kind == null ? null : kind.figid(name);
    }

    private static void add(List<RuleHit>[][] table, int pathId, List<RuleHit> more) {
        if (more.isEmpty()) {
            return;
        }
        List<RuleHit>[] page = table[pathId / PAGE];
        if (page[pathId % PAGE] == null) {
            page[pathId % PAGE] = new ArrayList<>(more.size());
        }
        page[pathId % PAGE].addAll(more);
    }

    private static List<RuleHit> get(List<RuleHit>[][] table, int pathId) {
        List<RuleHit> found = table[pathId / PAGE][pathId % PAGE];
        return found == null ? List.of() : found;
    }
}
