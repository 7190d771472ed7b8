/**
 * The pane's English tables (english-tables.ts) as one classic script: Vite bundles it as it
 * bundles a worker (english-script.ts), so the page adds it as a script element and the
 * validation worker runs it with importScripts. No dynamic import(): EdgeHTML 18 cannot parse it.
 */
import { en as issues } from '#shared/messages/en.ts';
import { enErrors as errors } from '#shared/messages/errors-en.ts';
import type {} from './english-tables.ts';
import { en as pane } from './text-en.ts';

self.qingfengEnglish = { pane, issues, errors };
