import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeReady } from './office-host.ts';

/** Office.js's globals as far as officeReady reads them; `ready` is what Office.onReady resolves to, or never. */
function installOffice(ready: { host: string | null } | 'never'): void {
  const office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'zh-CN', partitionKey: undefined },
    onReady: () => (ready === 'never' ? new Promise(() => {}) : Promise.resolve(ready)),
  };
  vi.stubGlobal('Office', office);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('officeReady', () => {
  it('is ready inside Excel, with its language', async () => {
    installOffice({ host: 'Excel' });
    expect(await officeReady(1000)).toEqual({
      kind: 'excel',
      info: { displayLanguage: 'zh-CN', partitionKey: undefined },
    });
  });

  it('tells a plain browser tab (Office ready, no host) from a page without Office.js', async () => {
    installOffice({ host: null });
    expect(await officeReady(1000)).toEqual({ kind: 'not-excel' });
    vi.unstubAllGlobals();
    expect(await officeReady(1000)).toEqual({ kind: 'no-office-js' });
  });

  it('gives up when Office.js loaded but never became ready', async () => {
    vi.useFakeTimers();
    installOffice('never');
    const start = officeReady(15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await start).toEqual({ kind: 'timeout' });
  });
});
