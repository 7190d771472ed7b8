/**
 * Stands in for WPS 表格 in the browser tests: the in-memory ET host on `window.Application`, as
 * WPS puts it on a task pane's page, and reachable as `window.etHost` for the test. WPS's webview
 * may be an older Chromium (12.1.0.26200 lacks crypto.randomUUID): the APIs newer than Chromium 85
 * the pane could reach for are removed before it starts, so a use of one fails the test.
 */
import { EtHost } from '../../fakes/et-host.ts';

declare global {
  interface Window {
    etHost: EtHost;
  }
}

const host = new EtHost().addSheet('Sheet1');
window.etHost = host;
Object.assign(window, { Application: host.application });

for (const [owner, name] of [
  [Crypto.prototype, 'randomUUID'],
  [Array.prototype, 'at'],
  [String.prototype, 'at'],
  [Object, 'hasOwn'],
  [Array.prototype, 'findLast'],
  [window, 'structuredClone'],
] as const)
  Reflect.deleteProperty(owner, name);
