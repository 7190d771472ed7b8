/**
 * manifest.xml, checked offline: schema validity against the OfficeApp 1.1 XSDs (copied into
 * ./xsd/, see its README), plus the rules the schema does not cover — HTTPS URLs, resource ids of
 * at most 32 characters, icon files that exist at the declared pixel size, zh-CN and en-US text
 * for every string, the ExcelApi requirement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

const ROOT = new URL('../../', import.meta.url);
const XSD_DIR = new URL('./xsd/', import.meta.url);
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const ASSETS_PREFIX = '/addin/assets/';
const ASSETS_DIR = new URL('public/addin/assets/', ROOT);

const manifest = readFileSync(new URL('manifest.xml', ROOT), 'utf8');

function validate(xml: string): Promise<XMLValidationResult> {
  const xsds = readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd'));
  const load = (fileName: string) => ({ fileName, contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8') });
  return validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: load(MAIN_XSD),
    preload: xsds.filter((f) => f !== MAIN_XSD).map(load),
  });
}

/** Attributes of every start tag named `tag` (e.g. `bt:Image`), in document order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, 'g'))) {
    found.push(
      Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? ''])),
    );
  }
  return found;
}

function only(xml: string, tag: string): Record<string, string> {
  const found = elements(xml, tag);
  expect(found, tag).toHaveLength(1);
  return found[0] ?? {};
}

/** The text between `<tag ...>` and `</tag>` for each occurrence. */
function bodies(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'PNG signature',
  ).toBe(true);
  expect(bytes.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file under public/addin/assets/ that the Worker serves at an icon URL. */
function assetFile(url: string): URL {
  const { pathname } = new URL(url);
  expect(pathname.startsWith(ASSETS_PREFIX), `${url} is under ${ASSETS_PREFIX}`).toBe(true);
  return new URL(pathname.slice(ASSETS_PREFIX.length), ASSETS_DIR);
}

const images = new Map(
  elements(manifest, 'bt:Image')
    .filter((e) => e.id)
    .map((e) => [e.id ?? '', e.DefaultValue ?? '']),
);
const urls = new Map(elements(manifest, 'bt:Url').map((e) => [e.id ?? '', e.DefaultValue ?? '']));

describe('manifest.xml', () => {
  it('is valid against the OfficeApp 1.1 schemas', async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("stays valid with the dev origin replaced by a deployed Worker's (README: sed)", async () => {
    const deployed = manifest.replaceAll('https://localhost:8787', 'https://qingfeng-ledger.example.workers.dev');
    expect(deployed).not.toContain('localhost');
    expect((await validate(deployed)).valid).toBe(true);
  });

  it('fails schema validation when elements are out of order or unknown (the check is live)', async () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const swapped = manifest
      .replace(permissions, '')
      .replace('<DefaultSettings>', `${permissions}\n  <DefaultSettings>`);
    expect(swapped).not.toBe(manifest);
    expect((await validate(swapped)).valid).toBe(false);
    expect((await validate(manifest.replace('<Hosts>', '<Hostz/><Hosts>'))).valid).toBe(false);
    expect((await validate(manifest.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.0</Version>'))).valid).toBe(
      false,
    );
  });

  it('is an Excel task-pane add-in with a stable id, version 1.0.0.0 and zh-CN / en-US names', () => {
    expect(manifest).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(bodies(manifest, 'Id')).toEqual(['c28966aa-7c80-4834-b104-ca87efd6857f']);
    expect(bodies(manifest, 'Version')).toEqual(['1.0.0.0']);
    expect(bodies(manifest, 'ProviderName')).toEqual(['清风台账']);
    expect(bodies(manifest, 'DefaultLocale')).toEqual(['zh-CN']);
    expect(only(manifest, 'DisplayName').DefaultValue).toBe('清风台账');
    expect(elements(manifest, 'Description')[0]?.DefaultValue).toBe('廉政教育台账：插入标准台账、校验、一键报送');
    const overrides = elements(manifest, 'Override');
    expect(overrides.map((o) => o.Locale)).toEqual(['en-US', 'en-US']);
    expect(overrides[0]?.Value).toBe('Qingfeng Ledger');
    expect(overrides[1]?.Value).toMatch(/\S/);
    expect(elements(manifest, 'Host').map((h) => h.Name ?? h['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    expect(bodies(manifest, 'Permissions')).toEqual(['ReadWriteDocument']);
  });

  it('requires only ExcelApi 1.1, all Excel 2016 has, so every desktop Excel from 2016 on offers it', () => {
    expect(only(manifest, 'Sets').DefaultMinVersion).toBe('1.1');
    expect(elements(manifest, 'Set')).toEqual([{ Name: 'ExcelApi', MinVersion: '1.1' }]);
  });

  it('uses HTTPS for every URL, the task pane and its origin in AppDomains', () => {
    const content = manifest.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
    const all = [...content.matchAll(/(?:="|>)\s*(\w+:\/\/[^"<\s]*)/g)].map((m) => m[1] ?? '');
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) expect(url, url).toMatch(/^https:\/\//);
    const source = elements(manifest, 'SourceLocation')[0]?.DefaultValue ?? '';
    expect(new URL(source).pathname).toBe('/addin/taskpane');
    expect(urls.get('Taskpane.Url')).toBe(source);
    expect(bodies(manifest, 'AppDomain')).toEqual([new URL(source).origin]);
    for (const tag of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'])
      expect(only(manifest, tag).DefaultValue, tag).toMatch(/^https:\/\//);
  });

  it('has resource ids of at most 32 characters, unique, and every resid defined', () => {
    const ids = [...manifest.matchAll(/<bt:(?:Image|Url|String)\s[^>]*\bid="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const m of manifest.matchAll(/\bresid="([^"]*)"/g)) expect(ids, m[1]).toContain(m[1]);
    for (const m of manifest.matchAll(/<(?:OfficeTab|Group|Control)\s[^>]*\bid="([^"]*)"/g))
      expect((m[1] ?? '').length, m[1]).toBeLessThanOrEqual(125);
  });

  it('adds a ShowTaskpane button "打开台账助手" in a 清风台账 group on the Home tab', () => {
    expect(only(manifest, 'OfficeTab').id).toBe('TabHome');
    expect(only(manifest, 'Action')['xsi:type']).toBe('ShowTaskpane');
    const strings = new Map(elements(manifest, 'bt:String').map((s) => [s.id ?? '', s.DefaultValue ?? '']));
    const group = bodies(manifest, 'Group')[0] ?? '';
    expect(strings.get(elements(group, 'Label')[0]?.resid ?? '')).toBe('清风台账');
    const control = bodies(manifest, 'Control')[0] ?? '';
    expect(strings.get(elements(control, 'Label')[0]?.resid ?? '')).toBe('打开台账助手');
  });

  it('points every icon at an existing PNG of the declared size', () => {
    const expected: [string, number][] = [
      [only(manifest, 'IconUrl').DefaultValue ?? '', 32],
      [only(manifest, 'HighResolutionIconUrl').DefaultValue ?? '', 64],
    ];
    const refs = elements(manifest, 'bt:Image').filter((e) => e.resid);
    expect(new Set(refs.map((r) => r.size))).toEqual(new Set(['16', '32', '80']));
    for (const ref of refs) {
      const url = images.get(ref.resid ?? '');
      expect(url, ref.resid).toBeDefined();
      expected.push([url ?? '', Number(ref.size)]);
    }
    for (const [url, size] of expected) {
      expect(url).toMatch(/^https:\/\//);
      const file = assetFile(url);
      expect(pngSize(readFileSync(file)), url).toEqual({ width: size, height: size });
    }
  });

  it('ships icon-16/32/64/80/128 in public/addin/assets', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(new URL(`icon-${size}.png`, ASSETS_DIR))), `icon-${size}`).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('has zh-CN defaults and en-US overrides for every ShortString and LongString', () => {
    for (const section of ['bt:ShortStrings', 'bt:LongStrings']) {
      const body = bodies(manifest, section);
      expect(body, section).toHaveLength(1);
      const strings = bodies(body[0] ?? '', 'bt:String');
      const heads = elements(body[0] ?? '', 'bt:String');
      expect(strings.length, section).toBeGreaterThan(0);
      expect(heads).toHaveLength(strings.length);
      strings.forEach((inner, i) => {
        const id = heads[i]?.id ?? '';
        expect(heads[i]?.DefaultValue, id).toMatch(/[\u4e00-\u9fff]/);
        const en = elements(inner, 'bt:Override');
        expect(
          en.map((o) => o.Locale),
          id,
        ).toEqual(['en-US']);
        expect(en[0]?.Value, id).toMatch(/[A-Za-z]/);
      });
    }
  });
});
