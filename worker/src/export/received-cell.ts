import { chinaDateTimeSerial } from '#shared/index.ts';
import type { Cell } from '../xlsx/types.ts';
import type { ScopeUnit } from './load.ts';

/** 提交时间 as a date-time cell on China's clock, the time the dashboard shows. */
export const receivedCell = (u: ScopeUnit): Cell =>
  u.chosen ? { value: chinaDateTimeSerial(new Date(u.chosen.received_at)), style: 'dateTime' } : null;
