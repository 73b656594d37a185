// mvn install on a valid repository: the catalog and gene sets are written, the catalog is attached and installed.
String text = new File(basedir, 'build.log').getText('UTF-8')
assert text.contains('pfocr: catalog of 9 figure(s) written to target/pfocr/catalog.json')
assert text.contains('BUILD SUCCESS')
// check (validate) then catalog (package) in one build: one summary; the catalog says it reused the check's pass.
assert text.count('pfocr: checked 9 figure file(s)') == 1
assert text =~ /pfocr: the same 0 error\(s\), 0 warning\(s\), 1 info as this build's check \(not listed again\); 0 of 9 figure file\(s\) read again, the rest taken from the check's cache/

File catalog = new File(basedir, 'target/pfocr/catalog.json')
assert catalog.isFile()
def json = new groovy.json.JsonSlurper().parse(catalog)
assert json.catalogFormatVersion == 1
assert json.releaseDate == '2026-02-03'
assert json.repository == 'io.github.pfocr.it:catalog-install:1.0.0'
assert json.figures.size() == 9
assert json.figures*.figid == json.figures*.figid.sort(false)
assert new File(basedir, 'target/pfocr/pfocr-20260203-gmt-Homo_sapiens.gmt').isFile()

File installed = new File(localRepositoryPath,
        'io/github/pfocr/it/catalog-install/1.0.0/catalog-install-1.0.0-catalog.json')
assert installed.isFile() : "${installed} was not installed"
assert installed.bytes == catalog.bytes
return true
