import { z } from 'zod';
import { Id } from '../../http/params';
import { ZoneId } from '../schemas';
import { DECISION_REASONS, FLAG_KINDS, FLAG_STATUSES } from './model';

export const FlagListQuery = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  kind: z.enum(FLAG_KINDS).optional(),
  zone: ZoneId.optional(),
  provider: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ConfirmFlagSchema = z
  .object({
    reason: z.enum(DECISION_REASONS),
    acknowledgeBelowMinPrimes: z
      .boolean()
      .default(false)
      .describe('Required (true) when the demotion leaves the zone below its minimum primes'),
  })
  .strict();

export const DismissFlagSchema = z.object({ reason: z.enum(DECISION_REASONS) }).strict();
