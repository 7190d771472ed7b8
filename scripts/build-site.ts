/**
 * `npm run build` builds dist/site page by page (vite.config.ts, SITE_PAGES): the first build
 * empties the folder and copies public/, the others add their page beside it.
 */
import { build } from 'vite';
import { SITE_PAGES } from '../vite.config.ts';

for (const page of SITE_PAGES) await build({ ...page, configFile: false, logLevel: 'warn' });
