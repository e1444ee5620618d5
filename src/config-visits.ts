import { z } from 'zod';

/**
 * Visit records from electronic call monitoring (docs/visits.md; parsed with the rest in
 * src/config.ts). The papers name punctuality and missed calls as quality evidence but give no
 * thresholds (docs/specification/quality-and-performance.md §7.3): these defaults are the
 * service's, for the quality officers to set.
 */
export const visitsEnv = {
  VISIT_LATE_MINUTES: z.coerce.number().int().min(0).max(240).default(15),
  VISIT_SHORT_SHARE: z.coerce.number().gt(0).max(1).default(0.75),
  VISIT_PUNCTUALITY_WEIGHT: z.coerce.number().min(0).max(1).default(0.5),
};

export interface VisitsConfig {
  /** A visit that starts more than this many minutes after its planned start is late. */
  lateMinutes: number;
  /** A delivered visit shorter than this share of its planned minutes is short. */
  shortShare: number;
  /**
   * Share of the quality-of-service-delivery live value taken by visit punctuality, 0–1
   * (docs/quality-score.md "Visit punctuality"); 0 leaves the score as it was without visits.
   */
  punctualityWeight: number;
}

type VisitsEnv = z.output<z.ZodObject<typeof visitsEnv>>;

export function visitsConfigOf(env: VisitsEnv): VisitsConfig {
  return {
    lateMinutes: env.VISIT_LATE_MINUTES,
    shortShare: env.VISIT_SHORT_SHARE,
    punctualityWeight: env.VISIT_PUNCTUALITY_WEIGHT,
  };
}
