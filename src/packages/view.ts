import type { Actor } from '../auth/roles';
import type { Services } from '../services';
import { weeklyCost } from '../pricing/price';
import { londonDate } from '../calendar/dates';
import type { BandOverride, PackageRecord } from './model';
import { runningHandBack, type HandBackRecord } from './hand-back/queries';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A provider sees that the band was overridden and why, not the officer's comment. */
export function bandOverrideView(override: BandOverride | null, actor: Actor) {
  if (!override) return null;
  return {
    placedBand: override.placedBand,
    reason: override.reason,
    comment: actor.role === 'provider' ? null : override.comment,
    at: iso(override.at)!,
  };
}

/**
 * A hand-back still running (docs/specification/hand-backs.md §6.3): the outgoing provider keeps the
 * care until the notice date while re-brokering opens. Staff and the outgoing provider see it.
 */
export function handBackView(notice: HandBackRecord | null, actor: Actor) {
  if (!notice || (actor.role === 'provider' && actor.providerId !== notice.providerId)) return null;
  return {
    outgoingProvider: { id: notice.providerId, name: notice.providerName },
    reason: notice.reason,
    givenAt: iso(notice.givenAt)!,
    noticeDate: notice.noticeDate,
    lastVisit: notice.lastVisit,
    approval: notice.approval,
    decidedAt: iso(notice.decidedAt),
    rebrokerOpensOn: notice.approval === 'pending' ? null : notice.rebrokerOpensOn,
    rebrokeredAt: iso(notice.rebrokeredAt),
  };
}

/**
 * What a caller may see of a package. Staff and the provider holding it see the reference and
 * location (docs/specification/open-questions.md §10.19: identity only after acceptance); nobody
 * else gets here.
 */
export function packageView(pkg: PackageRecord, zoneName: string, actor: Actor) {
  const mayIdentify = actor.role !== 'provider' || pkg.providerId === actor.providerId;
  return {
    id: pkg.id,
    reference: mayIdentify ? pkg.reference : null,
    location: mayIdentify && pkg.lat !== null && pkg.lon !== null ? { lat: pkg.lat, lon: pkg.lon } : null,
    postcode: mayIdentify ? pkg.postcode : null,
    locationGiven: pkg.locationGiven,
    zone: { id: pkg.zoneId, name: zoneName },
    band: pkg.band,
    bandSource: pkg.bandSource,
    bandOverride: bandOverrideView(pkg.bandOverride, actor),
    areaId: pkg.areaId,
    hourlyRatePence: pkg.hourlyRatePence,
    weeklyMinutes: pkg.weeklyMinutes,
    weeklyHours: pkg.weeklyMinutes / 60,
    weeklyCostPence: weeklyCost(pkg.hourlyRatePence, pkg.weeklyMinutes),
    visitsPerWeek: pkg.visitsPerWeek,
    fundingStream: pkg.fundingStream,
    careType: pkg.careType,
    d2a: pkg.d2a && { ...pkg.d2a, reviewedAt: iso(pkg.d2a.reviewedAt) },
    urgency: pkg.urgency,
    wantedStart: pkg.wantedStart,
    needs: pkg.needs,
    status: pkg.status,
    providerId: pkg.providerId,
    createdAt: iso(pkg.createdAt)!,
    updatedAt: iso(pkg.updatedAt)!,
    escalatedAt: iso(pkg.escalatedAt),
    version: pkg.version,
  };
}

/** The view above with the zone's name read from the database: what every package route answers. */
export function packageViewer({ db, zoneFacts, clock }: Pick<Services, 'db' | 'zoneFacts' | 'clock'>) {
  /** `fresh`: the package was made in this request, so it has no hand-back to read. */
  return async (pkg: PackageRecord, actor: Actor, fresh = false) => {
    const notice = fresh ? null : await runningHandBack(db, { id: pkg.id, today: londonDate(clock.now()) });
    return {
      ...packageView(pkg, (await zoneFacts.of(db, pkg.zoneId))?.name ?? pkg.zoneId, actor),
      handBack: handBackView(notice, actor),
    };
  };
}
