/** Runs one package part through inflate → UTF-8 → XML scanner → handler. */
import { streamEntry, type InflateBudget } from './inflate-entry.ts';
import type { RawInflate } from './raw-inflate.ts';
import { Utf8Feed } from './xml-encoding.ts';
import { XmlScanner, type XmlHandler } from './xml-scanner.ts';
import { toXlsxError } from './xlsx-error.ts';
import { partKey, type ZipArchive } from './zip-entries.ts';

export interface PackageReader {
  readonly archive: ZipArchive;
  readonly budget: InflateBudget;
  readonly inflate: RawInflate;
}

export function hasPart(pkg: PackageReader, path: string): boolean {
  return pkg.archive.entries.has(partKey(path));
}

/** Declared inflated size of a part (0 if absent), for the up-front zip-bomb check. */
export function declaredSize(pkg: PackageReader, path: string): number {
  return pkg.archive.entries.get(partKey(path))?.uncompressedSize ?? 0;
}

/** Feeds the part to `handler`; false if the package has no such part. */
export async function readXmlPart(pkg: PackageReader, path: string, handler: XmlHandler): Promise<boolean> {
  const entry = pkg.archive.entries.get(partKey(path));
  if (entry === undefined) return false;
  try {
    const scanner = new XmlScanner(handler);
    const feed = new Utf8Feed((chunk) => scanner.feed(chunk));
    await streamEntry(pkg.archive, entry, pkg.budget, pkg.inflate, (chunk) => feed.push(chunk));
    feed.end();
    scanner.end();
  } catch (error) {
    throw toXlsxError(error, entry.name);
  }
  return true;
}
