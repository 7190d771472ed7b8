import { afterEach, describe, expect, it, vi } from 'vitest';
import { followServer, pageClock, pageToday } from './page-clock.ts';

describe('the pages’ clock', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps to the server’s time once it has answered, and moves on with the desk’s clock', () => {
    vi.useFakeTimers({ now: new Date('2027-03-10T08:00:00Z') });
    // The desk's clock is months ahead of the Worker's, which stands at 23:59 on 30 Nov in China.
    followServer('2026-11-30T15:59:00.000Z');
    expect(pageClock.now().toISOString()).toBe('2026-11-30T15:59:00.000Z');
    expect(pageToday()).toBe('2026-11-30');
    vi.advanceTimersByTime(60_000);
    expect(pageToday()).toBe('2026-12-01');
  });

  it('ignores an answer that is not a time', () => {
    vi.useFakeTimers({ now: new Date('2027-03-10T08:00:00Z') });
    followServer('2026-11-30T15:59:00.000Z');
    followServer('soon');
    expect(pageClock.now().toISOString()).toBe('2026-11-30T15:59:00.000Z');
  });
});
