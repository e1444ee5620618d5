/**
 * An upload of visit records, by CSV file or JSON batch (docs/visits.md "Uploading"): whom it is
 * for, and the JSON items read into the same checked rows as a file's.
 */
import type { Actor } from '../auth/roles';
import type { Db } from '../db/connect';
import { Invalid } from '../errors';
import { assertOwnProvider, providerOrNotFound } from '../performance/access';
import type { Refusal } from '../imports/csv';
import { checkVisitRow, type VisitField } from './check';
import type { CheckedVisit } from './model';
import type { VisitItem } from './schemas';

/**
 * The provider an upload is for: a provider user's own organisation (naming another is not
 * found), or the one staff name in `providerId` (required: staff upload on a provider's behalf).
 */
export async function uploaderOf(db: Db, actor: Actor, providerId: number | undefined): Promise<number> {
  if (actor.role === 'provider') {
    if (providerId !== undefined) assertOwnProvider(actor, providerId);
    return actor.providerId!;
  }
  if (providerId === undefined) {
    throw new Invalid('Say which provider the visit records are for.', [
      { path: 'query.providerId', message: 'required when staff upload visit records' },
    ]);
  }
  return (await providerOrNotFound(db, providerId)).id;
}

/** JSON batch items as checked rows; a refusal's row is the item's position from 1, its column the field. */
export function checkVisitItems(
  items: readonly VisitItem[],
  now: number,
): { rowsRead: number; rows: CheckedVisit[]; refusals: Refusal[] } {
  const out = { rowsRead: items.length, rows: [] as CheckedVisit[], refusals: [] as Refusal[] };
  items.forEach((item, i) => {
    const checked = checkVisitRow({
      row: i + 1,
      cell: (f: VisitField) => {
        const v = item[f];
        return v === null || v === undefined ? '' : String(v);
      },
      name: (f) => f,
      now,
    });
    if ('refusals' in checked) out.refusals.push(...checked.refusals);
    else out.rows.push(checked);
  });
  return out;
}
