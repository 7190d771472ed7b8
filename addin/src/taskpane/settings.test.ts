import { describe, expect, it } from 'vitest';
import { normaliseServer, settingsKey, settingsStore, usableStorage } from './settings.ts';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
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

  it('live in memory, said not remembered, where storage is blocked or refuses writes', () => {
    const blocked = usableStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(blocked).toBeNull();
    const inMemory = settingsStore(blocked, undefined, defaults);
    expect(inMemory.remembered).toBe(false);
    inMemory.save({ ...defaults, token: 't1' });
    expect(inMemory.load().token).toBe('t1');

    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(usableStorage(() => full)).toBeNull();
    // Storage that worked at first and then refuses a write: kept in memory from then on.
    const flaky = new MemoryStorage();
    const store = settingsStore(flaky, undefined, defaults);
    expect(store.remembered).toBe(true);
    flaky.setItem = full.setItem;
    store.save({ ...defaults, token: 't2' });
    expect([store.remembered, store.load().token]).toEqual([false, 't2']);
  });

  it('use the page storage when it works', () => {
    const working = new MemoryStorage();
    expect(usableStorage(() => working)).toBe(working);
    expect(working.items.size).toBe(0);
  });
});
