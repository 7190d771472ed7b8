"""What openpyxl sees of an annotated workbook, as JSON.

usage: inspect-annotated.py FILE
Prints {"sheets": [...], "marked": {sheet: {cell: {"fill", "comment", "value"}}},
"links": [[cell, location]], "validations": {sheet: [sqref]}, "merged": {sheet: [range]}}.
A cell is listed under "marked" when it has a solid fill or a comment.
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
marked, validations, merged = {}, {}, {}
for sheet in book.worksheets:
    cells = {}
    for row in sheet.iter_rows():
        for cell in row:
            fill = cell.fill.fgColor.rgb if cell.fill.fill_type == 'solid' else None
            if fill or cell.comment:
                cells[cell.coordinate] = {
                    'fill': fill,
                    'comment': cell.comment.text if cell.comment else None,
                    'value': cell.value if isinstance(cell.value, (str, int, float)) or cell.value is None else str(cell.value),
                }
    marked[sheet.title] = cells
    validations[sheet.title] = [str(v.sqref) for v in sheet.data_validations.dataValidation]
    merged[sheet.title] = sorted(str(r) for r in sheet.merged_cells.ranges)
first = book.worksheets[0]
links = [[c.coordinate, c.hyperlink.location] for row in first.iter_rows() for c in row if c.hyperlink]
print(json.dumps({'sheets': book.sheetnames, 'marked': marked, 'links': links, 'validations': validations, 'merged': merged}, ensure_ascii=False))
