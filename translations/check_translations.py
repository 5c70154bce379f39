#!/usr/bin/env python3
"""Fails when a translation in translations/*.ts is missing or unfinished, or when a German translation loses a
placeholder (%1, %n) of its source. Run by ctest as translations_complete."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

problems = []
for ts in sorted(Path(__file__).resolve().parent.glob('jwkman_*.ts')):
    for ctx in ET.parse(ts).getroot().iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            source = msg.find('source').text or ''
            tr = msg.find('translation')
            forms = [f.text or '' for f in tr.findall('numerusform')] or [tr.text or '']
            where = f'{ts.name} {name}: {source!r}'
            if tr.get('type') in ('unfinished', 'obsolete', 'vanished') or not all(forms):
                problems.append(f'{where}: not translated')
                continue
            wanted = set(re.findall(r'%\d', source))
            for form in forms:
                if set(re.findall(r'%\d', form)) != wanted:
                    problems.append(f'{where}: placeholders differ in {form!r}')
                if msg.get('numerus') == 'yes' and '%n' not in form:
                    problems.append(f'{where}: %n missing in {form!r}')
for p in problems:
    print(p)
print(f'{len(problems)} problem(s)')
sys.exit(1 if problems else 0)
