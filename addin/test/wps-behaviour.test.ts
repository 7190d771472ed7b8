import { parseRect } from '../../tests/fakes/a1.ts';
import { EtHost } from '../../tests/fakes/et-host.ts';
import { etWorkbookActions } from '../src/wps/et-workbook.ts';
import { XL } from '../src/wps/et-types.ts';
import { workbookBehaviour } from './workbook-behaviour.ts';

const TYPE_KINDS: ReadonlyMap<number, string> = new Map([
  [XL.validateList, 'list'],
  [XL.validateWholeNumber, 'whole'],
  [XL.validateDate, 'date'],
  [XL.validateTextLength, 'textLength'],
  [XL.validateInputOnly, 'none'],
]);

workbookBehaviour('WPS 表格 (ET)', (sheets, properties = {}) => {
  const host = new EtHost();
  for (const s of sheets) host.addSheet(s.name, s.values);
  for (const [k, v] of Object.entries(properties)) host.customProperties.set(k, v);
  return {
    actions: etWorkbookActions(host.application),
    view: {
      sheetNames: () => host.sheets.map((s) => s.name),
      values: (sheet) => host.values(sheet),
      fills: (sheet) => host.fills(sheet),
      validation: (sheet, cell) => {
        const r = parseRect(cell);
        const rule = host.sheet(sheet).validations.get(`${r.top},${r.left}`);
        return rule === undefined ? null : (TYPE_KINDS.get(rule.type) ?? String(rule.type));
      },
      frozenRows: (sheet) => host.frozenRows(sheet),
      stamp: (key) => {
        const v = host.customProperties.get(key);
        return v === undefined ? undefined : String(v);
      },
      selection: () => host.selection,
      type: (sheet, from, rows) => host.type(sheet, from, rows),
    },
  };
});
