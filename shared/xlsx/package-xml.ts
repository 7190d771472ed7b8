/** Small OPC package parts: relationships, the workbook, and custom document properties. */
import { MAX_RAW_CELL_TEXT } from './cell-text.ts';
import type { XmlHandler } from './xml-scanner.ts';
import type { XmlTag } from './xml-tag.ts';
import { xmlText } from './xml-text.ts';

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

  open(tag: XmlTag): undefined {
    if (!tag.is('Relationship')) return;
    const target = tag.attr('Target') ?? '';
    const external = tag.attr('TargetMode') === 'External';
    this.relationships.push({
      id: tag.attr('Id') ?? '',
      type: tag.attr('Type') ?? '',
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
  /** Elements open around the current one: 0 for `workbook`, 1 for its children. */
  private depth = -1;

  open(tag: XmlTag): undefined {
    this.depth++;
    if (tag.is('sheet')) {
      this.sheets.push({ name: tag.attr('name') ?? '', relId: tag.attr('id', true) ?? '' });
    } else if (tag.is('workbookPr') && this.depth === 1) {
      // Only the main-namespace child of `workbook` decides (ECMA-376 Part 1 §18.2.28):
      // Excel 2013+ also writes `<x15:workbookPr chartTrackingRefBase="1"/>` inside
      // `extLst`, whose missing date1904 must not switch the 1904 system off.
      const flag = tag.attr('date1904');
      this.date1904 = flag === '1' || flag === 'true';
    }
  }

  close(): void {
    this.depth--;
  }

  text(): void {}
}

/** docProps/custom.xml: `<property name="…"><vt:lpwstr>value</vt:lpwstr></property>`. */
export class CustomPropertiesHandler implements XmlHandler {
  wantText = false;
  private readonly found = new Map<string, string>();
  private name: string | null = null;
  private buffer = '';

  open(tag: XmlTag): undefined {
    if (tag.is('property')) {
      this.name = tag.attr('name') ?? null;
      this.buffer = '';
      this.wantText = this.name !== null;
    }
  }

  close(tag: XmlTag): void {
    if (tag.is('property') && this.name !== null) {
      this.found.set(this.name, this.buffer);
      this.name = null;
      this.wantText = false;
    }
  }

  /** A property holds text as a cell does; beyond the cell's bound nothing is read anyway. */
  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.buffer.length <= MAX_RAW_CELL_TEXT) this.buffer += xmlText(b, from, to, cdata);
  }

  /** fromEntries defines own properties, so a property named `__proto__` stays data. */
  properties(): Record<string, string> {
    return Object.fromEntries(this.found);
  }
}

/**
 * Resolves a relationship target (relative, or absolute from the package root). The same
 * Windows tools that name entries with `\` write targets with it (see `partKey`).
 */
export function resolvePartPath(baseDir: string, target: string): string {
  const slashed = target.replace(/\\/g, '/');
  const joined = slashed.startsWith('/') ? slashed.slice(1) : baseDir + slashed;
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
