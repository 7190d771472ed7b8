import { describe, expect, it } from 'vitest';
import { addContentTypes, addFirstSheet, addRelationship, relationshipsOf } from './package-patch.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('addFirstSheet', () => {
  it('puts the sheet first and moves every position-counted reference along with the sheets', () => {
    const xml =
      `<workbook xmlns:r="${REL}"><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews>` +
      '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="4" r:id="rId2"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$9</definedName><definedName name="all">A!$A$1</definedName></definedNames></workbook>';
    expect(addFirstSheet(xml, '校验问题', 'rIdQf1')).toBe(
      `<workbook xmlns:r="${REL}"><bookViews><workbookView activeTab="2" firstSheet="2"/></bookViews>` +
        '<sheets><sheet name="校验问题" sheetId="5" r:id="rIdQf1"/><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="4" r:id="rId2"/></sheets>' +
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$C$9</definedName><definedName name="all">A!$A$1</definedName></definedNames></workbook>',
    );
  });

  it('keeps the workbook opening on its own first sheet when no tab was named, and binds r: itself when the root does not', () => {
    const out = addFirstSheet(
      '<x:workbook><x:bookViews><x:workbookView/></x:bookViews><x:sheets><x:sheet name="A" sheetId="1"/></x:sheets></x:workbook>',
      'Q',
      'rIdQf1',
    );
    expect(out).toContain(`<x:sheet name="Q" sheetId="2" xmlns:qfr="${REL}" qfr:id="rIdQf1"/>`);
    expect(out).toContain('<x:workbookView activeTab="1"/>');
  });
});

describe('relationships and content types', () => {
  it('adds under a fresh id and keeps what was there', () => {
    const rels = relationshipsOf(
      '<Relationships xmlns="x"><Relationship Id="rIdQf1" Type="t" Target="a"/></Relationships>',
    );
    expect(addRelationship(rels, 'u', '/xl/b.xml')).toBe('rIdQf2');
    expect(rels.xml).toBe(
      '<Relationships xmlns="x"><Relationship Id="rIdQf1" Type="t" Target="a"/><Relationship Id="rIdQf2" Type="u" Target="/xl/b.xml"/></Relationships>',
    );
  });

  it('adds the vml default only when missing', () => {
    const types = '<Types><Default Extension="VML" ContentType="v"/></Types>';
    expect(addContentTypes(types, [['xl/comments1.xml', 'c']], true)).toBe(
      '<Types><Default Extension="VML" ContentType="v"/><Override PartName="/xl/comments1.xml" ContentType="c"/></Types>',
    );
    expect(addContentTypes('<Types/>', [], true)).toBe(
      '<Types><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
    );
  });
});
