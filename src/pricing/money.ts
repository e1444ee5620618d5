/**
 * Money is held as integer pence everywhere (docs/development.md, Conventions). Quantities that can be fractional
 * (hours, days of a week) are held as integers too — minutes, days — so every amount is an exact
 * fraction `numerator / denominator` of whole numbers until the one moment it becomes pence.
 *
 * THE rounding rule (the only one in the service): round half up to the nearest penny, i.e. a
 * remainder of exactly half a penny or more goes up. It is applied to the exact fraction with
 * BigInt arithmetic, never to a floating-point product, so 0.5p cases are decided exactly.
 * Negative amounts (credits) round symmetrically — half away from zero — so that
 * `divideRounded(-n, d) === -divideRounded(n, d)` and a credit always mirrors its charge.
 * For the non-negative amounts that pricing produces this is plain round-half-up.
 *
 * Round once, at the end: a sum of amounts is rounded per item only where the item is itself
 * shown (a segment of a bill, a band of a cost model) and the total is then the sum of the shown
 * items, so every printed breakdown adds up.
 */

type WholeNumber = number | bigint;

function toBigInt(value: WholeNumber, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
  return BigInt(value);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${value} is outside the safe integer range`);
  }
  return Number(value);
}

/**
 * `numerator / denominator` rounded with the service's one rule (see the module comment).
 * Both arguments must be whole numbers (numbers or bigints); the result is a safe integer.
 *
 * @example divideRounded(1875 * 450, 60) // 7.5 h at £18.75/h = 14062.5p → 14063
 * @example divideRounded(35_215_525, 18_000) // weighted average rate → 1956 (£19.56)
 */
export function divideRounded(numerator: WholeNumber, denominator: WholeNumber): number {
  let n = toBigInt(numerator, 'numerator');
  let d = toBigInt(denominator, 'denominator');
  if (d === 0n) throw new RangeError('denominator must not be zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const quotient = magnitude / d;
  const remainder = magnitude % d;
  const rounded = 2n * remainder >= d ? quotient + 1n : quotient;
  return toSafeNumber(negative ? -rounded : rounded);
}

/** Throws unless `pence` is a whole number of pence; use at the edges where money comes in. */
export function assertPence(pence: number, name = 'amount'): void {
  if (!Number.isSafeInteger(pence))
    throw new RangeError(`${name} must be a whole number of pence, got ${pence}`);
}

/**
 * Pence as pounds for display: "£19.56", "£18,310,000.00", "-£1.05".
 * Built from the integer digits, not `toLocaleString`, so output never depends on the host locale.
 */
export function formatPounds(pence: number): string {
  assertPence(pence, 'pence');
  const sign = pence < 0 ? '-' : '';
  const digits = Math.abs(pence).toString().padStart(3, '0');
  const pounds = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${digits.slice(-2)}`;
}

const POUNDS_PATTERN = /^(-)?£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a pounds amount typed by a person ("18.75", "£18.75", "1,234.5", "20") into pence.
 * Refuses more than two decimal places rather than rounding them away: a rate of "18.755" is a
 * typing error to be corrected, not a price to be guessed.
 */
export function poundsToPence(text: string): number {
  const match = POUNDS_PATTERN.exec(text.trim());
  if (!match) {
    throw new RangeError(`"${text}" is not an amount in pounds with at most two decimal places`);
  }
  const [, minus, whole = '0', fraction = ''] = match;
  const pence = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  return toSafeNumber(minus ? -pence : pence);
}
