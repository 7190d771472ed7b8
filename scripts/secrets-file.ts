import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartError } from './start-error.ts';

/** The Worker's secrets for one `wrangler dev`, in a file only this user can read. */
export interface SecretsFile {
  readonly path: string;
  /** Deletes the file and its directory; safe to call twice. */
  remove(): void;
}

/**
 * One dotenv line as wrangler reads it: dotenv keeps a single-quoted value as it is, then
 * dotenv-expand replaces `$NAME` unless written `\$`, so every `$` is escaped. A single quote or a
 * line break cannot be written that way and is refused.
 */
function dotenvLine(name: string, value: string): string {
  if (/['\r\n]/.test(value)) {
    throw new StartError(`${name} 不能包含单引号或换行`, `${name} must not contain a single quote or a line break`);
  }
  return `${name}='${value.replaceAll('$', '\\$')}'\n`;
}

/**
 * Writes the secrets for `wrangler dev --env-file`, so they never appear on a command line (which
 * every user of the machine can read in `ps`): mode 0600 inside a fresh 0700 directory.
 */
export function writeSecretsFile(secrets: Readonly<Record<string, string>>): SecretsFile {
  const lines = Object.entries(secrets).map(([name, value]) => dotenvLine(name, value));
  const dir = mkdtempSync(join(tmpdir(), 'qingfeng-secrets-'));
  const path = join(dir, 'dev.env');
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(path, lines.join(''), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    remove();
    throw error;
  }
  return { path, remove };
}
