import { useEffect, useRef, useState } from 'preact/hooks';
import type { History } from '#shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { errorText } from '../ui/error-text.ts';
import { type Loaded, useLoad } from '../use-load.ts';

export type Version = History['submissions'][number];

/** Versions per page: a unit's year seldom has more, and older ones come when asked for. */
export const VERSIONS_PAGE = 20;

/** The pages loaded after the first, and how asking for the next one went. */
interface Older {
  readonly versions: readonly Version[];
  readonly busy: boolean;
  readonly error: string | null;
  readonly next: string | null;
}

const NONE: History = { submissions: [], next: null };

/**
 * A unit-year's versions, newest first (as the API pages them): the first page loads with the unit
 * and the year, each older page on `loadMore`. A page asked for before the unit or year changed is dropped.
 */
export function useVersions(session: Session, unit: string | null, year: number) {
  const [first, reload] = useLoad(
    () => (unit ? session.api.history({ unit, year, limit: VERSIONS_PAGE }) : Promise.resolve(NONE)),
    [unit, year],
  );
  const [older, setOlder] = useState<Older | null>(null);
  const generation = useRef(0);
  useEffect(() => {
    generation.current++;
    setOlder(null);
  }, [first]);

  const next = older ? older.next : first.state === 'ready' ? first.data.next : null;
  const loadMore = (): void => {
    if (!unit || !next || older?.busy) return;
    const asked = generation.current;
    const shown = older?.versions ?? [];
    setOlder({ versions: shown, busy: true, error: null, next });
    session.api.history({ unit, year, limit: VERSIONS_PAGE, cursor: next }).then(
      (page) =>
        asked === generation.current &&
        setOlder({ versions: [...shown, ...page.submissions], busy: false, error: null, next: page.next }),
      (error: unknown) =>
        asked === generation.current && setOlder({ versions: shown, busy: false, error: errorText(error), next }),
    );
  };

  const versions: Loaded<Version[]> =
    first.state === 'ready' ? { state: 'ready', data: [...first.data.submissions, ...(older?.versions ?? [])] } : first;
  return {
    versions,
    more: next !== null,
    loadingMore: older?.busy ?? false,
    moreError: older?.error ?? null,
    loadMore,
    reload,
  };
}
