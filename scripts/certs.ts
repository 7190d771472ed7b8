import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { StartError } from './start-error.ts';

export interface DevCerts {
  keyPath: string;
  certPath: string;
  caPath: string;
  /** PEM of the dev CA, for clients that must trust the server. */
  ca: string;
}

// office-addin-dev-certs writes here by default; its own install/getHttpsServerOptions need a
// desktop trust store (on Linux as root `install` fails silently), so only its generator is used.
const DIR = join(homedir(), '.office-addin-dev-certs');
const PATHS = {
  caPath: join(DIR, 'ca.crt'),
  certPath: join(DIR, 'localhost.crt'),
  keyPath: join(DIR, 'localhost.key'),
};
const DAY_MS = 24 * 60 * 60 * 1000;

function usable(): boolean {
  if (![PATHS.caPath, PATHS.certPath, PATHS.keyPath].every((p) => existsSync(p))) return false;
  try {
    // The generated certificates last 30 days; renew a day early so a running dev server never outlives one.
    const validTo = Date.parse(new X509Certificate(readFileSync(PATHS.certPath)).validTo);
    return validTo - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

/** The localhost certificate and its CA, generated without prompts when missing or about to expire. */
export async function ensureDevCerts(): Promise<DevCerts> {
  if (!usable()) {
    // generateCertificates() skips writing when ca.crt exists, so stale files must go first.
    for (const p of Object.values(PATHS)) rmSync(p, { force: true });
    try {
      await generateCertificates(PATHS.caPath, PATHS.certPath, PATHS.keyPath);
    } catch (error) {
      throw new StartError(
        '无法生成本地 HTTPS 证书',
        'could not generate the localhost HTTPS certificate',
        String(error),
      );
    }
    chmodSync(PATHS.keyPath, 0o600);
  }
  return { ...PATHS, ca: readFileSync(PATHS.caPath, 'utf8') };
}
