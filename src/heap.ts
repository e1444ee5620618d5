import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection kept before it collects
 * again: by half (1.5×). V8's own factor rises to 4× on a machine with a large heap limit, so a server
 * that keeps ~65 MB but reads a year of history on some pages carried up to ~200 MB of garbage between
 * collections. A growth factor, not a cap: the heap still grows as far as the live data needs.
 * Measured in docs/BENCHMARKS.md "Memory (issue 22, branch i22-memory)"; see docs/operations.md "Memory".
 */
export const SERVER_V8_FLAGS = ['--heap-growing-percent=50'];

/** Applies the server's V8 flags, then `extra` (a benchmark's variant) over them. */
export function tuneHeap(extra: string[] = []): void {
  for (const flag of [...SERVER_V8_FLAGS, ...extra]) v8.setFlagsFromString(flag);
}
