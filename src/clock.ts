/** Time is injected so that tests and the simulator can move it; all instants are UTC epoch milliseconds. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to, for tests and simulations. */
export function manualClock(
  start: number | string,
): Clock & { set(t: number | string): void; advance(ms: number): void } {
  let current = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => current,
    set: (t) => {
      current = typeof t === 'number' ? t : Date.parse(t);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
