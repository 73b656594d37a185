package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.rules.FigureFacts;

import java.util.List;

/**
 * What reading one figure file (and the tables linked to it) leaves behind, before configuration: the unit the
 * pass consumes in order and the cache stores.
 *
 * @param path the figure file, relative to the base directory
 * @param generation null when the file yields no record
 * @param hits the figure file's own hits
 * @param facts what the cross-file rules need; null when the file yields no record
 * @param tables the linked tables' hits
 * @param stamp what identifies the files read, to tell later whether they changed
 * @param part where the cache's parts file holds the listener's part of the record, or null
 */
record FigureEntry(String path, Generation generation, List<RuleHit> hits, List<Suppression> suppressions,
        FigureFacts facts, List<TableHits> tables, FileStamp stamp, PartRef part) {

    /** A listener's part in the cache's parts file: where, how long, and its CRC32C. */
    record PartRef(long offset, int length, int crc) {
    }

    /** A linked table's file name and its hits. */
    record TableHits(String name, List<RuleHit> hits) {
    }

    boolean parsed() {
        return facts != null;
    }
}
