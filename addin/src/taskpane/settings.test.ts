import { describe, expect, it } from 'vitest';
import { normaliseServer, settingsKey, settingsStore } from './settings.ts';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const defaults = { server: 'https://ledger.example', token: '', year: 2026 };

describe('pane settings', () => {
  it('are kept per Office storage partition', () => {
    const storage = new MemoryStorage();
    settingsStore(storage, 'p1', defaults).save({ server: 'https://a.example', token: 't1', year: 2025 });
    expect(settingsStore(storage, 'p1', defaults).load()).toEqual({
      server: 'https://a.example',
      token: 't1',
      year: 2025,
    });
    expect(settingsStore(storage, 'p2', defaults).load()).toEqual(defaults);
    expect([...storage.items.keys()]).toEqual([settingsKey('p1')]);
  });

  it('fall back to the defaults when storage holds junk', () => {
    const storage = new MemoryStorage();
    storage.setItem(settingsKey(undefined), '{not json');
    expect(settingsStore(storage, undefined, defaults).load()).toEqual(defaults);
    storage.setItem(settingsKey(undefined), JSON.stringify({ server: 7, token: 'x', year: 20.5 }));
    expect(settingsStore(storage, undefined, defaults).load()).toEqual({ ...defaults, token: 'x' });
  });

  it('only send a credential over https (or to a local dev server)', () => {
    expect(normaliseServer(' https://ledger.example/addin/taskpane.html ')).toBe('https://ledger.example');
    expect(normaliseServer('http://localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseServer('http://ledger.example')).toBeNull();
    expect(normaliseServer('javascript:alert(1)')).toBeNull();
    expect(normaliseServer('not a url')).toBeNull();
  });
});
