import type { NeedsDeclaration } from '../allocation/needs-policy';
import type { Queryable } from '../db/connect';
import { together } from '../db/dialect';
import type { Specialism } from '../packages/model';
import { memberships } from './queries';

/** A stored needs declaration (provider_need_declarations), read back. */
export interface NeedsDeclarationRecord extends NeedsDeclaration {
  id: number;
  providerId: number;
  zoneId: string;
  declaredAt: number;
}

interface Row {
  id: number;
  provider_id: number;
  zone_id: string;
  specialisms_json: string;
  languages_json: string;
  double_up_packages: number;
  carer_genders_json: string;
  declared_at: number | string;
}

function toRecord(row: Row): NeedsDeclarationRecord {
  return {
    id: Number(row.id),
    providerId: Number(row.provider_id),
    zoneId: row.zone_id,
    specialisms: JSON.parse(row.specialisms_json) as NeedsDeclaration['specialisms'],
    languages: JSON.parse(row.languages_json) as string[],
    doubleUpPackages: Number(row.double_up_packages),
    carerGenders: JSON.parse(row.carer_genders_json) as NeedsDeclaration['carerGenders'],
    declaredAt: Number(row.declared_at),
  };
}

/** The latest needs declaration of each provider × zone (all zones unless one is given). */
export async function latestNeedsDeclarations(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string },
): Promise<NeedsDeclarationRecord[]> {
  const rows: Row[] = await db('provider_need_declarations as d')
    .modify((q) => {
      if (filter.providerIds) q.whereIn('d.provider_id', filter.providerIds);
      if (filter.zoneId) q.where('d.zone_id', filter.zoneId);
    })
    .where(
      'd.id',
      db('provider_need_declarations as newer')
        .whereRaw('newer.provider_id = d.provider_id')
        .whereRaw('newer.zone_id = d.zone_id')
        .orderBy([
          { column: 'newer.declared_at', order: 'desc' },
          { column: 'newer.id', order: 'desc' },
        ])
        .limit(1)
        .select('newer.id'),
    )
    .orderBy(['d.provider_id', 'd.zone_id'])
    .select('d.*');
  return rows.map(toRecord);
}

/** A provider's declarations, newest first (its history). */
export async function needsDeclarationHistory(
  db: Queryable,
  providerId: number,
  limit = 50,
): Promise<NeedsDeclarationRecord[]> {
  const rows: Row[] = await db('provider_need_declarations')
    .where({ provider_id: providerId })
    .orderBy([
      { column: 'declared_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit);
  return rows.map(toRecord);
}

/** The countywide specialist list, as specialisms by provider. */
export async function specialistAppointments(
  db: Queryable,
  filter: { providerIds?: number[]; specialisms?: readonly Specialism[] } = {},
): Promise<{ providerId: number; providerName: string; specialism: Specialism; appointedAt: number }[]> {
  const rows: { provider_id: number; name: string; specialism: Specialism; appointed_at: number | string }[] =
    await db('specialist_appointments as s')
      .join('providers as p', 'p.id', 's.provider_id')
      .modify((q) => {
        if (filter.providerIds) q.whereIn('s.provider_id', filter.providerIds);
        if (filter.specialisms) q.whereIn('s.specialism', [...filter.specialisms]);
      })
      .orderBy(['s.specialism', 's.provider_id'])
      .select('s.provider_id', 'p.name', 's.specialism', 's.appointed_at');
  return rows.map((r) => ({
    providerId: Number(r.provider_id),
    providerName: r.name,
    specialism: r.specialism,
    appointedAt: Number(r.appointed_at),
  }));
}

/**
 * What a provider's needs page shows: its zones, its latest declaration in each, its declarations'
 * history and its specialist appointments. Also read in a declaration's transaction, so the reads
 * go through `together` (src/db/dialect.ts), never overlapping on one PostgreSQL connection.
 */
export async function providerNeedsFacts(db: Queryable, providerId: number) {
  const [zones, latest, history, appointments] = await together(db, [
    () => memberships(db, { providerIds: [providerId] }),
    () => latestNeedsDeclarations(db, { providerIds: [providerId] }),
    () => needsDeclarationHistory(db, providerId),
    () => specialistAppointments(db, { providerIds: [providerId] }),
  ]);
  return { zones, latest, history, appointments };
}
