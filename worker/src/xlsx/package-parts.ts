/** The small fixed parts of the package: content types, relationships, properties, workbook. */
import { escapeAttribute, escapeText } from './xml-text.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Range (with quoted sheet name) Excel records as the sheet's filter database. */
  readonly filterRange: string | null;
  /** Rows (with quoted sheet name) repeated at the top of every printed page. */
  readonly titleRows: string | null;
}

export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypesXml(sheetCount: number, custom: boolean): string {
  const ct = 'application/vnd.openxmlformats-officedocument';
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    override(sheetPath(i), `${ct}.spreadsheetml.worksheet+xml`),
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', `${ct}.spreadsheetml.sheet.main+xml`) +
    sheets.join('') +
    override('xl/styles.xml', `${ct}.spreadsheetml.styles+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', `${ct}.extended-properties+xml`) +
    (custom ? override('docProps/custom.xml', `${ct}.custom-properties+xml`) : '') +
    '</Types>'
  );
}

export function rootRelsXml(custom: boolean): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    (custom ? `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>` : '') +
    '</Relationships>'
  );
}

export function appXml(): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '<AppVersion>16.0300</AppVersion></Properties>'
  );
}

export function coreXml(title: string | undefined, creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title === undefined ? '' : `<dc:title>${escapeText(title)}</dc:title>`) +
    `<dc:creator>${escapeText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function customXml(properties: Readonly<Record<string, string>>): string {
  // The format id every custom property carries; pids start at 2 (0 and 1 are reserved).
  const items = Object.entries(properties).map(
    ([name, value], i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeAttribute(name)}">` +
      `<vt:lpwstr>${escapeText(value)}</vt:lpwstr></property>`,
  );
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">` +
    `${items.join('')}</Properties>`
  );
}

export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const active = Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
  const entries = sheets.map(
    (s, i) =>
      `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
  );
  const names = sheets.flatMap((s, i) => [
    ...(s.filterRange === null
      ? []
      : [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeText(s.filterRange)}</definedName>`,
        ]),
    ...(s.titleRows === null
      ? []
      : [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(s.titleRows)}</definedName>`]),
  ]);
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr defaultThemeVersion="164011"/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${active}"/></bookViews>` +
    `<sheets>${entries.join('')}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029"/></workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheets.join('')}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}
