// `mvn pfocr:check` on a project that declares the plugin without executions: the prefix `pfocr`
// resolves from the project's plugins and the goal runs from the command line.
File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')

assert !text.contains('No plugin found for prefix')
assert text.contains(':check (default-cli) @ prefix-in-pom ---')
assert text =~ /(?m)^\[INFO\] pfocr: checked 9 figure file\(s\) \(G1a 2, G1b 2, G2a 1, G2b 4, unknown 0, unreadable 0\), 8 table\(s\), 2 map file\(s\): 0 error\(s\), 0 warning\(s\), 1 info in \d+\.\d s\r?$/
assert text.contains('BUILD SUCCESS')
assert new File(basedir, 'target/pfocr/check-result.json').isFile()
return true
