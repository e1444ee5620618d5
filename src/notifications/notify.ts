/**
 * The one call a domain event makes: `notify(trx, event, now)` expands the event into messages for
 * its recipients (a provider's offer contacts and webhook endpoints, or staff by role and preference)
 * and writes them to the outbox in the caller's transaction — an event that rolls back sends nothing,
 * a committed one always has its messages — then wakes the delivery worker after the commit.
 */
import type { Knex } from 'knex';
import type { PackageRecord } from '../packages/model';
import { zoneOf } from '../zones/reference';
import { isUrgent } from './kinds';
import { enqueueForProviders, enqueueForUsers, type EventCommon, type UserAudience } from './outbox/enqueue';
import { packageFacts } from './payloads';
import { wakeAfterCommit } from './wake';

type Trx = Knex | Knex.Transaction;

export type NotifyEvent =
  /** A round's offers were sent (src/allocation/rounds.ts). */
  | { type: 'offers.sent'; pkg: PackageRecord; roundId: number; windowEndsAt: number }
  /** Unanswered offers of one round reached the closing-warning point of their window. */
  | { type: 'offers.closing'; pkg: PackageRecord; offerIds: number[]; windowEndsAt: number }
  /** The episode was awarded: the winner won, the other offers of the episode lost. */
  | { type: 'package.awarded'; pkg: PackageRecord; episodeId: number; agreedStart: string }
  /** The package was cancelled and the episode's open offers withdrawn. */
  | { type: 'offers.withdrawn'; pkg: PackageRecord; episodeId: number }
  | { type: 'handback.accepted'; pkg: PackageRecord; providerId: number; noticeDate: string }
  | {
      type: 'capacity.stale';
      providerId: number;
      declarationId: number;
      zone: { id: string; name: string };
      declaredAt: number;
      staleDays: number;
    }
  | { type: 'package.unplaced'; pkg: PackageRecord }
  | { type: 'package.escalated'; pkg: PackageRecord; afterHours: number }
  | { type: 'care.not-started'; pkg: PackageRecord; episodeId: number; agreedStart: string; provider: Named }
  | {
      type: 'zone.below-minimum-primes';
      zone: Named<string>;
      required: number;
      actual: number;
      cause: string;
    }
  | { type: 'provider.changed'; provider: Named; changes: Record<string, { from: unknown; to: unknown }> }
  | { type: 'review.flag-raised'; flagId: number; provider: Named; zone: Named<string>; kind: string }
  | { type: 'coverage.weekly'; week: string; summary: object }
  | { type: 'webhook.disabled'; endpointId: number; providerId: number; url: string };

export interface Named<Id = number> {
  id: Id;
  name: string;
}

const OFFICERS: UserAudience = { roles: ['officer'] };
const COMMISSIONERS: UserAudience = { roles: ['commissioner'] };

async function facts(trx: Trx, pkg: PackageRecord) {
  return packageFacts(pkg, (await zoneOf(trx, pkg.zoneId))?.name ?? pkg.zoneId);
}

export async function notify(trx: Trx, event: NotifyEvent, now: number): Promise<void> {
  await expand(trx, event, now);
  wakeAfterCommit(trx);
}

