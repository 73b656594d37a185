package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.TsvKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.pfocr.core.rules.RecordFixtures.G1B;
import static io.github.pfocr.core.rules.RecordFixtures.G1B_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gene pairs a record gives the cross-file rules: distinct by their text id<tab>symbol, first one kept. */
class FigureFactsGenesTest {

    private static String gene(String entrez, String symbol) {
        return "- word: w\n  symbol: s\n  source: hgnc_symbol\n  hgnc_symbol: " + symbol + "\n  entrez: " + entrez
                + "\n";
    }

    @Test
    void pairsAreDistinctByTheirTextInFirstSeenOrderInlineThenTable() {
        String genes = gene("'1956'", "EGFR") + gene("'1956'", "EGFR") + gene("'1956'", "EGFR2")
                + gene("'7157'", "EGFR")
                // Tabs (only a hostile record has them): "1\t2" + "X" and "1" + "2\tX" are one text.
                + gene("\"1\\t2\"", "X") + gene("'1'", "\"2\\tX\"") + gene("\"1\\t\"", "\"\\tX\"")
                + gene("'1'", "\"\\t\\tX\"") + gene("\"\\t\"", "''") + gene("''", "\"\\t\"");
        String table = RecordFixtures.GENES + "9606\tHomo sapiens\tPrimates\tEGFR\tEGFR\tEGFR\t1956\tx\t1\t1\t2\n"
                + "9606\tHomo sapiens\tPrimates\tp53\tP53\tTP53\t7157\tx\t1\t1\t2\n"
                + "9606\tHomo sapiens\tPrimates\tq\tQ\tQ1\t1956\tx\t1\t1\t2\n";
        FigureRecord r = RecordFixtures.record(G1B.replace("genes:\n", "genes:\n" + genes), G1B_NAME,
                Map.of(TsvKind.GENES, table), new FindingSink("_figures/" + G1B_NAME + ".md"));
        FigureFacts facts = FigureFacts.of(r);

        List<String> expected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> all = List.of(new String[] {"1956", "EGFR"}, new String[] {"1956", "EGFR"},
                new String[] {"1956", "EGFR2"}, new String[] {"7157", "EGFR"}, new String[] {"1\t2", "X"},
                new String[] {"1", "2\tX"}, new String[] {"1\t", "\tX"}, new String[] {"1", "\t\tX"},
                new String[] {"\t", ""}, new String[] {"", "\t"},
                // The fixture's own inline genes, then the table's rows.
                new String[] {"1956", "EGFR"}, new String[] {"3845", "KRAS"},
                new String[] {"7157", "TP53"}, new String[] {"5599", "MAPK8"}, new String[] {"1956", "EGFR"},
                new String[] {"7157", "TP53"}, new String[] {"1956", "Q1"});
        for (String[] p : all) {
            if (seen.add(p[0] + '\t' + p[1])) {
                expected.add(p[0] + " " + p[1]);
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < facts.geneIds().length; i++) {
            found.add(facts.geneIds()[i] + " " + facts.symbols()[i]);
        }
        assertEquals(expected, found);
        assertEquals(List.of("1956 EGFR", "1956 EGFR2", "7157 EGFR", "1\t2 X", "1\t \tX", "\t ", "3845 KRAS",
                "7157 TP53", "5599 MAPK8", "1956 Q1"), found);
        boolean[] inTable = {false, false, false, false, false, false, false, true, true, true};
        assertArrayEquals(inTable, facts.geneInTable());
        long[] hashes = new long[2 * found.size()];
        for (int i = 0; i < found.size(); i++) {
            hashes[2 * i] = Hash64.of(facts.geneIds()[i]);
            hashes[2 * i + 1] = Hash64.of(facts.symbols()[i]);
        }
        assertArrayEquals(hashes, facts.geneHashes());
        // Positions: the first inline EGFR's entrez, and the table's Q1 row (line 6 of the table, column of the id).
        assertEquals(G1B.substring(0, G1B.indexOf("genes:\n")).lines().count() + 1 + 5,
                FigureFacts.line(facts.geneAt()[0]));
        assertEquals(6, FigureFacts.line(facts.geneAt()[9]));
        assertEquals(found.size(), facts.geneAt().length);
    }
}
