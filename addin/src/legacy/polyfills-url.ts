/**
 * Where the polyfill script is served (built by addin/build/polyfills.ts): beside legacy-webview.js,
 * under a fixed name, because the classic validation worker loads it too and cannot learn a hashed one.
 */
export const POLYFILLS_URL = '/addin/legacy-polyfills.js';
