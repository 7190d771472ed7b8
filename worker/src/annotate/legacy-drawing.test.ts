import { describe, expect, it } from 'vitest';
import { legacyDrawingId, withLegacyDrawing } from './legacy-drawing.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('withLegacyDrawing', () => {
  it('goes before the first worksheet child that follows it, not into an element that has an extLst of its own', () => {
    const xml =
      `<worksheet xmlns:r="${REL}"><sheetData/>` +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule><extLst><ext/></extLst></conditionalFormatting>' +
      '<drawing r:id="rId1"/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent><tableParts count="0"/></worksheet>';
    expect(withLegacyDrawing(xml, 'rIdQf2')).toBe(
      `<worksheet xmlns:r="${REL}"><sheetData/>` +
        '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule><extLst><ext/></extLst></conditionalFormatting>' +
        '<drawing r:id="rId1"/><legacyDrawing r:id="rIdQf2"/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent><tableParts count="0"/></worksheet>',
    );
  });

  it('goes last when nothing follows it, binding the relationships prefix itself where the root does not', () => {
    expect(withLegacyDrawing('<x:worksheet><x:sheetData></x:sheetData><x:pageMargins/></x:worksheet>', 'rIdQf1')).toBe(
      `<x:worksheet><x:sheetData></x:sheetData><x:pageMargins/><x:legacyDrawing xmlns:qfr="${REL}" qfr:id="rIdQf1"/></x:worksheet>`,
    );
  });

  it('reads the id of an existing one under any prefix', () => {
    expect(legacyDrawingId(`<worksheet><legacyDrawing xmlns:rel="${REL}" rel:id="anysvml"/></worksheet>`)).toBe(
      'anysvml',
    );
    expect(legacyDrawingId('<worksheet/>')).toBeNull();
  });
});
