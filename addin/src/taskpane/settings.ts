/**
 * The pane's settings. They live in localStorage under a key that includes Office's
 * partitionKey (set where Office partitions add-in storage, e.g. Excel on the web), never in
 * the workbook or its document settings, which travel with the file to whoever gets it. Where
 * the browser refuses storage to the framed pane, they live in memory until the pane closes,
 * and the pane says the credential will not be remembered.
 */
export interface PaneSettings {
  readonly server: string;
  readonly token: string;
  readonly year: number;
}

export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
  /** False when settings last only as long as the pane: storage is blocked or refused a write. */
  readonly remembered: boolean;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'qingfeng-ledger:settings';

/**
 * The page's storage, or null where the browser blocks it: in a frame whose third-party
 * storage is blocked, even reading `window.localStorage` throws (SecurityError), and some
 * browsers refuse every write (QuotaExceededError), so a write is tried before trusting it.
 */
export function usableStorage(
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): KeyValueStorage | null {
  try {
    const store = storage();
    const probe = `${PREFIX}:probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

export function settingsKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}:${PREFIX}` : PREFIX;
}

export function settingsStore(
  persistent: KeyValueStorage | null,
  partitionKey: string | undefined,
  defaults: PaneSettings,
): SettingsStore {
  const key = settingsKey(partitionKey);
  const memory = memoryStorage();
  let storage = persistent ?? memory;
  return {
    get remembered() {
      return storage !== memory;
    },
    load() {
      try {
        const saved = JSON.parse(storage.getItem(key) ?? '{}') as Partial<Record<keyof PaneSettings, unknown>>;
        return {
          server: typeof saved.server === 'string' && saved.server !== '' ? saved.server : defaults.server,
          token: typeof saved.token === 'string' ? saved.token : defaults.token,
          year: typeof saved.year === 'number' && Number.isInteger(saved.year) ? saved.year : defaults.year,
        };
      } catch {
        return defaults;
      }
    },
    save(settings) {
      try {
        storage.setItem(key, JSON.stringify(settings));
      } catch {
        storage = memory;
        memory.setItem(key, JSON.stringify(settings));
      }
    },
  };
}

/** A server address the pane will send a credential to: https only, except for a local dev server. */
export function normaliseServer(input: string): string | null {
  try {
    const url = new URL(input.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return null;
    return url.origin;
  } catch {
    return null;
  }
}
