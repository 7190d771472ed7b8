"""Copies a workbook with a long 简要案情 in every case row, the text a real case carries.
Usage: long-case-text.py IN OUT"""
import sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book['一案一整改台账']
header = [str(c.value or '').replace('\n', '').strip() for c in sheet[2]]
column = header.index('简要案情') + 1
text = '经查，该单位工作人员在项目审批过程中违反中央八项规定精神，收受管理服务对象所送礼品礼金，并利用职务便利为他人在工程承揽方面谋取利益，造成不良影响。' * 2
for row in range(3, sheet.max_row + 1):
    if sheet.cell(row, 2).value:
        sheet.cell(row, column).value = text
book.save(sys.argv[2])
