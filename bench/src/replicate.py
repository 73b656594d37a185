#!/usr/bin/env python3
"""Makes a large benchmark corpus from a smaller one by writing renamed copies of every record.

usage: replicate.py <source-corpus> <target-corpus> <copies>

Generating 1,000,000 records with gen_corpus.py takes about half an hour of one core; copying a generated
100,000-record corpus ten times takes a few minutes. The target holds the source's records unchanged plus
copies - 1 renamed copies: in copy k (1..copies-1) every PMC id PMC<digits> becomes PMC<k><digits padded to 7>,
in file names and contents alike, so figids, aliases, redirects, figlinks and JSON-LD ids stay unique across
copies (source ids have at most 7 digits) while gene pairs repeat, as they do across real records. The map
files are copied as they are (they name source records only). Deterministic: same source, same output.
"""
import os
import re
import shutil
import sys

PMC = re.compile(rb"PMC(\d{1,7})(?!\d)")
PMC_NAME = re.compile(r"PMC(\d{1,7})(?!\d)")


def renamer(k):
    def bytes_sub(m):
        return b"PMC%d%s" % (k, m.group(1).rjust(7, b"0"))

    def name_sub(m):
        return "PMC%d%s" % (k, m.group(1).rjust(7, "0"))

    return bytes_sub, name_sub


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    source, target, copies = argv[1], argv[2], int(argv[3])
    if copies < 1 or copies > 10:
        print("replicate.py: copies must be 1..10 (one digit of prefix)", file=sys.stderr)
        return 2
    figures = sorted(os.listdir(os.path.join(source, "_figures")))
    data_dir = os.path.join(source, "_data")
    tables = sorted(n for n in os.listdir(data_dir) if n.endswith(".tsv") and PMC_NAME.match(n)) \
        if os.path.isdir(data_dir) else []
    table_set = set(tables)
    others = sorted(n for n in os.listdir(data_dir) if n not in table_set) if os.path.isdir(data_dir) else []
    for sub in ("_figures", "_data"):
        os.makedirs(os.path.join(target, sub), exist_ok=True)
    for name in others:
        shutil.copyfile(os.path.join(data_dir, name), os.path.join(target, "_data", name))
    for k in range(copies):
        bytes_sub, name_sub = renamer(k) if k else (None, None)
        for sub, names in (("_figures", figures), ("_data", tables)):
            for name in names:
                with open(os.path.join(source, sub, name), "rb") as f:
                    content = f.read()
                if k:
                    content = PMC.sub(bytes_sub, content)
                    name = PMC_NAME.sub(name_sub, name)
                with open(os.path.join(target, sub, name), "wb") as f:
                    f.write(content)
        print("replicate.py: copy %d of %d written" % (k + 1, copies), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
