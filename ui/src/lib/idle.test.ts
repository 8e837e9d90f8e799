import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTimer, WARNING_MS } from './idle';

describe('the idle lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns a minute before it locks', () => {
    const events: string[] = [];
    const timer = idleTimer(
      () => events.push(`warn ${Date.now()}`),
      () => events.push(`lock ${Date.now()}`),
    );
    const t0 = Date.now();
    timer.reset(2);
    vi.advanceTimersByTime(2 * 60_000);
    expect(events).toEqual([`warn ${t0 + 2 * 60_000 - WARNING_MS}`, `lock ${t0 + 2 * 60_000}`]);
  });

  it('leaves at least 20 seconds between the warning and the lock', () => {
    expect(WARNING_MS).toBeGreaterThanOrEqual(20_000);
  });

  it('starts again on use, so a warned person who acts is not locked', () => {
    const onLock = vi.fn();
    const onWarn = vi.fn();
    const timer = idleTimer(onWarn, onLock);
    timer.reset(2);
    vi.advanceTimersByTime(90_000);
    expect(onWarn).toHaveBeenCalledTimes(1);
    timer.reset(2);
    vi.advanceTimersByTime(90_000);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('never locks when set to never, or after it is stopped', () => {
    const onLock = vi.fn();
    const timer = idleTimer(() => undefined, onLock);
    timer.reset(0);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    timer.reset(5);
    timer.stop();
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(onLock).not.toHaveBeenCalled();
  });
});
