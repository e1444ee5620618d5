/**
 * The promotion/demotion review's per-zone demotion thresholds (docs/quality-score.md "Promotion and
 * demotion reviews"), moved out of src/config.ts to keep that file within its length.
 */

/** 'charnwood-north=45,melton=40' → { 'charnwood-north': 45, melton: 40 } (format checked by the schema). */
export function parseZoneThresholds(value: string | undefined): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const [zone, score] = pair.split('=') as [string, string];
      return [zone, Number(score)];
    }),
  );
}
