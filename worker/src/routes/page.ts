import { ApiError } from '../errors.ts';

/**
 * A page of a paged endpoint, read one entry longer than asked: the extra says whether another
 * page follows, and `next` names the page's last entry, so pages neither overlap nor skip.
 */
export function pageOf<T>(
  records: readonly T[],
  limit: number,
  cursorOf: (last: T) => string,
): { page: T[]; next: string | null } {
  const page = records.slice(0, limit);
  const last = page.at(-1);
  return { page, next: records.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** A cursor no page gave: 400, not an empty page that would look like the end. */
export function badCursor(cursor: string): ApiError {
  return new ApiError('cursor-invalid', { cursor });
}

/** A cursor that is a position (a warning's, an Excel row): null when none was given; 400 when it is no such number. */
export function positionCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  const position = Number(cursor);
  if (!/^\d+$/.test(cursor) || !Number.isSafeInteger(position)) throw badCursor(cursor);
  return position;
}
