import { z } from 'zod';

/**
 * Hand-backs with notice and continuity (docs/specification/hand-backs.md §6.2–6.3; parsed with the
 * rest in src/config.ts): the notice a provider gives without a commissioner's approval, how long
 * before the notice date re-brokering opens (unset: the whole notice period, i.e. at once), and how
 * near the person a provider already delivering care must be to win a tie on re-brokering.
 */
export const handBackEnv = {
  HAND_BACK_NOTICE_DAYS: z.coerce.number().int().min(0).max(365).default(28),
  HAND_BACK_REBROKER_LEAD_DAYS: z.coerce.number().int().min(0).max(365).optional(),
  CONTINUITY_DISTANCE_KM: z.coerce.number().min(0).max(100).default(5),
};

export interface HandBackConfig {
  /** Notice shorter than this many days needs a commissioner (unless safety or a provider exit). */
  noticeDays: number;
  /** Re-brokering opens this many days before the notice date; null: at once. */
  rebrokerLeadDays: number | null;
  /** Providers delivering care within this many km of the person win ties on re-brokering. */
  continuityKm: number;
}

type HandBackEnv = z.output<z.ZodObject<typeof handBackEnv>>;

export function handBackConfigOf(env: HandBackEnv): HandBackConfig {
  return {
    noticeDays: env.HAND_BACK_NOTICE_DAYS,
    rebrokerLeadDays: env.HAND_BACK_REBROKER_LEAD_DAYS ?? null,
    continuityKm: env.CONTINUITY_DISTANCE_KM,
  };
}
