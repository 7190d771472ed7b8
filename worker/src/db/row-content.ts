/**
 * The key a row's content is stored once under (row_contents.hash, migration 0007): the first
 * 128 bits of SHA-256 of the JSON [row date, typed data], in hex. Two rows share a content
 * exactly when they store the same date and data; among 10^12 distinct rows the chance that
 * any two share a key is about 10^-15.
 */
const encoder = new TextEncoder();

/** What is hashed, and stored after the hash: the JSON [row date, typed data]. */
export const rowContent = (rowDate: string | null, data: unknown): string => JSON.stringify([rowDate, data]);

export async function contentHash(content: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(content));
  return Array.from(new Uint8Array(digest, 0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
