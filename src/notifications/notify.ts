/**
 * The one call a domain event makes: `notify(trx, event, now)` describes the event — what its messages
 * say and which kinds go to whom — and writes it to the outbox in the caller's transaction (one row:
 * src/notifications/outbox/events.ts), so an event that rolls back sends nothing and a committed one
 * always has its messages; then it wakes the delivery worker after the commit, which fans the event out
 * to its recipients (a provider's offer contacts and webhook endpoints, or staff by role and preference).
 */
import type { Knex } from 'knex';
import type { PackageRecord } from '../packages/model';
import type { AccountLinkPurpose } from '../users/links';
import { describeAdmission, isAdmissionEvent, type AdmissionEvent } from './admission-events';
import { isUrgent } from './kinds';
import { recordEvent, recordEvents, type OutboxEvent } from './outbox/events';
import type { FanOut, ProviderSource, UserAudience } from './outbox/recipients';
import { packageFacts } from './payloads';
import { wakeAfterCommit } from './wake';
import { zoneName } from './zone-names';

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
  /** Notice shorter than the default, held until a commissioner approves or refuses it. */
  | { type: 'handback.short-notice'; pkg: PackageRecord; notice: ShortNotice }
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
  /** A D2A package's review is due today or overdue (the daily check). */
  | { type: 'review.due'; pkg: PackageRecord; reviewDue: string; fundedUntil: string }
  | {
      type: 'zone.below-minimum-primes';
      zone: Named<string>;
      required: number;
      actual: number;
      cause: string;
    }
  | { type: 'provider.changed'; provider: Named; changes: Record<string, { from: unknown; to: unknown }> }
  | {
      type: 'provider.cqc-downgraded';
      provider: Named;
      downgrades: readonly { keyQuestion: string; from: string | null; to: string; publishedOn: string }[];
    }
  | { type: 'review.flag-raised'; flagId: number; provider: Named; zone: Named<string>; kind: string }
  /** A provider's monthly risk rating turned red (src/provider-risk/run.ts): once per provider and month. */
  | { type: 'provider-risk.red'; provider: Named; month: string; reasons: string[] }
  | { type: 'coverage.weekly'; week: string; summary: object }
  | { type: 'webhook.disabled'; endpointId: number; providerId: number; url: string }
  /**
   * A single-use link to set a password (src/users/links.ts): an invitation or a reset. The token is
   * in the message until it is sent; the service keeps only its hash.
   */
  | { type: 'account.link'; purpose: AccountLinkPurpose; userId: number; token: string; expiresAt: number }
  | AdmissionEvent;

export interface Named<Id = number> {
  id: Id;
  name: string;
}

export interface ShortNotice {
  episodeId: number;
  provider: Named;
  reason: string;
  noticeDate: string;
  /** The notice date full notice would have given. */
  fullNoticeDate: string;
}

const OFFICERS: UserAudience = { roles: ['officer'] };
const COMMISSIONERS: UserAudience = { roles: ['commissioner'] };

async function facts(trx: Trx, pkg: PackageRecord) {
  return packageFacts(pkg, await zoneName(trx, pkg.zoneId));
}

export async function notify(trx: Trx, event: NotifyEvent, now: number): Promise<void> {
  await recordEvent(trx, await describe(trx, event, now), now);
  wakeAfterCommit(trx);
}

/** Several events of one transaction (a daily check's findings), written in order in one insert. */
export async function notifyAll(trx: Trx, events: readonly NotifyEvent[], now: number): Promise<void> {
  if (events.length === 0) return;
  const described: OutboxEvent[] = [];
  for (const event of events) described.push(await describe(trx, event, now));
  await recordEvents(trx, described, now);
  wakeAfterCommit(trx);
}

type Kind = FanOut['kind'];

/** An event of one kind of message to providers (their contacts and subscribed endpoints). */
const toProviders = (
  type: string,
  payload: object,
  ...messages: { kind: Kind; source: ProviderSource; urgent?: boolean }[]
): OutboxEvent => ({
  type,
  payload,
  messages: messages.map((m) => ({ kind: m.kind, urgent: m.urgent ?? false, to: { providers: m.source } })),
});

async function describe(trx: Trx, event: NotifyEvent, now: number): Promise<OutboxEvent> {
  const { type } = event;
  switch (event.type) {
    case 'offers.sent': {
      const payload = { ...(await facts(trx, event.pkg)), windowEndsAt: event.windowEndsAt };
      return toProviders(type, payload, {
        kind: 'offer.created',
        source: { offers: { roundId: event.roundId } },
        urgent: isUrgent(event.pkg.urgency),
      });
    }
    case 'offers.closing': {
      const payload = { ...(await facts(trx, event.pkg)), windowEndsAt: event.windowEndsAt };
      return toProviders(type, payload, {
        kind: 'offer.closing',
        source: { offers: { offerIds: event.offerIds } },
        urgent: isUrgent(event.pkg.urgency),
      });
    }
    case 'package.awarded': {
      const payload = { ...(await facts(trx, event.pkg)), agreedStart: event.agreedStart };
      const episode = (status: string) => ({ offers: { episodeId: event.episodeId, status } });
      return toProviders(
        type,
        payload,
        { kind: 'offer.won', source: episode('won') },
        { kind: 'offer.lost', source: episode('lost') },
      );
    }
    case 'offers.withdrawn':
      return toProviders(type, await facts(trx, event.pkg), {
        kind: 'offer.withdrawn',
        source: { offers: { episodeId: event.episodeId, status: 'withdrawn' } },
      });
    case 'handback.accepted':
      return toProviders(
        type,
        { ...(await facts(trx, event.pkg)), noticeDate: event.noticeDate },
        {
          kind: 'package.handback.accepted',
          source: { providerIds: [event.providerId], subjectId: event.pkg.id },
        },
      );
    case 'capacity.stale': {
      const { zone, declaredAt, staleDays } = event;
      return toProviders(
        type,
        { providerId: event.providerId, zone, declaredAt, staleDays },
        {
          kind: 'capacity.stale',
          source: { providerIds: [event.providerId], subjectId: event.declarationId },
        },
      );
    }
    default:
      return describeStaff(trx, event, now);
  }
}

