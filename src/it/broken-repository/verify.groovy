// The sample repository with deliberate defects:
//   PMC9100001  `year: 2019` unquoted (an integer under YAML 1.1)
//   PMC9100002  papertitle with an unterminated single quote (YAML syntax error)
//   PMC9100004  figid_alias PMC9100004__F7 disagrees with number F2 (its correct redirect_from is not blamed)
//   PMC9100007  a second `figtype:` key (duplicate key)
//   wpid_map    the only line is space-separated instead of tab-separated
// Every finding is printed as path:line:col: severity [rule] message; the other files are still checked.
// The unparseable PMC9100002 is in _data/ndex_map.tsv, but its map entry is not reported (it has no fields to
// compare), and the sample's own `organisms_ner: [NA]` (PMC9100006) is an info: counted, not listed.
File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')
List<String> lines = text.readLines()

def expected = [
    "[ERROR] _data/wpid_map.tsv:1:1: error [map-line-format] expected figid<TAB>WP<digits>, found 'PMC9100008__fcell-12-1345678-g005 WP9901' (separated by spaces, not a tab)",
    "[ERROR] _figures/PMC9100001__jbio-12-101-g001.md:17:7: error [field-type] field 'year': expected a string, found an integer (2019); Jekyll (YAML 1.1) reads the unquoted value as an integer, quote it: '2019'",
    "[ERROR] _figures/PMC9100002__fig1.md:12:27: error [yaml-syntax] invalid YAML: expected <block end>, but found '<scalar>' (while parsing a block mapping at line 2, column 1)",
    "[ERROR] _figures/PMC9100004__cells-09-0456-g002.md:22:14: error [figid-alias-number] figid_alias: expected 'PMC9100004__F2' (pmcid + \"__\" + number), found 'PMC9100004__F7'",
    "[ERROR] _figures/PMC9100007__41598_2024_55123_Fig3_HTML.md:28:1: error [yaml-duplicate-key] duplicate key 'figtype': first defined at line 11; Jekyll would silently use this later value",
]
def missing = expected.findAll { !lines.contains(it) }
assert missing.isEmpty() : "finding lines not in build.log:\n" + missing.join('\n')

// No findings beyond the expected ones.
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING)\] _(figures|data|download)\/\S+:\d+:\d+: (error|warning) \[[a-z0-9-]+\] / }
assert findings.size() == expected.size() : "expected ${expected.size()} finding lines, got:\n" + findings.join('\n')

// All nine figure files were checked, the valid ones too (the unparseable PMC9100002 has no generation).
assert text =~ /(?m)^\[INFO\] pfocr: checked 9 figure file\(s\) \(G1a 1, G1b 2, G2a 1, G2b 4, unknown 0, unreadable 1\), 8 table\(s\), 2 map file\(s\): 5 error\(s\), 0 warning\(s\), 1 info in \d+\.\d s\r?$/

assert text.contains('pfocr:check found 5 error(s) and 0 warning(s) in 5 of 19 checked file(s); see target/pfocr/check-result.json')
assert text.contains('BUILD FAILURE')

File result = new File(basedir, 'target/pfocr/check-result.json')
assert result.isFile() : "${result} missing"
String json = result.getText('UTF-8')
assert json.contains('"errors" : 5')
assert json.contains('"warnings" : 0')
assert json.contains('"infos" : 1')
assert json.contains('"rule" : "yaml-duplicate-key"')
return true
