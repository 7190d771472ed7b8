import { pageToday } from '#web/page-clock.ts';

/** The year in China on `today` (default: the server's today): the one place the dashboard decides "this year". */
export const thisYear = (today: string = pageToday()): number => Number(today.slice(0, 4));
