/**
 * The parts of one package being annotated: each read once, edited in memory, and written at
 * the end in place of the original (or after the originals, when new). Every part not in here
 * is copied from the upload byte for byte.
 */
import type { PackageReader } from '#shared/xlsx/xml-part.ts';
import { partKey } from '#shared/xlsx/zip-entries.ts';
import { partText } from './part-text.ts';

export class PackageEdits {
  /** Keyed by `partKey`; `name` is the package path as written. */
  private readonly parts = new Map<string, { readonly name: string; xml: string }>();

  constructor(readonly pkg: PackageReader) {}

  /** The part's current text: edited, or as uploaded; null when there is none. */
  async read(path: string): Promise<string | null> {
    return this.parts.get(partKey(path))?.xml ?? partText(this.pkg, path);
  }

  write(path: string, xml: string): void {
    const entry = this.pkg.archive.entries.get(partKey(path));
    this.parts.set(partKey(path), { name: entry?.name ?? path, xml });
  }

  exists(path: string): boolean {
    return this.parts.has(partKey(path)) || this.pkg.archive.entries.has(partKey(path));
  }

  /** `xl/comments` + `.xml` → the first free `xl/comments1.xml`, `xl/comments2.xml`… */
  freePath(stem: string, extension: string): string {
    for (let n = 1; ; n++) if (!this.exists(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
  }

  edited(path: string): string | undefined {
    return this.parts.get(partKey(path))?.xml;
  }

  /** New parts, in the order they were written. */
  added(): { name: string; xml: string }[] {
    return [...this.parts.entries()].filter(([key]) => !this.pkg.archive.entries.has(key)).map(([, part]) => part);
  }
}
