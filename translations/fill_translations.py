#!/usr/bin/env python3
"""Fills translations/jwkman_de.ts from german.py and jwkman_en.ts with the English plural forms, after
`ninja update_translations` (lupdate) has added new source texts. Keyboard shortcuts ("Ctrl+G") keep their
source text. Prints what is still missing and exits 1 when anything is."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from german import DE  # noqa: E402

SHORTCUT = re.compile(r'^((Ctrl|Shift|Alt|Meta)\+)*(F\d+|Del|[A-Z,])$')


def english_plural(source):
    one = source.replace('(s)', '')
    one = one.replace('duplicate(s)', 'duplicate')
    many = source.replace('(s)', 's')
    return one, many


def fill(path, lookup):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter('context'):
        cname = ctx.find('name').text
        for msg in ctx.iter('message'):
            source = msg.find('source').text or ''
            tr = msg.find('translation')
            numerus = msg.get('numerus') == 'yes'
            value = lookup(cname, source, numerus)
            if value is None:
                missing.append(f'{cname}: {source!r}')
                continue
            tr.attrib.pop('type', None)
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                for form in value:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it.
    text = Path(path).read_text(encoding='utf-8')
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    Path(path).write_text(text if text.endswith('\n') else text + '\n', encoding='utf-8')
    return missing


def german(cname, source, numerus):
    if SHORTCUT.match(source):
        return source
    value = DE.get((cname, source), DE.get((None, source)))
    if value is None:
        return None
    if numerus and isinstance(value, str):
        return (value, value)
    return value


def english(cname, source, numerus):
    return english_plural(source) if numerus else source


missing = fill(here / 'jwkman_de.ts', german)
fill(here / 'jwkman_en.ts', english)
for m in missing:
    print('missing German:', m)
sys.exit(1 if missing else 0)
