#!/usr/bin/env python3
"""Regenerates Klaster's compact built-in vocabularies from the official Eurostat tables.

Usage (from the repository root):
    python3 crates/vocab/tools/gen_builtin.py [DATA_DIR]

DATA_DIR defaults to ../shared/data (the folder with nuts2021/ and nace-rev2/, see their READMEs).
Reads:
    DATA_DIR/nuts2021/nuts2021_codes_names.csv            NUTS 2021 classification sheet (CSV export)
    DATA_DIR/nace-rev2/ramon_NACE_REV2_{en,pl,bg}.csv      RAMON exports of NACE Rev. 2
Writes (the project's own compact format, tab-separated, '#' comments, one header line):
    crates/vocab/data/nuts2021.tsv   code, level, name   levels 0-3 of every country
    crates/vocab/data/nace2.tsv      code, en, pl, bg    sections and divisions (levels 1-2)

Only the standard library is used. The output is deterministic (official order is kept).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data")
# Typing errors in the RAMON exports' section labels (checked against the clean Eurostat table and
# the Polish classification PKD 2007); corrected so the built-in set reads well.
ERRATA = {
    "U0NDIFFERENTIATED": "UNDIFFERENTIATED",
    "NAWŁASNE": "NA WŁASNE",
}


def clean(text):
    text = " ".join(text.split())
    if "\t" in text or "\n" in text or not text:
        raise SystemExit(f"unexpected empty or multi-line value: {text!r}")
    return text


def gen_nuts(data):
    path = os.path.join(data, "nuts2021", "nuts2021_codes_names.csv")
    out = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            code, level = row[0].strip(), row[5].strip()
            if not level:
                continue  # separator row before the statistical regions
            level = int(level)
            out.append((code, level, clean(row[1 + level])))
    with open(os.path.join(OUT, "nuts2021.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# NUTS 2021 regions (Source: Eurostat, NUTS 2021 classification, reuse under Decision 2011/833/EU),\n")
        f.write("# reduced by crates/vocab/tools/gen_builtin.py to code, level and national name, levels 0-3.\n")
        f.write("# Names in the national language and script, as Eurostat publishes them. Tab-separated.\n")
        f.write("code\tlevel\tname\n")
        for code, level, name in out:
            f.write(f"{code}\t{level}\t{name}\n")
    return len(out)


def ramon_labels(data, lang):
    path = os.path.join(data, "nace-rev2", f"ramon_NACE_REV2_{lang}.csv")
    labels = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        next(rows)  # the header does not match the data columns; read by position
        for row in rows:
            level, code, label = row[0].strip(), row[1].strip(), row[2]
            if level in ("1", "2"):
                label = clean(label)
                for wrong, right in ERRATA.items():
                    label = label.replace(wrong, right)
                labels[code] = label
    return labels


def gen_nace(data):
    by_lang = {lang: ramon_labels(data, lang) for lang in ("en", "pl", "bg")}
    codes = list(by_lang["en"])
    for lang, labels in by_lang.items():
        if set(labels) != set(codes):
            raise SystemExit(f"{lang}: the sections and divisions differ from the English table")
    with open(os.path.join(OUT, "nace2.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# NACE Rev. 2 sections and divisions (Source: Eurostat, RAMON exports of NACE Rev. 2,\n")
        f.write("# reuse under Decision 2011/833/EU), reduced by crates/vocab/tools/gen_builtin.py to levels 1-2\n")
        f.write("# with the English, Polish and Bulgarian labels. Tab-separated.\n")
        f.write("code\ten\tpl\tbg\n")
        for code in codes:
            f.write(f"{code}\t{by_lang['en'][code]}\t{by_lang['pl'][code]}\t{by_lang['bg'][code]}\n")
    return len(codes)


def main():
    root = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
    print(f"nuts2021.tsv: {gen_nuts(data)} regions")
    print(f"nace2.tsv: {gen_nace(data)} sections and divisions")


if __name__ == "__main__":
    main()