async function expand(trx: Trx, event: NotifyEvent, now: number): Promise<void> {
  const common = (kind: EventCommon['kind'], payload: object, urgent = false): EventCommon => ({
    kind,
    payload,
    urgent,
    now,
  });
  switch (event.type) {
    case 'offers.sent': {
      const payload = { ...(await facts(trx, event.pkg)), windowEndsAt: event.windowEndsAt };
      return enqueueForProviders(trx, {
        ...common('offer.created', payload, isUrgent(event.pkg.urgency)),
        source: { offers: { roundId: event.roundId } },
      });
    }
    case 'offers.closing': {
      const payload = { ...(await facts(trx, event.pkg)), windowEndsAt: event.windowEndsAt };
      return enqueueForProviders(trx, {
        ...common('offer.closing', payload, isUrgent(event.pkg.urgency)),
        source: { offers: { offerIds: event.offerIds } },
      });
    }
    case 'package.awarded': {
      const payload = { ...(await facts(trx, event.pkg)), agreedStart: event.agreedStart };
      const episode = (status: string) => ({ offers: { episodeId: event.episodeId, status } });
      await enqueueForProviders(trx, { ...common('offer.won', payload), source: episode('won') });
      return enqueueForProviders(trx, { ...common('offer.lost', payload), source: episode('lost') });
    }
    case 'offers.withdrawn':
      return enqueueForProviders(trx, {
        ...common('offer.withdrawn', await facts(trx, event.pkg)),
        source: { offers: { episodeId: event.episodeId, status: 'withdrawn' } },
      });
    case 'handback.accepted':
      return enqueueForProviders(trx, {
        ...common('package.handback.accepted', {
          ...(await facts(trx, event.pkg)),
          noticeDate: event.noticeDate,
        }),
        source: { providerIds: [event.providerId], subjectId: event.pkg.id },
      });
    case 'capacity.stale': {
      const { zone, declaredAt, staleDays } = event;
      return enqueueForProviders(trx, {
        ...common('capacity.stale', { providerId: event.providerId, zone, declaredAt, staleDays }),
        source: { providerIds: [event.providerId], subjectId: event.declarationId },
      });
    }
    default:
      return expandStaff(trx, event, now);
  }
}

async function expandStaff(trx: Trx, event: NotifyEvent, now: number): Promise<void> {
  const toUsers = (
    kind: EventCommon['kind'],
    message: {
      payload: object;
      users: UserAudience;
      subjectId: number | null;
      key: string;
      urgent?: boolean;
    },
  ) => enqueueForUsers(trx, { kind, now, urgent: message.urgent ?? false, ...message });
  switch (event.type) {
    case 'package.unplaced':
      return toUsers('package.unplaced', {
        payload: await facts(trx, event.pkg),
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: `${event.pkg.id}:${now}`,
        urgent: isUrgent(event.pkg.urgency),
      });
    case 'package.escalated':
      return toUsers('package.escalated', {
        payload: {
          ...(await facts(trx, event.pkg)),
          waitingSince: event.pkg.createdAt,
          afterHours: event.afterHours,
        },
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: String(event.pkg.id),
      });
    case 'care.not-started':
      return toUsers('care.not-started', {
        payload: {
          ...(await facts(trx, event.pkg)),
          agreedStart: event.agreedStart,
          provider: event.provider,
        },
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: String(event.episodeId),
      });
    case 'zone.below-minimum-primes': {
      const { zone, required, actual, cause } = event;
      return toUsers('zone.below-minimum-primes', {
        payload: { zone, required, actual, cause },
        users: COMMISSIONERS,
        subjectId: null,
        key: `${zone.id}:${now}`,
      });
    }
    case 'provider.changed':
      return toUsers('provider.changed', {
        payload: { provider: event.provider, changes: event.changes },
        users: COMMISSIONERS,
        subjectId: event.provider.id,
        key: `${event.provider.id}:${now}`,
      });
    case 'review.flag-raised':
      return toUsers('review.flag-raised', {
        payload: { flagId: event.flagId, provider: event.provider, zone: event.zone, kind: event.kind },
        users: COMMISSIONERS,
        subjectId: event.flagId,
        key: String(event.flagId),
      });
    case 'coverage.weekly':
      return toUsers('coverage.weekly', {
        payload: { week: event.week, ...event.summary },
        users: COMMISSIONERS,
        subjectId: null,
        key: event.week,
      });
    case 'webhook.disabled':
      return toUsers('webhook.disabled', {
        payload: { endpointId: event.endpointId, url: event.url },
        users: { providerId: event.providerId },
        subjectId: event.endpointId,
        key: String(event.endpointId),
      });
    default:
      throw new Error(`notify: unknown event ${(event as { type: string }).type}`);
  }
}
