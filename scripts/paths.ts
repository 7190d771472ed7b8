import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, whatever directory the script was started from. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const WRANGLER_CONFIG = join(REPO_ROOT, 'worker', 'wrangler.jsonc');

/** Local D1/R2 state of `npm start`; survives restarts and is gitignored. */
export const DEFAULT_PERSIST_DIR = join(REPO_ROOT, '.wrangler', 'state');

/** Demo tokens are shown once by the API, so the dev setup keeps them here (local only, gitignored). */
export const DEMO_CREDENTIALS_FILE = join(REPO_ROOT, '.wrangler', 'demo-credentials.json');

export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');

/** The data contract, generated from the ledger definitions by `npm run docs`. */
export const LEDGER_DOCS = join(REPO_ROOT, 'docs', 'ledgers.md');
