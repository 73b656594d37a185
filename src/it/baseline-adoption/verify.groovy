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
assert text.readLines().count { it.contains('BUILD SUCCESS') } == 2
assert text.readLines().count { it.contains('BUILD FAILURE') } == 2
return true
