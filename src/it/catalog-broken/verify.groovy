// mvn package -Dpfocr.failOnError=false on a repository with an error: one set of thresholds governs check and
// catalog, so both pass; the catalog leaves out the record with the error, says so, and is valid.
import com.fasterxml.jackson.databind.ObjectMapper

String text = new File(basedir, 'build.log').getText('UTF-8')
assert text.contains("error [figtype-number] figtype: expected 'Figure' for number 'F2', found 'Scheme'")
assert text.contains('pfocr: 1 record(s) left out of the catalog: 1 with errors, 0 repeating an earlier figid')
assert text.contains('BUILD SUCCESS')
File catalogFile = new File(basedir, 'target/pfocr/catalog.json')
def catalog = new ObjectMapper().readTree(catalogFile)
assert io.github.pfocr.core.catalog.CatalogWriterTest.schema().validate(catalog).isEmpty()
def figids = catalog.get('figures').collect { it.get('figid').asText() }
assert figids.size() == 8
assert figids.toSet().size() == figids.size()
assert !figids.contains('PMC9100004__cells-09-0456-g002')
new File(basedir, 'target/pfocr').listFiles().findAll { it.name.endsWith('.gmt') }.each { gmt ->
    def names = gmt.readLines('UTF-8').collect { it.split('\t')[0] }
    assert names.toSet().size() == names.size() : "a GMT set name twice in ${gmt.name}"
}
assert !new File(basedir, 'target/pfocr').listFiles().any { it.name.endsWith('.tmp') }
return true
