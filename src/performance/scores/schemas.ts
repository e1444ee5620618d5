import { z } from 'zod';
import { checkRange } from '../../calendar/periods';
import { DateRange, ZoneId } from '../schemas';

export const HistoryQuerySchema = z
  .object({
    ...DateRange,
    zone: ZoneId.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .superRefine(checkRange);

export const ScoresQuerySchema = z.object({
  zone: ZoneId.optional(),
  at: z.iso.datetime({ offset: true }).optional().describe('The instant to read scores at (default: now)'),
});

export const ProviderScoreQuery = z.object({ at: ScoresQuerySchema.shape.at });
