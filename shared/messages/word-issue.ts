import type { CellValue } from '../cells/cell-value.ts';
import type { Issue, IssueDraft } from '../validate/issue.ts';
import { type IssueParams, keyOf } from '../validate/issue-kinds.ts';
import type { Locale } from './types.ts';

type Wording = (m: { header: string; value: string; p: IssueParams }) => string;

const MAX_SHOWN = 40;

function shown(value: CellValue): string {
  const text = value === null ? '' : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * An issue echoes at most this much of what a cell holds, in `value` and in the params
 * taken from cells: enough to find the mistake, never the whole of a 32,767-character cell
 * (times 150k issues).
 */
const MAX_ECHOED = 100;
const CELL_PARAMS = ['item', 'otherValue', 'whenValue', 'found'] as const;

const clipped = <T>(value: T): T | string =>
  typeof value === 'string' && value.length > MAX_ECHOED ? `${value.slice(0, MAX_ECHOED)}…` : value;

function echoed(draft: IssueDraft): IssueDraft {
  const long = (v: unknown): boolean => typeof v === 'string' && v.length > MAX_ECHOED;
  if (!long(draft.value) && !CELL_PARAMS.some((k) => long(draft.params[k]))) return draft;
  const params = { ...draft.params };
  for (const k of CELL_PARAMS) if (params[k] !== undefined) params[k] = clipped(params[k]);
  return { ...draft, value: clipped(draft.value), params };
}

/**
 * Attaches the wording of `locale`'s table to an issue. The message does not say where the issue
 * is: the pane and the upload page show sheet and cell in columns of their own. The table is an
 * argument, not a name, so a bundle that words in one language carries only that table (the
 * pane's English is a script of its own, loaded only in an English Excel).
 */
export function wordIssueIn(locale: Locale, whole: IssueDraft): Issue {
  const draft = echoed(whole);
  // A wording is typed by the params its kind declares; the engine's producers give those
  // (the wording tests word every producer's issues), so the call is sound.
  const word = locale.issues[keyOf(draft)] as Wording;
  const message = word({
    header: draft.header ?? '',
    value: shown(draft.value),
    p: draft.params,
  });
  return { ...draft, message };
}
