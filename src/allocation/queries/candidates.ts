import type { Queryable } from '../../db/connect';
import { together } from '../../db/dialect';
import type { Specialism } from '../../packages/model';
import type { NeedsDeclarationRecord } from '../../providers/needs-queries';
import { versionToken } from '../../db/versioned';
import { capacityDeclarations, providerNeeds, scoresAt } from './kept-facts';
import type { NeedsDeclaration } from '../needs-policy';
import type { ZoneFacts } from '../../zones/facts';
import type { AwardInZone, Declaration } from '../capacity';
import type { EngineContext } from '../context';
import type { ProviderScore, RoundKind, ZoneRole } from '../policy';

export interface ProviderFacts {
  id: number;
  name: string;
  status: string;
  cqcOverall: string;
  chcApproved: boolean;
  tenderScore: number;
  /** Its role in the package's zone; null when it has none there (widened rounds). */
  role: ZoneRole | null;
  /** It has recorded its exit from the market (src/packages/hand-back/exit.ts). */
  leavingMarket: boolean;
}

/** Everything a round is decided on, read at the moment it opens (src/allocation/candidates.ts assembles it). */
export interface RoundFacts {
  providers: ProviderFacts[];
  /** The latest capacity declaration in the zone, by provider. */
  declarations: Map<number, Declaration>;
  /** Packages in the zone awarded to each provider since that declaration. */
  awardsSinceDeclared: Map<number, AwardInZone[]>;
  /** Packages awarded to each provider in the zone in the tie-break period. */
  recentAwards: Map<number, number>;
  scores: Map<number, ProviderScore>;
  /** What each provider declared it can meet: in the zone, or (outside its zones) its latest anywhere. */
  needsDeclarations: Map<number, NeedsDeclaration>;
  /** Each provider's appointments on the countywide specialist list. */
  specialistFor: Map<number, Specialism[]>;
}

interface ProviderRow {
  id: number;
  name: string;
  status: string;
  cqc_overall: string;
  chc_approved: boolean | number;
  tender_score: number;
  role: ZoneRole | null;
  exit_recorded_at: number | null;
  /** The version token of the providers' needs data (versionToken), the same on every row. */
  needs_version: string | null;
  scores_version: string | null;
  capacity_version: string | null;
}

/** The zone a package's rounds are run in: whether it has primes, and its neighbours for a widened search. */
export async function zoneForRounds(
  ctx: Pick<EngineContext, 'trx' | 'zoneFacts'>,
  zoneId: string,
): Promise<ZoneFacts> {
  const zone = await ctx.zoneFacts.of(ctx.trx, zoneId);
  if (!zone) throw new Error(`zone ${zoneId} is not in the zones table`);
  return zone;
}

/** The providers a round draws from, with their capacity, recent awards and scores in the zone. */
export async function roundFacts(
  db: Queryable,
  input: { zone: ZoneFacts; kind: RoundKind; now: number; tieBreakDays: number; specialisms: Specialism[] },
): Promise<RoundFacts> {
  const zoneId = input.zone.id;
  const rows = await providersForRound(db, {
    zone: input.zone,
    kind: input.kind,
    specialisms: input.specialisms,
  });
  const providers = rows.map(toProviderFacts);
  if (providers.length === 0) {
    return {
      providers,
      declarations: new Map(),
      awardsSinceDeclared: new Map(),
      recentAwards: new Map(),
      scores: new Map(),
      needsDeclarations: new Map(),
      specialistFor: new Map(),
    };
  }
  const ids = providers.map((p) => p.id);
  // Each read below finds its rows through an index on the provider ids, and none needs another.
  const since = input.now - input.tieBreakDays * 86_400_000;
  const [awards, scores, needs] = await together(db, [
    () => awardsInZone(db, { zoneId, providerIds: ids, since }, rows[0]!.capacity_version),
    () => scoresAt(db, { zoneId, providers, at: input.now }, rows[0]!.scores_version),
    () => providerNeeds(db, rows[0]!.needs_version),
  ]);
  return {
    providers,
    ...awards,
    scores,
    needsDeclarations: needsDeclarationsFor(zoneId, providers, needs.declarations),
    specialistFor: specialismsOf(needs.appointments, new Set(ids)),
  };
}

/**
 * The declaration in the package's zone; a provider with no role there (the specialist list,
 * widened rounds) is judged on its latest declaration in any zone, since it has none for this one.
 */
