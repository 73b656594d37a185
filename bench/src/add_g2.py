#!/usr/bin/env python3
"""Adds G2 figure records and their _data tables to a benchmark corpus.

usage: add_g2.py <corpus-dir> <count> [seed]

gen_corpus.py writes G1 records only (genes inline). The real repository's newer records are G2: genes,
chemicals and diseases live in _data/<figid>-{genes,chemicals,diseases}.tsv, so reading tables is part of the
real cost. This writes <count> G2 records (made-up ids PMC95xxxxx) shaped like the sample repository's, each
with a genes table of 3-24 rows and, for every other record, a chemicals table, plus a wpid map naming one record
in ten. Output is deterministic for a given count and seed.
"""
import os
import random
import sys

GENES = [(str(1000 + i), "GENE%d" % i) for i in range(4000)]
CHEMICALS = [("chem%d" % i, "mesh:D%06d" % (9000 + i), "chebi:%d" % (1000 + i)) for i in range(500)]
ORGANISMS = [("9606", "Homo sapiens", "Primates"), ("10090", "Mus musculus", "Rodents")]

RECORD = """---
figid: {figid}
figtitle: Invented signalling pathway number {i}
organisms:
- {organism}
organisms_ner:
- {organism}
pmcid: {pmcid}
filename: {image}.jpg
figlink: /pmc/articles/{pmcid}/figure/{image}/
number: F{number}
caption: 'An invented pathway for benchmarking; {symbols} interact in a made-up cascade.'
papertitle: Invented cascades in a made-up model {i}
reftext: Bench Author, et al. Invented J. 2024 Jan 1;{i}:1.
year: '2024'
doi: 10.5555/bench.{i}
journal_title: Invented Journal
journal_nlm_ta: Inv J
publisher_name: Example Press
keywords: Signal transduction | Benchmark
automl_pathway: 0.{score}
figid_alias: {pmcid}__F{number}
figtype: Figure
redirect_from: /figures/{pmcid}__F{number}
ndex: ''
seo: CreativeWork
schema-jsonld:
  '@context': https://schema.org/
  '@id': https://pfocr.wikipathways.org/figures/{figid}.html
  '@type': Dataset
  description: 'An invented pathway for benchmarking; {symbols} interact in a made-up cascade.'
  license: CC0
  name: CreativeWork
  creator:
    '@type': Organization
    name: WikiPathways
  keywords:
{keywords}
---
"""


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    figures = os.path.join(out, "_figures")
    data = os.path.join(out, "_data")
    os.makedirs(figures, exist_ok=True)
    os.makedirs(data, exist_ok=True)
    wpid = []
    for i in range(count):
        pmcid = "PMC%d" % (9500000 + i)
        image = "g%03d" % (i % 1000)
        figid = "%s__%s" % (pmcid, image)
        taxon, organism, group = ORGANISMS[i % 2]
        genes = rng.sample(GENES, rng.randint(3, 24))
        chemicals = rng.sample(CHEMICALS, rng.randint(1, 4)) if i % 2 == 0 else []
        symbols = [s for _, s in genes]
        keywords = "\n".join("  - " + k for k in symbols + [c[0] for c in chemicals])
        with open(os.path.join(figures, figid + ".md"), "w", encoding="utf-8") as f:
            f.write(RECORD.format(figid=figid, i=i, organism=organism, pmcid=pmcid, image=image,
                                  number=1 + i % 9, symbols=", ".join(symbols[:3]),
                                  score="%07d" % (5000000 + rng.randrange(4999999)), keywords=keywords))
        with open(os.path.join(data, figid + "-genes.tsv"), "w", encoding="utf-8") as f:
            f.write("organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\t"
                    "source\tcount_direct\tcount_match\n")
            for gene_id, symbol in genes:
                f.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\tncbigene_symbol\t1\t1\n"
                        % (taxon, organism, group, symbol, symbol, symbol, gene_id))
        if chemicals:
            with open(os.path.join(data, figid + "-chemicals.tsv"), "w", encoding="utf-8") as f:
                f.write("word\tmesh\tmatch\tname\tchebi\n")
                for word, mesh, chebi in chemicals:
                    f.write("%s\t%s\t%s\t%s\t%s\n" % (word, mesh, word, word, chebi))
        if i % 10 == 0:
            wpid.append("%s\tWP%d\n" % (figid, 5000 + i))
    with open(os.path.join(data, "wpid_map.tsv"), "w", encoding="utf-8") as f:
        f.writelines(wpid)


if __name__ == "__main__":
    main()
