import { todayInChina } from '../../shared/cells/civil-date.ts';

/** The year in China on `today` (default: now): the one place the dashboard decides "this year". */
export const thisYear = (today: string = todayInChina()): number => Number(today.slice(0, 4));
