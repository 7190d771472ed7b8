import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { DemoCredential } from './seed.ts';

const stored = z.object({
  credentials: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      role: z.enum(['clerk', 'supervisor']),
      id: z.string(),
      token: z.string(),
    }),
  ),
});

export function saveDemoCredentials(file: string, credentials: readonly DemoCredential[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const note = 'Local dev only: demo tokens of `npm start`. The API shows a token once, so it is kept here.';
  // Only the owner may read tokens, even on a shared dev machine.
  writeFileSync(file, `${JSON.stringify({ note, credentials }, null, 2)}\n`, { mode: 0o600 });
}

/** The saved demo credentials, or null when there is no readable file. */
export function loadDemoCredentials(file: string): DemoCredential[] | null {
  if (!existsSync(file)) return null;
  const parsed = stored.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data.credentials : null;
}
