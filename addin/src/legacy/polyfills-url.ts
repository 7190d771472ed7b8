/**
 * Where the polyfill script is served (built by addin/build/polyfills.ts): beside legacy-webview.js,
 * under a fixed name, because the classic validation worker loads it too and cannot learn a hashed one.
 * `var`, not `const`: the ES5 check script imports it, and esbuild cannot lower `const` to ES5.
 */
export var POLYFILLS_URL = '/addin/legacy-polyfills.js';

/** The script taskpane.html runs first, which loads POLYFILLS_URL only where a built-in is missing. */
export var LEGACY_CHECK_URL = '/addin/legacy-check.js';
