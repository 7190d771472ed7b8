/** `npm run docs`: rewrites docs/ledgers.md from the code (see ledger-docs.ts). */
import { writeFileSync } from 'node:fs';
import { ledgerDocs } from './ledger-docs.ts';
import { LEDGER_DOCS } from './paths.ts';

writeFileSync(LEDGER_DOCS, ledgerDocs());
console.log(`wrote ${LEDGER_DOCS}`);
