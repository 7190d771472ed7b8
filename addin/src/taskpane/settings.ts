/**
 * The pane's settings. They live in localStorage under a key that includes Office's
 * partitionKey (set where Office partitions add-in storage, e.g. Excel on the web), never in
 * the workbook or its document settings, which travel with the file to whoever gets it.
 */
export interface PaneSettings {
  readonly server: string;
  readonly token: string;
  readonly year: number;
}

export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
}

const PREFIX = 'qingfeng-ledger:settings';

export function settingsKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}:${PREFIX}` : PREFIX;
}

export function settingsStore(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  partitionKey: string | undefined,
  defaults: PaneSettings,
): SettingsStore {
  const key = settingsKey(partitionKey);
  return {
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
      storage.setItem(key, JSON.stringify(settings));
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
