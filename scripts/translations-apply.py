#!/usr/bin/env python3
"""Applies translations from a TSV file to translations/ferry_de.ts and ferry_fr.ts.

Each line: source<TAB>german<TAB>french, with \\n for line breaks; for %n plurals give
"singular|plural" in each language column. Only messages still unfinished are filled, so a
translator's later corrections in Qt Linguist are never overwritten. Run the ferry_ui_lupdate
target first, so the .ts files know the new strings.

    cmake --build build/dev --target ferry_ui_lupdate
    scripts/translations-apply.py new-strings.tsv
    scripts/translations-apply.py --english-plurals   # writes ferry_en.ts: English plural forms
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
columns = {"de": 1, "fr": 2}


def load(path):
    table = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{number}: expected source<TAB>german<TAB>french")
        table[parts[0].replace("\\n", "\n")] = [p.replace("\\n", "\n") for p in parts]
    return table


def apply(table, language):
    path = root / "translations" / f"ferry_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        row = table.get(message.find("source").text)
        if row is None:
            continue
        text = row[columns[language]]
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in text.split("|"):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=False)
    body = path.read_text(encoding="utf-8")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    left = sum(1 for m in tree.getroot().iter("message") if m.find("translation").get("type") == "unfinished")
    print(f"{path.name}: {filled} filled, {left} still unfinished")


def english_plurals():
    """Writes ferry_en.ts: the plural messages of ferry_de.ts with English forms made from "(s)"
    ("%n day(s)" -> "%n day", "%n days"). Every other English text is the source itself."""
    german = ET.parse(root / "translations" / "ferry_de.ts").getroot()
    out = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    count = 0
    for context in german.iter("context"):
        plural = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not plural:
            continue
        node = ET.SubElement(out, "context")
        ET.SubElement(node, "name").text = context.find("name").text
        for message in plural:
            source = message.find("source").text
            entry = ET.SubElement(node, "message", numerus="yes")
            ET.SubElement(entry, "source").text = source
            translation = ET.SubElement(entry, "translation")
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
            count += 1
    ET.indent(out)
    path = root / "translations" / "ferry_en.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(out, encoding="unicode") + "\n", encoding="utf-8")
    print(f"{path.name}: {count} plural messages")


if __name__ == "__main__":
    if sys.argv[1:] == ["--english-plurals"]:
        english_plurals()
        sys.exit(0)
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    strings = load(sys.argv[1])
    for lang in columns:
        apply(strings, lang)
