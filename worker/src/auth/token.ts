/** Credentials: 256 random bits, shown once; only their SHA-256 is stored. */

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newToken(): string {
  return `qf_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** A one-time download link's secret (routes/handoff.ts): 256 random bits, like a credential. */
export function newLinkSecret(): string {
  return `dl_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** A short random id for rows the API names (credentials, submissions). */
export function newId(prefix: string): string {
  return `${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(12)))}`;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Equal-length hex digests compared without an early exit. */
export function sameDigest(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y);
}
