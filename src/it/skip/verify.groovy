// A broken repository (PMC9100001: unterminated double-quoted papertitle) built twice, with
// -Dpfocr.skip=true and with -Dpfocr.check.skip=true: both builds succeed and the check does not run.
File log = new File(basedir, 'build.log')
assert log.isFile() : "no build.log in ${basedir}"
String text = log.getText('UTF-8')

// The invoker appends both invocations to one build.log.
int skipped = text.readLines().count { it == '[INFO] pfocr: check skipped' }
assert skipped == 2 : "expected 'pfocr: check skipped' twice, found ${skipped} time(s)"
assert text.count('BUILD SUCCESS') == 2
assert !text.contains('BUILD FAILURE')
assert !text.contains('pfocr: checked ')
assert !text.contains('[yaml-syntax]')
assert !new File(basedir, 'target/pfocr/check-result.json').exists()
return true
