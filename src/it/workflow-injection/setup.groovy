// Plants what cannot sit in a committed fixture: raw control characters in a table cell and a map-file line, and
// a line break in a file name.
def data = new File(basedir, '_data')
new File(data, 'wpid_map.tsv').setText('PMC9100006__pone.0301122.g001\r::error::map\u001B]0;title\u0007\n', 'UTF-8')
def chemicals = new File(data, 'PMC9100006__pone.0301122.g001-chemicals.tsv')
chemicals.setText(chemicals.getText('UTF-8').replaceFirst('\tmesh:D', '\tmesh:\u001B[2J\r::error::tsv D'), 'UTF-8')
new File(basedir, '_figures/PMC9100009__f\n::error::name.md').setText('---\nfigid: x\n---\n', 'UTF-8')
return true
