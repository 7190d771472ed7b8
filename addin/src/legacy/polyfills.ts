/**
 * The built-ins the pane's bundles use that EdgeHTML 18 (Office 2016/2019 without WebView2) or the
 * Chromium 69–72 of WPS's webviews lack, each defined only where it is missing. Built into one
 * classic script (addin/build/polyfills.ts) that addin/taskpane.html loads before the pane's module
 * and the validation worker loads first (worker-polyfills.ts). tests/browser/bundle-targets.test.ts keeps this list
 * and the bundles' use in step: a built-in newer than ES2017 may appear in the pane only if it is here.
 */
// UTF-8 only (with `fatal` and streaming, which shared/xlsx needs): the pane decodes only what
// this Worker wrote. A UTF-16 part would fail as an unreadable file, never be misread.
import 'text-encoding-utf-8/src/polyfill.js';
import { installBigIntPlaceholder } from './bigint-placeholder.ts';
import { installEs2019Shims } from './es2019-shims.ts';

installEs2019Shims(self);
installBigIntPlaceholder(self);
