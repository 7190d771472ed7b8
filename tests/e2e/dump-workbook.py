#!/usr/bin/python3
"""Print every sheet of an .xlsx as JSON, read by openpyxl: a reader independent of ours.

Usage: /usr/bin/python3 tests/e2e/dump-workbook.py FILE.xlsx
Output: {"sheets": [{"name": ..., "rows": [[cell, ...], ...]}, ...]} in workbook order;
dates as ISO strings, error cells as their text (e.g. "#DIV/0!"), blanks as null.
"""
import datetime
import json
import sys

from openpyxl import load_workbook


def cell(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value


workbook = load_workbook(sys.argv[1], data_only=True)
sheets = [{'name': ws.title, 'rows': [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)]}
          for ws in workbook.worksheets]
json.dump({'sheets': sheets}, sys.stdout, ensure_ascii=False)
