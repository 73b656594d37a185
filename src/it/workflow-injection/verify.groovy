// GITHUB_ACTIONS=true and -Dstyle.color=always on a record, a table, a map file and a file name that carry workflow
// commands, terminal escapes and line separators: no line a runner reads comes from record content.
String text = new File(basedir, 'build.log').getText('UTF-8')
// Maven's own colours are ANSI sequences around its prefixes; the planted ones must never appear raw.
['\u001B[31mred', '\u001B[2J', '\u001B]0;title', '\u2028', '\u2029', '\u0085'].each { assert !text.contains(it) }
assert text.contains('\\u001B[31mred') : 'the payload is shown escaped'
List<String> lines = text.readLines().collect { it.replaceAll('\u001B\\[[0-9;]*m', '') }
int fence = lines.findIndexOf { it ==~ /::stop-commands::pfocr-[0-9a-f]{32}/ }
assert fence >= 0 : 'findings are fenced by ::stop-commands::'
String end = '::' + lines[fence].substring('::stop-commands::'.length()) + '::'
int fenceEnd = lines.indexOf(end)
assert fenceEnd > fence
assert lines.subList(fence, fenceEnd).any { it.contains('] _figures/PMC9100006__pone.0301122.g001.md:3:1: warning [field-unknown]') }
lines.eachWithIndex { String line, int i ->
    if (i == fence || i == fenceEnd) return
    if (line =~ /^\s*(::[A-Za-z-]+.*::|##\[)/) {
        assert i > fenceEnd : "a command inside the findings block: $line"
        assert line ==~ /::(error|warning|notice) (file=[^,]*,line=\d+,col=\d+,title=[a-z-]+|title=pfocr)::.*/ : "not the plugin's own: $line"
    }
}
assert lines.count { it.startsWith('::error file=') } >= 3
return true
