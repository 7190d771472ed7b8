import { useRef, useState } from 'preact/hooks';
import type { PaneText } from './text-zh.ts';
import { describeError } from './errors.ts';

export interface Notice {
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
}

/**
 * One long action at a time (insert, check, submit, download): its progress line, its
 * outcome, and any error shown in words rather than lost in the console. A second action
 * asked for while one runs is ignored: two batches on the workbook would undo each other's
 * highlights, and two sends would race.
 */
export function useTask(t: PaneText) {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  async function run<T>(label: string, work: (progress: (text: string) => void) => Promise<T>): Promise<T | undefined> {
    if (running.current) return undefined;
    running.current = true;
    setBusy(label);
    setNotice(null);
    try {
      return await work((text) => setBusy(text));
    } catch (error) {
      setNotice({ kind: 'error', text: describeError(error, t) });
      return undefined;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  return { busy, notice, setNotice, run };
}
