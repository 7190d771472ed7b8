import { parseRect } from '../../tests/fakes/a1.ts';
import { ExcelHost } from '../../tests/fakes/excel-host.ts';
import { workbookActions } from '../src/taskpane/workbook.ts';
import { fakePort } from './fake-port.ts';
import { workbookBehaviour } from './workbook-behaviour.ts';

const RULE_KINDS: Readonly<Record<string, string>> = {
  list: 'list',
  wholeNumber: 'whole',
  date: 'date',
  textLength: 'textLength',
};

workbookBehaviour('Excel (Office.js)', (sheets, properties = {}) => {
  const host = new ExcelHost();
  for (const s of sheets) host.addSheet(s.name, s.values);
  for (const [k, v] of Object.entries(properties)) host.customProperties.set(k, v);
  return {
    actions: workbookActions(fakePort(host)),
    view: {
      sheetNames: () => host.sheets.map((s) => s.name),
      values: (sheet) => host.sheet(sheet).values.map((row) => Array.from(row, (v) => v ?? '')),
      fills: (sheet) => host.fills(sheet),
      validation: (sheet, cell) => {
        const at = parseRect(cell);
        const found = host.sheet(sheet).validations.find((v) => {
          const r = parseRect(v.address);
          return at.top >= r.top && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
        });
        if (!found) return null;
        const [kind] = Object.keys(found.rule ?? {});
        return kind === undefined ? 'none' : (RULE_KINDS[kind] ?? kind);
      },
      frozenRows: (sheet) => host.sheet(sheet).frozenRows,
      stamp: (key) => {
        const v = host.customProperties.get(key);
        return v === undefined ? undefined : String(v);
      },
      selection: () => host.selection,
      type: (sheet, from, rows) => host.type(sheet, from, rows),
    },
  };
});
