/** Request fields the performance endpoints share: ids, zone ids and a period of dates in England. */
import { z } from 'zod';
import { IsoDate } from '../packages/schemas';

export const Id = z.coerce.number().int().positive().max(2_147_483_647);
export const ZoneId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a zone id such as charnwood-north');

export const ProviderIdParams = z.object({ id: Id });

/** A period of calendar dates in England, both ends included, at most five years. */
export const DateRange = {
  from: IsoDate.optional().describe('First day, YYYY-MM-DD (default: 364 days before `to`)'),
  to: IsoDate.optional().describe('Last day, YYYY-MM-DD (default: today)'),
};

export function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > 5 * 366 * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period may be at most five years' });
  }
}
