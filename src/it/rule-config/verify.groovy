String text = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = text.readLines()
def demoted = "[WARNING] _figures/PMC9100004__cells-09-0456-g002.md:23:10: warning [figtype-number] figtype: expected 'Figure' for number 'F2', found 'Scheme'"
// Invocations 1 and 3 would print it, but 3 stops at the configuration error before checking: only one.
assert lines.count { it == demoted } == 1
assert !text.contains('error [figtype-number]')
assert lines.count { it.contains('BUILD SUCCESS') } == 2
assert text.contains("unknown rule id 'figtype-numbr' (did you mean figtype-number")
return true
