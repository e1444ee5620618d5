/**
 * Hours arrive from people and papers as decimals (7.5 h, 11,737 h); inside pricing they are
 * whole minutes so that cost = rate × minutes / 60 stays an exact fraction (see money.ts).
 * Convert once, at the edge.
 */

/**
 * Decimal hours to whole minutes, to the nearest minute (the finest unit a care plan records);
 * 7.5 → 450, 0.25 → 15, 1/3 → 20. Rejects negative or non-finite hours.
 */
export function hoursToMinutes(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be zero or more, got ${hours}`);
  const minutes = Math.round(hours * 60);
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`hours ${hours} is too large`);
  return minutes;
}

/** Whole minutes as decimal hours, for display only (450 → 7.5). */
export function minutesToHours(minutes: number): number {
  return minutes / 60;
}

export function assertMinutes(minutes: number, name = 'minutes'): void {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`${name} must be a whole number of minutes, zero or more, got ${minutes}`);
  }
}
