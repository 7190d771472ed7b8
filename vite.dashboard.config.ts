import { defineConfig } from 'vite';
import { pageBuild } from './vite.config.ts';

/** The dashboard (/dashboard/), built after the pane into the same dist/site (vite.config.ts). */
export default defineConfig({ ...pageBuild({ dashboard: 'dashboard/index.html' }, false), publicDir: false });
