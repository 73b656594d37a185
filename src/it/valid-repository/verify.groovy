// The unchanged synthetic sample repository: `mvn validate` runs pfocr:check, which passes.
import java.util.regex.Pattern

File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')

assert text.contains('--- pfocr-maven-plugin:') && text.contains(':check (default) @ valid-repository ---')

// The summary line. The sample's chemical-only G2b record has `organisms_ner: [NA]` (as the real data does), which
// the checker counts as an info.
Pattern summary = ~/(?m)^\[INFO\] pfocr: checked 9 figure file\(s\) \(G1a 2, G1b 2, G2a 1, G2b 4, unknown 0, unreadable 0\), 8 table\(s\), 2 map file\(s\): 0 error\(s\), 0 warning\(s\), 1 info in \d+\.\d s\r?$/
assert summary.matcher(text).find() : 'summary line with G1a 2, G1b 2, G2a 1, G2b 4 and 0 error(s) not found'
assert !(text =~ /(?m)^\[ERROR\] _(figures|data)\//) : 'no error findings expected'
assert text.contains('BUILD SUCCESS')

File result = new File(basedir, 'target/pfocr/check-result.json')
assert result.isFile() : "${result} missing"
String json = result.getText('UTF-8')
// CheckResultJsonWriter uses Jackson's DefaultPrettyPrinter: `"key" : value`, two-space indent.
assert json.contains('"errors" : 0')
assert json.contains('"figureFiles" : 9')
assert json.contains('"G1a" : 2') && json.contains('"G1b" : 2') && json.contains('"G2a" : 1') && json.contains('"G2b" : 4')
assert json.contains('"unknown" : 0')
assert json.contains('"tableFiles" : 8') && json.contains('"mapFiles" : 2')
assert json.contains('"name" : "pfocr-maven-plugin"')
return true
