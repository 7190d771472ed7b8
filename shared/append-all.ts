/**
 * `target.push(...items)` without the spread: every spread item is a call argument, and
 * some 120k of them overflow the stack. Issues, rows and ranges are unbounded here.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
