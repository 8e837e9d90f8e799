// The idle lock's timing, apart from the page so it can be tested with a
// fake clock. A minute before the lock the person is warned and can keep
// the app open (WCAG 2.2.1: warned, with at least 20 seconds to act).

/** How long before the lock the warning shows. */
export const WARNING_MS = 60_000;

export type IdleTimer = {
  /** Starts counting again from now; `minutes` 0 never locks. */
  reset(minutes: number): void;
  stop(): void;
};

export function idleTimer(onWarn: () => void, onLock: () => void): IdleTimer {
  let warn: ReturnType<typeof setTimeout> | undefined;
  let lock: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    clearTimeout(warn);
    clearTimeout(lock);
  };
  return {
    reset(minutes: number): void {
      stop();
      if (!(minutes > 0)) return;
      const ms = minutes * 60_000;
      warn = setTimeout(onWarn, Math.max(0, ms - WARNING_MS));
      lock = setTimeout(onLock, ms);
    },
    stop,
  };
}
