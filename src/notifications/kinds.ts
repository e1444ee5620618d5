import type { Role } from '../auth/roles';

/**
 * Every kind of message the service sends, who hears it and how by default (issue 17 "Who hears
 * what"). Provider kinds go to the provider's offer contacts (and, where a webhook event is named, to
 * its endpoints subscribed to that event); staff kinds go to users of the role who have an email.
 */
export type Delivery = 'immediate' | 'digest' | 'off';
export const DELIVERIES = ['immediate', 'digest', 'off'] as const satisfies readonly Delivery[];

/** The webhook events a provider's endpoint may subscribe to (POST /webhooks { url, events[] }). */
export const WEBHOOK_EVENTS = [
  'offer.created',
  'offer.withdrawn',
  'offer.won',
  'offer.lost',
  'package.awarded',
  'package.handback.accepted',
  'capacity.stale',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export type Audience = 'provider' | 'officer' | 'commissioner' | 'provider-users' | 'user';

export interface KindInfo {
  audience: Audience;
  /** As the preferences page lists it. */
  description: string;
  defaultDelivery: Delivery;
  /** False: always sent at once and cannot be turned off (a service message). */
  configurable: boolean;
  /** The webhook events that go with an email of this kind. */
  webhookEvents: readonly WebhookEvent[];
}

const provider = (description: string, webhookEvents: readonly WebhookEvent[] = []): KindInfo => ({
  audience: 'provider',
  description,
  defaultDelivery: 'immediate',
  configurable: true,
  webhookEvents,
});
const staff = (audience: 'officer' | 'commissioner', description: string): KindInfo => ({
  audience,
  description,
  defaultDelivery: 'immediate',
  configurable: true,
  webhookEvents: [],
});

/** A message to one user about their own account (src/users): always sent, never in a digest. */
const account = (description: string): KindInfo => ({
  audience: 'user',
  description,
  defaultDelivery: 'immediate',
  configurable: false,
  webhookEvents: [],
});

export const KINDS = {
  'offer.created': provider('A new offer (urgent and hospital-discharge offers are always sent at once)', [
    'offer.created',
  ]),
  'offer.closing': provider("An offer's response window closing soon"),
  'offer.won': provider('A package awarded to you', ['offer.won', 'package.awarded']),
  'offer.lost': provider('A package awarded to another provider', ['offer.lost']),
  'offer.withdrawn': provider('An offer withdrawn (the package was cancelled)', ['offer.withdrawn']),
  'package.handback.accepted': provider('A hand-back acknowledged', ['package.handback.accepted']),
  'capacity.stale': provider('A capacity declaration going out of date', ['capacity.stale']),
  'package.unplaced': staff(
    'officer',
    'A package unplaced (urgent and hospital-discharge packages are always sent at once)',
  ),
  'package.escalated': staff('officer', 'A package waiting past the escalation threshold'),
  'care.not-started': staff('officer', 'Care that should have started and has not'),
  'package.review-due': staff('officer', 'A discharge to assess review falling due'),
  'package.hand-back.short-notice': staff('commissioner', 'A short-notice hand-back waiting for a decision'),
  'zone.below-minimum-primes': staff('commissioner', 'A zone below its minimum number of primes'),
  'provider.changed': staff('commissioner', "A provider's CQC rating or suspension changed"),
  'provider.cqc-downgraded': staff(
    'commissioner',
    'A provider downgraded by the CQC (from its published ratings)',
  ),
  'review.flag-raised': staff('commissioner', 'A promotion or demotion flag raised'),
  'provider-risk.red': staff('commissioner', "A provider's monthly risk rating turning red"),
  'coverage.weekly': staff('commissioner', 'The weekly coverage digest'),
  'webhook.disabled': {
    audience: 'provider-users',
    description: 'A webhook endpoint disabled after failing for a day',
    defaultDelivery: 'immediate',
    configurable: false,
    webhookEvents: [],
  },
  'admission.round-opened': provider('An admission round opened that you may apply to'),
  'admission.application-received': staff('commissioner', 'An application to an admission round received'),
  'admission.decision': {
    audience: 'provider-users',
    description: 'A decision on your application to the framework, or your new role going live',
    defaultDelivery: 'immediate',
    configurable: false,
    webhookEvents: [],
  },
  'account.invitation': account('An invitation to set a password and sign in'),
  'account.password-reset': account('A link to choose a new password'),
} as const satisfies Record<string, KindInfo>;

export type MessageKind = keyof typeof KINDS | 'digest';

/** The kinds a user of this role may choose for (a provider user chooses for its organisation). */
export function kindsFor(role: Role): (keyof typeof KINDS)[] {
  const audience: Audience | undefined =
    role === 'provider' ? 'provider' : role === 'officer' || role === 'commissioner' ? role : undefined;
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).filter(
    (kind) => KINDS[kind].audience === audience && KINDS[kind].configurable,
  );
}

/** Urgent and hospital-discharge work cannot wait for a digest (issue 17: "always immediate"). */
export function isUrgent(urgency: string): boolean {
  return urgency === 'urgent' || urgency === 'hospital-discharge';
}
