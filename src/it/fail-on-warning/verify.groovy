// The sample repository with one warning-only defect (PMC9100004: automl_pathway 0.4123457, below the
// classifier's 0.5 threshold) and -Dpfocr.failOnWarning=true: no errors, yet the build fails.
// The sample's own `organisms_ner: [NA]` (PMC9100006) is an info: counted, not listed, never failing the build.
File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')
List<String> lines = text.readLines()

assert lines.contains('[WARNING] _figures/PMC9100004__cells-09-0456-g002.md:21:17: warning [score-low] automl_pathway: expected at least 0.5 (the pathway classifier\'s threshold), found 0.4123457')
assert !lines.any { it =~ /^\[ERROR\] _(figures|data)\// } : 'no error findings expected'
assert text =~ /(?m)^\[INFO\] pfocr: checked 9 figure file\(s\) \(G1a 2, G1b 2, G2a 1, G2b 4, unknown 0, unreadable 0\), 8 table\(s\), 2 map file\(s\): 0 error\(s\), 1 warning\(s\), 1 info in \d+\.\d s\r?$/
assert text.contains('pfocr:check found 0 error(s) and 1 warning(s) in 1 of 19 checked file(s); see target/pfocr/check-result.json')
assert text.contains('BUILD FAILURE')

String json = new File(basedir, 'target/pfocr/check-result.json').getText('UTF-8')
assert json.contains('"errors" : 0')
assert json.contains('"warnings" : 1')
assert json.contains('"infos" : 1')
assert !lines.any { it.contains('[organisms-placeholder]') } : 'infos are not listed without -Dpfocr.showInfo'
assert json.contains('"rule" : "score-low"')
return true
