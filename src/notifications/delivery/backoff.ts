/**
 * When to try a failed message again: exponential backoff with jitter, until the retry period since
 * the message was written is over; then it is a dead letter (visible, and re-sendable by an admin).
 *
 * The n-th retry waits base × 2^(n−1), capped, times a random factor in [0.5, 1) so that many messages
 * failing together (a relay down) do not all come back at once.
 *
 * @example nextAttempt({ attempts: 1, now: 0, createdAt: 0, retryMs: 86_400_000, random: () => 0.5 })
 *   // { retryAt: 22_500 } (30 s × 0.75)
 */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 3_600_000;

export function nextAttempt(input: {
  /** Attempts made so far, this one included. */
  attempts: number;
  now: number;
  createdAt: number;
  retryMs: number;
  random: () => number;
}): { retryAt: number } | { dead: true } {
  const exponent = Math.min(Math.max(input.attempts - 1, 0), 20);
  const delay = Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_CAP_MS) * (0.5 + input.random() / 2);
  const retryAt = Math.round(input.now + delay);
  if (retryAt > input.createdAt + input.retryMs) return { dead: true };
  return { retryAt };
}
