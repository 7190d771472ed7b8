/**
 * The pane's first script: where a built-in the bundles use is missing (EdgeHTML 18, the Chromium
 * 69–72 of WPS, Trident before its message), it has the polyfill script run next, before Office.js
 * and the pane's module. document.write is the one way a script can put another, run in order,
 * ahead of the scripts the parser has not reached yet; a current webview writes nothing.
 */
import { lacksBuiltIns } from './lacks-built-ins.ts';
import { POLYFILLS_URL } from './polyfills-url.ts';

if (lacksBuiltIns(self)) document.write(`<script src="${POLYFILLS_URL}"></script>`);
