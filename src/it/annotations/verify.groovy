// GITHUB_ACTIONS=true: workflow commands go straight to standard output (no [ERROR] prefix), capped per severity.
String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = text.readLines()
assert lines.contains("::error file=_figures/PMC9100004__cells-09-0456-g002.md,line=23,col=10,title=figtype-number::figtype: expected 'Figure' for number 'F2', found 'Scheme'")
assert lines.contains("::notice file=_figures/PMC9100006__pone.0301122.g001.md,line=7,col=3,title=organisms-placeholder::organisms_ner: expected an organism name, found the placeholder 'NA'")
assert lines.count { it.startsWith('::error ') } == 1
// The console summary counts findings per rule.
assert text.contains('pfocr: findings per rule: figtype-number 1, organisms-placeholder 1')
// Every requested report is written.
assert new File(basedir, 'target/pfocr/check-result.json').isFile()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pfocr/check-result.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId.sort() == ['figtype-number', 'organisms-placeholder']
assert sarif.runs[0].results.find { it.ruleId == 'figtype-number' }.locations[0].physicalLocation.region.startLine == 23
// Independent validators: Jenkins xunit's and Ant's JUnit XSDs, the OASIS SARIF 2.1.0 schema.
def junitFile = new File(basedir, 'target/pfocr/TEST-pfocr-check.xml').toPath()
assert io.github.pfocr.testing.ReportSchemas.junitProblems(junitFile) == []
assert io.github.pfocr.testing.ReportSchemas.sarifProblems(new File(basedir, 'target/pfocr/check-result.sarif').toPath()) == []
assert sarif.runs[0].tool.driver.rules.every { it.help.text && it.help.markdown && it.helpUri.contains('#rule-' + it.id) }
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/pfocr/TEST-pfocr-check.xml'))
assert junit.testsuite.@failures.text() == '1'
return true
