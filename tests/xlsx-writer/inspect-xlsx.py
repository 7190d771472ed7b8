"""Prints, as JSON, what openpyxl sees in an .xlsx: the second opinion on our writer's output.

usage: inspect-xlsx.py FILE
"""
import datetime
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    return value


def color(font):
    return font.color.rgb if font is not None and font.color is not None and isinstance(font.color.rgb, str) else None


def validations(ws):
    out = []
    for dv in ws.data_validations.dataValidation:
        out.append({
            'type': dv.type, 'operator': dv.operator, 'formula1': dv.formula1, 'formula2': dv.formula2,
            'sqref': str(dv.sqref), 'allowBlank': dv.allow_blank, 'errorStyle': dv.errorStyle,
            'showErrorMessage': dv.showErrorMessage, 'errorTitle': dv.errorTitle, 'error': dv.error,
            'showInputMessage': dv.showInputMessage, 'promptTitle': dv.promptTitle, 'prompt': dv.prompt,
        })
    return out


def sheet(ws):
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cells.append({
                'ref': c.coordinate, 'value': plain(c.value), 'type': c.data_type, 'numberFormat': c.number_format,
                'bold': bool(c.font.b), 'color': color(c.font), 'fill': c.fill.fgColor.rgb if c.fill.fill_type == 'solid' else None,
                'wrap': bool(c.alignment.wrap_text),
            })
    return {
        'name': ws.title, 'state': ws.sheet_state, 'freeze': ws.freeze_panes,
        'merges': sorted(str(r) for r in ws.merged_cells.ranges), 'autoFilter': ws.auto_filter.ref,
        'columns': {k: {'width': d.width, 'numberFormat': d.number_format} for k, d in ws.column_dimensions.items()},
        'rowHeights': {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
        'landscape': ws.page_setup.orientation == 'landscape', 'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        'cells': cells, 'validations': validations(ws),
    }


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if 'docProps/custom.xml' not in z.namelist():
            return {}
        root = ET.fromstring(z.read('docProps/custom.xml'))
    ns = '{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}'
    return {p.get('name'): ''.join(p.itertext()) for p in root.iter(ns + 'property')}


path = sys.argv[1]
wb = openpyxl.load_workbook(path)
print(json.dumps({
    'sheets': [sheet(ws) for ws in wb.worksheets],
    'customProperties': custom_properties(path),
    'title': wb.properties.title,
}, ensure_ascii=False))
