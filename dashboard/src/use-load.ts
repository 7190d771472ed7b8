import { useEffect, useState } from 'preact/hooks';
import { errorText } from './ui/error-text.ts';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };

/** Loads again whenever a dependency changes; a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'error', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return [result, () => setRound((r) => r + 1)];
}