/** An event of one kind of message to users (staff of a role, or a provider's users), by their choices. */
function toUsers(
  type: string,
  kind: Kind,
  message: { payload: object; users: UserAudience; subjectId: number | null; key: string; urgent?: boolean },
): OutboxEvent {
  const { payload, users, subjectId, key } = message;
  return {
    type,
    payload,
    messages: [{ kind, urgent: message.urgent ?? false, to: { users, subjectId, key } }],
  };
}

async function describeStaff(trx: Trx, event: NotifyEvent, now: number): Promise<OutboxEvent> {
  const { type } = event;
  switch (event.type) {
    case 'package.unplaced':
      return toUsers(type, 'package.unplaced', {
        payload: await facts(trx, event.pkg),
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: `${event.pkg.id}:${now}`,
        urgent: isUrgent(event.pkg.urgency),
      });
    case 'package.escalated':
      return toUsers(type, 'package.escalated', {
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
      return toUsers(type, 'care.not-started', {
        payload: {
          ...(await facts(trx, event.pkg)),
          agreedStart: event.agreedStart,
          provider: event.provider,
        },
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: String(event.episodeId),
      });
    case 'review.due':
      return toUsers(type, 'package.review-due', {
        payload: {
          ...(await facts(trx, event.pkg)),
          reviewDue: event.reviewDue,
          fundedUntil: event.fundedUntil,
        },
        users: OFFICERS,
        subjectId: event.pkg.id,
        key: `${event.pkg.id}:${event.reviewDue}`,
      });
    case 'handback.short-notice': {
      const { episodeId, ...notice } = event.notice;
      return toUsers(type, 'package.hand-back.short-notice', {
        payload: { ...(await facts(trx, event.pkg)), ...notice },
        users: COMMISSIONERS,
        subjectId: event.pkg.id,
        key: String(episodeId),
      });
    }
    default:
      return describeOversight(event, now);
  }
}

/** Messages to commissioners, and to a provider's users about its own endpoints. */
function describeOversight(event: NotifyEvent, now: number): OutboxEvent {
  const { type } = event;
  switch (event.type) {
    case 'zone.below-minimum-primes': {
      const { zone, required, actual, cause } = event;
      return toUsers(type, 'zone.below-minimum-primes', {
        payload: { zone, required, actual, cause },
        users: COMMISSIONERS,
        subjectId: null,
        key: `${zone.id}:${now}`,
      });
    }
    case 'provider.changed':
      return toUsers(type, 'provider.changed', {
        payload: { provider: event.provider, changes: event.changes },
        users: COMMISSIONERS,
        subjectId: event.provider.id,
        key: `${event.provider.id}:${now}`,
      });
    case 'provider.cqc-downgraded':
      return toUsers(type, 'provider.cqc-downgraded', {
        payload: { provider: event.provider, downgrades: event.downgrades },
        users: COMMISSIONERS,
        subjectId: event.provider.id,
        key: `${event.provider.id}:${now}`,
      });
    case 'review.flag-raised':
      return toUsers(type, 'review.flag-raised', {
        payload: { flagId: event.flagId, provider: event.provider, zone: event.zone, kind: event.kind },
        users: COMMISSIONERS,
        subjectId: event.flagId,
        key: String(event.flagId),
      });
    case 'provider-risk.red':
      return toUsers(type, 'provider-risk.red', {
        payload: { provider: event.provider, month: event.month, reasons: event.reasons },
        users: COMMISSIONERS,
        subjectId: event.provider.id,
        key: `${event.provider.id}:${event.month}`,
      });
    case 'coverage.weekly':
      return toUsers(type, 'coverage.weekly', {
        payload: { week: event.week, ...event.summary },
        users: COMMISSIONERS,
        subjectId: null,
        key: event.week,
      });
    case 'webhook.disabled':
      return toUsers(type, 'webhook.disabled', {
        payload: { endpointId: event.endpointId, url: event.url },
        users: { providerId: event.providerId },
        subjectId: event.endpointId,
        key: String(event.endpointId),
      });
    default:
      return describeAccount(event, now);
  }
}

/** A message to one user about their own account: an invitation or a password reset (src/users). */
function describeAccount(event: NotifyEvent, now: number): OutboxEvent {
  if (isAdmissionEvent(event)) return describeAdmission(event, now);
  if (event.type !== 'account.link') {
    throw new Error(`notify: unknown event ${(event as { type: string }).type}`);
  }
  const kind = event.purpose === 'invitation' ? 'account.invitation' : 'account.password-reset';
  return toUsers(event.type, kind, {
    payload: { token: event.token, expiresAt: event.expiresAt },
    users: { userId: event.userId },
    subjectId: event.userId,
    key: `${event.userId}:${now}`,
  });
}
