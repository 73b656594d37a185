// mvn package on a repository with an error: the check is told not to fail (failOnError=false), so the catalog
// goal is the one that refuses, and it writes nothing.
String text = new File(basedir, 'build.log').getText('UTF-8')
assert text.contains("error [figtype-number] figtype: expected 'Figure' for number 'F2', found 'Scheme'")
assert text.contains('pfocr:catalog found 1 error(s) in 9 figure file(s); no catalog was written')
assert text.contains('BUILD FAILURE')
assert !new File(basedir, 'target/pfocr/catalog.json').exists()
assert !new File(basedir, 'target/pfocr').listFiles().any { it.name.endsWith('.gmt') || it.name.endsWith('.tmp') }
return true
