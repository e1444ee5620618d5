import { z } from 'zod';
import { checkRange } from '../../calendar/periods';
import { Id } from '../../http/params';
import { BANDS } from '../../pricing/bands';
import { DateRange, ZoneId } from '../schemas';
import { KPI_DIMENSIONS, type KpiDimension } from './kpis';

/** 'provider,zone' → ['provider', 'zone']; an unknown dimension is a validation error. */
const GroupBy = z
  .string()
  .optional()
  .describe('Comma-separated dimensions: provider, zone, band (none = county-wide)')
  .transform((v, ctx) => {
    const dims = v
      ? v
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean)
      : [];
    for (const d of dims) {
      if (!(KPI_DIMENSIONS as readonly string[]).includes(d)) {
        ctx.addIssue({ code: 'custom', message: `unknown dimension "${d}" (provider, zone, band)` });
        return z.NEVER;
      }
    }
    return [...new Set(dims)] as KpiDimension[];
  });

export const KpiQuerySchema = z
  .object({
    ...DateRange,
    groupBy: GroupBy,
    provider: Id.optional(),
    zone: ZoneId.optional(),
    band: z.enum(BANDS).optional(),
  })
  .superRefine(checkRange);
