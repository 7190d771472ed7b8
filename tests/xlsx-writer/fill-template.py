"""Fills a template as a clerk would, with openpyxl: rows appended under the header row.

usage: fill-template.py TEMPLATE OUT ROWS_JSON
ROWS_JSON: {sheet name: [{header: value}]}; a value {"date": "YYYY-MM-DD"} is typed as a date.
Prints {"carriedCustomProperties": bool}.
"""
import datetime
import json
import sys
import zipfile

import openpyxl

template, out, rows_path = sys.argv[1:4]
with open(rows_path, encoding='utf-8') as f:
    rows_by_sheet = json.load(f)

wb = openpyxl.load_workbook(template)
for name, rows in rows_by_sheet.items():
    ws = wb[name]
    # The header matcher ignores the "*" of required columns; so does a clerk.
    columns = {str(c.value).lstrip('*'): c.column for c in ws[2] if c.value is not None}
    for i, row in enumerate(rows):
        for header, value in row.items():
            if isinstance(value, dict):
                value = datetime.date.fromisoformat(value['date'])
            ws.cell(row=3 + i, column=columns[header], value=value)
wb.save(out)

# openpyxl before 3.1 drops docProps/custom.xml on save; Excel, WPS and LibreOffice keep it.
# Carry the template's over so the stamp survives as it does in those programs.
carried = False
with zipfile.ZipFile(out) as z:
    has_custom = 'docProps/custom.xml' in z.namelist()
if not has_custom:
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(out) as filled:
        parts = {n: filled.read(n) for n in filled.namelist()}
        custom = src.read('docProps/custom.xml')
    ct = parts['[Content_Types].xml'].decode('utf-8').replace('</Types>', (
        '<Override PartName="/docProps/custom.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'))
    rels = parts['_rels/.rels'].decode('utf-8').replace('</Relationships>', (
        '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
        'Target="docProps/custom.xml"/></Relationships>'))
    parts['[Content_Types].xml'] = ct.encode('utf-8')
    parts['_rels/.rels'] = rels.encode('utf-8')
    parts['docProps/custom.xml'] = custom
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    carried = True
print(json.dumps({'carriedCustomProperties': carried}))
