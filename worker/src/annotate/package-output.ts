/** The annotated package as one zip: edited parts deflated anew, every other entry copied as it arrived. */
import { entryBytes } from '#shared/xlsx/zip-entries.ts';
import { concat, pickEngine, ZipOutput } from '../xlsx/zip-output.ts';
import type { PackageEdits } from './package-edits.ts';

export async function writePackage(edits: PackageEdits, mtime: Date): Promise<Uint8Array<ArrayBuffer>> {
  const out = new ZipOutput(pickEngine(undefined), 6, mtime);
  const chunks: Uint8Array[] = [];
  const take = (): void => {
    const chunk = out.take();
    if (chunk !== null) chunks.push(chunk);
  };
  const { archive } = edits.pkg;
  // In the upload's order, so a reader that expects [Content_Types].xml first still finds it first.
  for (const entry of archive.entries.values()) {
    const xml = edits.edited(entry.name);
    if (xml === undefined) {
      out.copy(entry.name, {
        compressed: entryBytes(archive, entry),
        crc: entry.crc32,
        size: entry.uncompressedSize,
        method: entry.method,
      });
    } else {
      await out.file(entry.name, xml);
    }
    take();
  }
  for (const part of edits.added()) {
    await out.file(part.name, part.xml);
    take();
  }
  out.end();
  take();
  return concat(
    chunks,
    chunks.reduce((sum, c) => sum + c.length, 0),
  );
}
