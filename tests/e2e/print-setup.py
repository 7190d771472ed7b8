"""Each sheet's print setup as openpyxl reads it, as JSON. Usage: print-setup.py WORKBOOK"""
import json, sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{
    'sheet': ws.title,
    'orientation': ws.page_setup.orientation,
    'paperSize': ws.page_setup.paperSize,
    'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
    'fitToWidth': ws.page_setup.fitToWidth,
    'fitToHeight': ws.page_setup.fitToHeight,
    'printTitleRows': ws.print_title_rows,
    'header': ws.oddHeader.center.text,
    'footer': ws.oddFooter.center.text,
    'tallestRow': max([d.height or 0 for d in ws.row_dimensions.values()] or [0]),
} for ws in book.worksheets], ensure_ascii=False))
