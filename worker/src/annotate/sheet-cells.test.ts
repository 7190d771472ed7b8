import { describe, expect, it } from 'vitest';
import type { Severity } from '#shared/index.ts';
import { restyleCells, type SheetMarks } from './sheet-cells.ts';

const marks = (cells: Record<string, Severity>): SheetMarks => {
  const out = new Map<number, Map<number, Severity>>();
  for (const [ref, severity] of Object.entries(cells)) {
    const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const row = out.get(Number(digits)) ?? new Map<number, Severity>();
    out.set(Number(digits), row.set(letters.charCodeAt(0) - 65, severity));
  }
  return out;
};

/** Style n restyled as 100 + n for errors, 200 + n for warnings: the base is visible in the result. */
const restyle = (base: number, severity: Severity): number => (severity === 'error' ? 100 : 200) + base;

describe('restyleCells', () => {
  it('sets s on existing cells, keeping value, formula and type', () => {
    const xml =
      '<worksheet><sheetData><row r="3"><c r="B3" s="4" t="str"><f>A3&amp;"x"</f><v>1x</v></c><c r="C3"><v>2</v></c></row></sheetData></worksheet>';
    expect(restyleCells(xml, marks({ B3: 'error', C3: 'warning' }), restyle)).toBe(
      '<worksheet><sheetData><row r="3"><c r="B3" s="104" t="str"><f>A3&amp;"x"</f><v>1x</v></c><c r="C3" s="200"><v>2</v></c></row></sheetData></worksheet>',
    );
  });

  it('inserts missing cells and rows in order, under the row or column format a blank cell shows', () => {
    const xml =
      '<worksheet><cols><col min="4" max="5" style="7"/></cols><sheetData>' +
      '<row r="2" spans="1:3"><c r="A2"/><c r="C2"/></row><row r="5" s="3" customFormat="1"/><row r="9"><c r="A9"/></row>' +
      '</sheetData></worksheet>';
    expect(
      restyleCells(xml, marks({ B2: 'error', D2: 'error', A4: 'warning', B5: 'error', A12: 'error' }), restyle),
    ).toBe(
      '<worksheet><cols><col min="4" max="5" style="7"/></cols><sheetData>' +
        '<row r="2"><c r="A2"/><c r="B2" s="100"/><c r="C2"/><c r="D2" s="107"/></row>' +
        '<row r="4"><c r="A4" s="200"/></row>' +
        '<row r="5" s="3" customFormat="1"><c r="B5" s="103"/></row><row r="9"><c r="A9"/></row>' +
        '<row r="12"><c r="A12" s="100"/></row></sheetData></worksheet>',
    );
  });

  it('reads rows and cells without r by position, and keeps a writer prefix', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="2"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(restyleCells(xml, marks({ B1: 'error', C1: 'warning' }), restyle)).toBe(
      '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="102"><x:v>2</x:v></x:c><x:c r="C1" s="200"/></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('fills an empty sheet written as <sheetData/>', () => {
    expect(restyleCells('<worksheet><sheetData/></worksheet>', marks({ C3: 'error' }), restyle)).toBe(
      '<worksheet><sheetData><row r="3"><c r="C3" s="100"/></row></sheetData></worksheet>',
    );
  });

  it('refuses a sheet without sheetData in Chinese', () => {
    expect(() => restyleCells('<worksheet/>', marks({ A1: 'error' }), restyle)).toThrow(/sheetData/);
  });
});
