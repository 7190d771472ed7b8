/**
 * Random workbooks for differential tests of the engine (shared/validate/engine-differential.test.ts)
 * and of the streamed reading (shared/xlsx/check-upload.test.ts): every ledger, header variants,
 * mostly valid cells with messy ones among them, stamps, replaced versions, both locales.
 */
import fc from 'fast-check';
import type { CellValue } from '#shared/cells/cell-value.ts';
import { ledgers } from '#shared/ledgers/registry.ts';
import { TEMPLATE_VERSION } from '#shared/ledgers/template-releases.ts';
import { locales } from '#shared/messages/index.ts';
import type { Column, LedgerDefinition } from '#shared/ledgers/types.ts';
import type { ValidateOptions, WorkbookInput } from '#shared/validate/validate-workbook.ts';

/** Cells a clerk might type in a column: mostly valid (so rows survive to be typed and compared), few enough to repeat. */
function cellsFor(column: Column): fc.Arbitrary<CellValue> {
  const [valid, messy] = pools(column);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...messy) },
  );
}

function pools(column: Column): [CellValue[], CellValue[]] {
  const common: CellValue[] = [null, '', '  ', '#N/A', '#REF!', true];
  switch (column.type) {
    case 'integer':
      return [
        [0, 1, 2, 3, 12, 400, '7', '12人'],
        [...common, -1, 2.5, 100_000, '约30人', '1200余人', '三', ' 5 '],
      ];
    case 'date':
      return [
        [46023, 46100, 46300, '2026-03-05', '2026年10月28日'],
        [...common, 45500, 46400, '2025-12-31', '2026/2/30', '昨天', 46023.5],
      ];
    case 'enum':
      return [column.values.slice(0, 3), [...common, ` ${column.values[0] ?? ''} `, '其它类别', 3]];
    case 'multiEnum':
      return [
        [column.values[0] ?? null, column.values.slice(0, 2).join('、'), null],
        [...common, column.values.slice(0, 2).join(','), '、、', `${column.values[0] ?? ''}、未知`],
      ];
    case 'text':
      return [
        ['A-1', 'A-2', 'A-3', '七眼桥镇', '第1期'],
        [...common, ' A-1 ', 'Ａ－１', 'x'.repeat(column.maxLength + 1), 12],
      ];
  }
}

/** A header row: the template's labels, sometimes one dropped, one unknown added, or one repeated. */
function headerFor(def: LedgerDefinition): fc.Arbitrary<{ labels: CellValue[]; columns: Column[] }> {
  return fc
    .record({ drop: fc.option(fc.nat(def.columns.length - 1)), extra: fc.boolean(), repeat: fc.boolean() })
    .map(({ drop, extra, repeat }) => {
      const columns = def.columns.filter((_, i) => i !== drop);
      const labels: CellValue[] = columns.map((c) => c.header);
      if (extra) labels.push('备用列');
      if (repeat && columns[0]) labels.push(columns[0].header);
      return { labels, columns };
    });
}

function sheetFor(def: LedgerDefinition): fc.Arbitrary<CellValue[][]> {
  return headerFor(def).chain(({ labels, columns }) =>
    fc
      .record({
        title: fc.boolean(),
        rows: fc.array(fc.tuple(...columns.map(cellsFor)), { maxLength: 14 }),
        blankRow: fc.option(fc.nat(14)),
      })
      .map(({ title, rows, blankRow }) => {
        const body: CellValue[][] = rows.map((cells) => [...cells, ...labels.slice(columns.length).map(() => null)]);
        if (blankRow !== null)
          body.splice(
            blankRow,
            0,
            labels.map(() => null),
          );
        return [...(title ? [[`${def.title}`]] : []), labels, ...body];
      }),
  );
}

/** Workbooks as Office.js would hand them over, with the options to check them with. */
export const randomWorkbooks: fc.Arbitrary<{ input: WorkbookInput; options: ValidateOptions }> = fc
  .record({
    sheets: fc
      .subarray([...ledgers])
      .chain((defs) => fc.tuple(...defs.map((def) => sheetFor(def).map((values) => [def, values] as const)))),
    origin: fc.constantFrom('A1', 'B3', 'Sheet1!C2:Z99'),
    stamp: fc.constantFrom(null, TEMPLATE_VERSION, '2025.1', 'v0'),
    replaces: fc.option(
      fc.record({
        version: fc.constant(3),
        counts: fc.constant({ rectification: 12, activity: 2, inspection: 0, caseLibrary: 40 }),
      }),
    ),
    wording: fc.constantFrom<ValidateOptions['wording']>(undefined, locales.en),
  })
  .map(({ sheets, origin, stamp, replaces, wording }) => ({
    input: {
      sheets: Object.fromEntries(sheets.map(([def, values]) => [def.sheetName, { address: origin, values }])),
      templateVersion: stamp,
    },
    options: {
      year: 2026,
      today: '2026-11-24',
      ...(replaces === null ? {} : { replaces }),
      ...(wording === undefined ? {} : { wording }),
    },
  }));
