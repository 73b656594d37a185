// The sample repository with repairable defects (the valid sample is sample-repository/ of this project):
//   PMC9100001 (G1a, CRLF line endings)  schema-jsonld '@id' of an old name; organisms a single string, which is
//                                        G1's normal style (an info), so it stays unless pfocr.fix.rules names it
//   PMC9100003__biosyn (G1b)             figtype Scheme for number F3; redirect_from of F1; keyword STAT3 missing
//   PMC9100004 (G2a)                     figid_alias of F7; figlink without its leading slash
//   PMC9100005 (G2b)                     ndex missing, but _data/ndex_map.tsv has it
//   PMC9100007 (G2b)                     keywords out of order and one that no table derives
//   PMC9100008 (G2b)                     wpid WP17, but _data/wpid_map.tsv says WP9901
// pfocr:fix repairs all but the info, pfocr:check then passes in the same build, and every record is byte for byte
// the valid sample (PMC9100001 with its CRLF line endings and its single-string organisms).
File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')
List<String> lines = text.readLines()

def fixed = [
    '[INFO] pfocr: fixed _figures/PMC9100001__jbio-12-101-g001.md (jsonld-id)',
    '[INFO] pfocr: fixed _figures/PMC9100003__biosyn-02-g003.md (redirect-from-alias, figtype-number, keywords-entities)',
    '[INFO] pfocr: fixed _figures/PMC9100004__cells-09-0456-g002.md (figid-alias-number, figlink-format)',
    '[INFO] pfocr: fixed _figures/PMC9100005__IJIB-8-e00412-g004.md (ndex-present, ndex-map)',
    '[INFO] pfocr: fixed _figures/PMC9100007__41598_2024_55123_Fig3_HTML.md (keywords-tsv)',
    '[INFO] pfocr: fixed _figures/PMC9100008__fcell-12-1345678-g005.md (wpid-map)',
]
def missing = fixed.findAll { !lines.contains(it) }
assert missing.isEmpty() : "lines not in build.log:\n" + missing.join('\n')
assert text =~ /(?m)^\[INFO\] pfocr: fixed 10 finding\(s\) in 6 file\(s\); 0 could not be repaired, 0 other finding\(s\) have no automatic repair\r?$/

// The check that follows in the same build finds only infos (the sample's organisms_ner [NA] and PMC9100001's
// organisms) and passes.
assert text =~ /(?m)^\[INFO\] pfocr: checked 9 figure file\(s\) .*: 0 error\(s\), 0 warning\(s\), 2 info in \d+\.\d s\r?$/
assert text.indexOf('pfocr: fixed 10 finding(s)') < text.indexOf('pfocr: checked 9 figure file(s)')
assert text.contains('BUILD SUCCESS')

File sample = new File(basedir, '../../../sample-repository/_figures')
assert sample.isDirectory() : "the valid sample is not at ${sample}"
new File(basedir, '_figures').eachFile { File f ->
    String expected = new File(sample, f.name).getText('UTF-8')
    if (f.name.startsWith('PMC9100001__')) {
        expected = expected.replace('organisms:\n- Homo sapiens\n', 'organisms: Homo sapiens\n').replace('\n', '\r\n')
    }
    assert f.getText('UTF-8') == expected : "${f.name} differs from the valid sample after pfocr:fix"
}
return true
