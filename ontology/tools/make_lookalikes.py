#!/usr/bin/env python3
"""Regenerate ontology/word-lookalikes.txt: words that a one-slip correction to the word
lexicon must leave as they are (src/names/normalise.rs, `slip_of`).

The correction reads a word of eight letters or more that the lexicon does not hold as
the lexicon word one slip away (one letter added, left out, changed, or two swapped), with
the same first letter, when only one lexicon word is that close (`Ministery`, `Enviroment`,
`Techonology`). An English word one slip from a lexicon word is a word of its own
(`countries` is not `counties`, `projection` is not `protection`): this tool lists those of
the Debian word lists (`apt-get install wamerican wbritish`), and the words of French,
Spanish and Portuguese that the corpus review found (REVIEWED). Run from the repository
root whenever the lexicon changes:

    python3 ontology/tools/make_lookalikes.py > ontology/word-lookalikes.txt
"""
import collections, unicodedata

MIN = 8
DICTIONARIES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
# Words of the plans' other languages one slip from a lexicon word of another meaning
# (`evacuacion` is not `evaluacion`, `redaction` is not `reduction`), and verbs (`chercher`,
# `travailler`) that are not the noun of the lexicon.
REVIEWED = [
    "chercher", "evacuacion", "evacuaciones", "financer", "investir", "manieres",
    "mobilise", "organise", "organisee", "organisees", "productos", "redaction",
    "securise", "travailler",
]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def one_slip(a, b):
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (
            len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
        )
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def main():
    lexicon = {}
    for line in open("ontology/word-lexicon.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip() or line.startswith("canonical\t"):
            continue
        fields = line.rstrip("\n").split("\t")
        for w in fields:
            if w and fields[0]:
                lexicon[w] = fields[0]
    index = collections.defaultdict(set)
    for w in lexicon:
        if len(w) >= MIN:
            index[w].add(w)
            for i in range(len(w)):
                index[w[:i] + w[i + 1 :]].add(w)
    out = set()
    for path in DICTIONARIES:
        for line in open(path, encoding="utf-8"):
            w = fold(line.strip())
            if len(w) < MIN or w in lexicon or not w.isalpha() or not w.isascii():
                continue
            near = {
                c
                for k in [w] + [w[:i] + w[i + 1 :] for i in range(len(w))]
                for c in index.get(k, ())
                if c[0] == w[0] and one_slip(w, c)
            }
            if len({lexicon[c] for c in near}) == 1:
                out.add(w)
    print("# English words one slip from a word of ontology/word-lexicon.tsv, and reviewed")
    print("# words of the plans' other languages: words of their own, never read as a slip of")
    print("# the lexicon word. Made by ontology/tools/make_lookalikes.py; do not edit by hand.")
    for w in sorted(out | set(REVIEWED)):
        print(w)


if __name__ == "__main__":
    main()
