/**
 * The parts the annotation edits, read whole as text. Only those few are inflated (the sheets
 * with problems, styles, the workbook and its lists), through the reader's bounded inflate.
 */
import { streamEntry } from '#shared/xlsx/inflate-entry.ts';
import { Utf8Feed } from '#shared/xlsx/xml-encoding.ts';
import { toXlsxError } from '#shared/xlsx/xlsx-error.ts';
import type { PackageReader } from '#shared/xlsx/xml-part.ts';
import { partKey, type ZipArchive, type ZipEntry } from '#shared/xlsx/zip-entries.ts';
import { AnnotateRefusal } from './refusal.ts';

/**
 * Parts held as text at once: one sheet's XML of a 10 MB upload stays well under this (sheet XML
 * inflates 4–20×), and twice it fits a Worker's 128 MB with the output being built.
 */
export const MAX_EDITED_PART_BYTES = 48 * 1024 * 1024;

export function entryOf(archive: ZipArchive, path: string): ZipEntry | undefined {
  return archive.entries.get(partKey(path));
}

/**
 * The part as text, or null when the package has none; a UTF-16 part comes back with a UTF-8
 * declaration. A part that cannot be inflated or decoded is a corrupt file, as when the reader
 * meets it (whatever the runtime's inflater threw).
 */
export async function partText(pkg: PackageReader, path: string): Promise<string | null> {
  const entry = entryOf(pkg.archive, path);
  if (entry === undefined) return null;
  if (entry.uncompressedSize > MAX_EDITED_PART_BYTES) {
    throw new AnnotateRefusal({
      reason: 'annotate-part-too-large',
      params: { part: entry.name, limit: MAX_EDITED_PART_BYTES },
    });
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let text = '';
  try {
    const feed = new Utf8Feed((chunk) => {
      text += decoder.decode(chunk, { stream: true });
    });
    await streamEntry(pkg.archive, entry, pkg.budget, pkg.inflate, (chunk) => feed.push(chunk));
    feed.end();
    text += decoder.decode();
  } catch (error) {
    throw toXlsxError(error, entry.name);
  }
  // The text is written back as UTF-8, so its declaration must stop saying UTF-16.
  return text.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])UTF-16(["'])/i, '$1UTF-8$2');
}
