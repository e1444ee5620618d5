import type { Queryable } from '../../db/connect';
import { together } from '../../db/dialect';
import type { Specialism } from '../../packages/model';
import type { NeedsDeclarationRecord } from '../../providers/needs-queries';
import { versionedCache, versionTokens } from '../../db/versioned';
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
}

/** What a round keeps in memory under version tokens (src/db/versioned.ts), read before any of it. */
const ROUND_TOKENS = ['providers', 'provider-needs', 'scores', 'capacity'] as const;
type RoundTokens = Awaited<ReturnType<typeof versionTokens<(typeof ROUND_TOKENS)[number]>>>;

/**
 * The providers a kind of round draws from in a zone, kept while their tables are unchanged; the
 * specialist list's apart, under both its tokens (one cache keeps one token's values at a time).
 */
const providersKept = versionedCache<ProviderFacts[]>();
const specialistsKept = versionedCache<ProviderFacts[]>();

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
  const tokens = await versionTokens(db, ROUND_TOKENS);
  const providers = await keptProvidersForRound(db, input, tokens);
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
    () => awardsInZone(db, { zoneId, providerIds: ids, since }, tokens.capacity),
    () => scoresAt(db, { zoneId, providers, at: input.now }, tokens.scores),
    () => providerNeeds(db, tokens['provider-needs']),
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

/**
 * The providers of providersForRound, kept by zone and kind of round under the providers' token (and,
 * for the specialist list, the needs data's: the appointments are part of that data). Shared by every
 * round until a provider or a zone role changes: callers must not change them.
 */
function keptProvidersForRound(
  db: Queryable,
  round: { zone: ZoneFacts; kind: RoundKind; specialisms: Specialism[] },
  tokens: RoundTokens,
): Promise<ProviderFacts[]> {
  const read = async () => (await providersForRound(db, round)).map(toProviderFacts);
  const { kind, zone, specialisms } = round;
  if (kind !== 'specialists') return providersKept(tokens.providers, `${kind}:${zone.id}`, read);
  const needs = tokens['provider-needs'];
  const token = tokens.providers && needs && `${tokens.providers}:${needs}`;
  return specialistsKept(token, `${zone.id}:${specialisms.join(',')}`, read);
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
 * tie-break period: one read of the zone's awards to these providers since the earlier of the two,
 * shared out here. The read starts from the index on awarded provider and time: written as a cross
 * join, which SQLite's planner takes in the order written (as an inner join it started from every
 * package ever taken in the zone, a read that grew with the history); PostgreSQL plans it as the
 * inner join it is.
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
    .joinRaw('cross join ?? as ??', ['packages', 'pk'])
    .whereRaw('?? = ??', ['pk.id', 'e.package_id'])
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
