import type { Caller } from './auth/caller.ts';

/** The path prefix of every unit the caller may see ('' = all, for the admin). */
export function scopePath(caller: Caller): string {
  return caller.role === 'admin' ? '' : caller.unitPath;
}

/** Clerk: own unit only. Supervisor: own subtree. Admin: everything. */
export function canSee(caller: Caller, unitPath: string): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'clerk') return unitPath === caller.unitPath;
  return unitPath.startsWith(caller.unitPath);
}

/** A supervisor may return submissions of units below their own (not their own unit's). */
export function canReturn(caller: Caller, unitPath: string): boolean {
  return (
    caller.role === 'admin' ||
    (caller.role === 'supervisor' && unitPath !== caller.unitPath && unitPath.startsWith(caller.unitPath))
  );
}
