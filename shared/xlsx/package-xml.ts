/** Small OPC package parts: relationships, the workbook, and custom document properties. */
import type { XmlHandler } from './xml-scanner.ts';
import { decodeXmlText, scanAttributes } from './xml-text.ts';

export interface Relationship {
  readonly id: string;
  /** Type URI; compare with `relType` so transitional and strict namespaces both match. */
  readonly type: string;
  /** Package path (resolved against the source part), or null for external targets. */
  readonly target: string | null;
}

/** `…/relationships/worksheet` → `worksheet`. */
export function relType(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export class RelationshipsHandler implements XmlHandler {
  readonly wantText = false;
  readonly relationships: Relationship[] = [];
  private readonly baseDir: string;

  /** `baseDir` is the folder of the source part ("" for the package, "xl/" for workbook.xml). */
  constructor(baseDir: string) {
    this.baseDir = baseDir;
  }

  open(name: string, s: string, from: number, to: number): void {
    if (name !== 'Relationship') return;
    const attrs = readAttributes(s, from, to);
    const target = attrs.get('Target') ?? '';
    const external = attrs.get('TargetMode') === 'External';
    this.relationships.push({
      id: attrs.get('Id') ?? '',
      type: attrs.get('Type') ?? '',
      target: external || target === '' ? null : resolvePartPath(this.baseDir, target),
    });
  }

  close(): void {}
  text(): void {}
}

export interface WorkbookSheetRef {
  readonly name: string;
  readonly relId: string;
}

export class WorkbookHandler implements XmlHandler {
  readonly wantText = false;
  readonly sheets: WorkbookSheetRef[] = [];
  date1904 = false;

  open(name: string, s: string, from: number, to: number): void {
    if (name === 'sheet') {
      const attrs = readAttributes(s, from, to);
      let relId = '';
      // The relationship id is `r:id`, but the prefix is the writer's choice.
      for (const [key, value] of attrs) if (key.endsWith(':id')) relId = value;
      this.sheets.push({ name: attrs.get('name') ?? '', relId });
    } else if (name === 'workbookPr') {
      const flag = readAttributes(s, from, to).get('date1904');
      this.date1904 = flag === '1' || flag === 'true';
    }
  }

  close(): void {}
  text(): void {}
}

/** docProps/custom.xml: `<property name="…"><vt:lpwstr>value</vt:lpwstr></property>`. */
export class CustomPropertiesHandler implements XmlHandler {
  wantText = false;
  private readonly found = new Map<string, string>();
  private name: string | null = null;
  private buffer = '';

  open(name: string, s: string, from: number, to: number): void {
    if (name === 'property') {
      this.name = readAttributes(s, from, to).get('name') ?? null;
      this.buffer = '';
      this.wantText = this.name !== null;
    }
  }

  close(name: string): void {
    if (name === 'property' && this.name !== null) {
      this.found.set(this.name, this.buffer);
      this.name = null;
      this.wantText = false;
    }
  }

  text(raw: string, cdata: boolean): void {
    this.buffer += cdata ? raw : decodeXmlText(raw);
  }

  /** fromEntries defines own properties, so a property named `__proto__` stays data. */
  properties(): Record<string, string> {
    return Object.fromEntries(this.found);
  }
}

/** Attributes with decoded values; for the few-per-file tags outside the hot path. */
export function readAttributes(s: string, from: number, to: number): Map<string, string> {
  const attrs = new Map<string, string>();
  scanAttributes(s, from, to, (name, raw) => attrs.set(name, decodeXmlText(raw)));
  return attrs;
}

/** Resolves a relationship target (relative, or absolute from the package root). */
export function resolvePartPath(baseDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : baseDir + target;
  const parts: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

export function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}
