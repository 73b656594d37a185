String text = new File(basedir, 'build.log').getText('UTF-8')
File baseline = new File(basedir, 'pfocr-baseline.json')
assert baseline.isFile()
def json = new groovy.json.JsonSlurper().parse(baseline)
assert json.formatVersion == 1
assert json.findings*.rule.sort() == ['figtype-number', 'organisms-placeholder']
assert text.contains('pfocr: baseline of 2 finding(s) in 2 entr(ies) written to pfocr-baseline.json')
assert text.contains('pfocr: baseline pfocr-baseline.json: 2 known finding(s) not reported')
assert text.contains("error [figtype-number] figtype: expected 'Figure' for number 'F2', found 'Scheme'")
assert text.contains('error [figid-filename]')
// Invocations 1 to 3 leave PMC9100009 out: a partial run, which says which rules saw only the selection.
assert text.contains('pfocr: partial run: 9 figure file(s) selected, 1 left out by includes/excludes')
assert text.contains('figid-unique, figid-alias-unique, redirect-from-unique, jsonld-id-unique, filename-unique, '
        + 'figlink-unique, gene-id-symbol, gene-symbol-id, ndex-map, wpid-map compared only the selected records')
assert !text.contains('are fixed (stale baseline entries)')
// Invocation 5 (one record selected) keeps both entries of the records it did not check.
assert text.contains('pfocr: baseline of 2 finding(s) in 2 entr(ies) written to pfocr-baseline.json (0 new, 0 fixed '
        + 'and dropped; entries of what this partial run did not check are kept)')
assert text.readLines().count { it.contains('BUILD SUCCESS') } == 3
assert text.readLines().count { it.contains('BUILD FAILURE') } == 2
return true