function needsDeclarationsFor(
  zoneId: string,
  providers: ProviderFacts[],
  latest: readonly NeedsDeclarationRecord[],
) {
  const chosen = new Map<number, NeedsDeclaration>();
  for (const provider of providers) {
    const own = latest.filter((d) => d.providerId === provider.id);
    const inZone = own.find((d) => d.zoneId === zoneId);
    const anywhere = own.sort((a, b) => b.declaredAt - a.declaredAt || b.id - a.id)[0];
    const declaration = inZone ?? (provider.role === null ? anywhere : undefined);
    if (declaration) chosen.set(provider.id, declaration);
  }
  return chosen;
}

function specialismsOf(
  appointments: readonly { providerId: number; specialism: Specialism }[],
  providerIds: ReadonlySet<number>,
) {
  const byProvider = new Map<number, Specialism[]>();
  for (const a of appointments) {
    if (!providerIds.has(a.providerId)) continue;
    byProvider.set(a.providerId, [...(byProvider.get(a.providerId) ?? []), a.specialism]);
  }
  return byProvider;
}

function toProviderFacts(row: ProviderRow): ProviderFacts {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    cqcOverall: row.cqc_overall,
    chcApproved: row.chc_approved === true || row.chc_approved === 1,
    tenderScore: Number(row.tender_score),
    role: row.role,
    leavingMarket: row.exit_recorded_at !== null,
  };
}

async function providersForRound(
  db: Queryable,
  round: { zone: ZoneFacts; kind: RoundKind; specialisms: Specialism[] },
): Promise<ProviderRow[]> {
  const { kind, specialisms } = round;
  const { id: zoneId, neighbourZoneIds } = round.zone;
  const query = db('providers as p')
    .leftJoin('provider_zone_roles as r', (join) =>
      join.on('r.provider_id', 'p.id').andOnVal('r.zone_id', zoneId),
    )
    .select(
      'p.id',
      'p.name',
      'p.status',
      'p.cqc_overall',
      'p.chc_approved',
      'p.tender_score',
      'r.role',
      'p.exit_recorded_at',
      { needs_version: versionToken(db, 'provider-needs') },
      { scores_version: versionToken(db, 'scores') },
      { capacity_version: versionToken(db, 'capacity') },
    )
    .orderBy('p.id');
  if (kind === 'primes' || kind === 'supplementaries') {
    query.whereNotNull('r.role');
  } else if (kind === 'specialists') {
    // The countywide list, whatever the zone (HC20 ¶30): providers appointed for any of the package's specialisms.
    query.whereIn(
      'p.id',
      db('specialist_appointments').select('provider_id').whereIn('specialism', specialisms),
    );
  } else if (kind === 'widened-neighbours') {
    // Members of the zone itself and of every zone that shares a boundary with it.
    query.whereIn(
      'p.id',
      db('provider_zone_roles')
        .select('provider_id')
        .whereIn('zone_id', [zoneId, ...neighbourZoneIds]),
    );
  } else {
    query.whereIn('p.id', db('provider_zone_roles').select('provider_id'));
  }
  return query;
}

/**
 * Each provider's latest capacity declaration in the zone (kept by version) with the packages in the
 * zone awarded to it since (src/allocation/capacity.ts says what they count), and its awards in the
 * tie-break period: one read of the zone's awards to these providers since the earlier of the two
 * (the index on awarded provider and time finds them), shared out here.
 */
async function awardsInZone(
  db: Queryable,
  round: { zoneId: string; providerIds: number[]; since: number },
  token: string | null,
) {
  const { zoneId, providerIds, since } = round;
  const declarations = await capacityDeclarations(db, { zoneId, providerIds }, token);
  const from = Math.min(since, ...[...declarations.values()].map((d) => d.declaredAt));
  const rows: { provider_id: number; awarded_at: number; weekly_minutes: number }[] = await db(
    'brokerage_episodes as e',
  )
    .join('packages as pk', 'pk.id', 'e.package_id')
    .where('pk.zone_id', zoneId)
    .whereIn('e.awarded_provider_id', providerIds)
    .where('e.awarded_at', '>=', from)
    .select('e.awarded_provider_id as provider_id', 'e.awarded_at', 'pk.weekly_minutes');
  const awardsSinceDeclared = new Map<number, AwardInZone[]>([...declarations.keys()].map((id) => [id, []]));
  const recentAwards = new Map<number, number>();
  for (const row of rows) {
    const providerId = Number(row.provider_id);
    const awardedAt = Number(row.awarded_at);
    const declared = declarations.get(providerId);
    if (declared && awardedAt >= declared.declaredAt) {
      awardsSinceDeclared.get(providerId)!.push({ weeklyMinutes: Number(row.weekly_minutes), awardedAt });
    }
    if (awardedAt >= since) recentAwards.set(providerId, (recentAwards.get(providerId) ?? 0) + 1);
  }
  // A copy: the kept map is shared by every round until the next declaration.
  return { declarations: new Map(declarations), awardsSinceDeclared, recentAwards };
}
