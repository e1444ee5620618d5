/**
 * The text of each kind of email, from the message's payload: a subject, plain-text lines, and the
 * same facts as Notify personalisation fields. Pure: the same message renders the same text on every
 * attempt and in the local viewer (/admin/outbox). Nothing here can name the person: payloads carry
 * only PackageFacts (src/notifications/payloads.ts).
 */
import { calendarDate, calendarMonth, dateTime, weeklyHours } from '../../web/format';
import { label, needsText } from '../../web/labels';
import type { PackageFacts } from '../payloads';
import { ADMISSION_RENDERERS } from './admission';

export interface RenderableMessage {
  kind: string;
  payload: Record<string, unknown>;
  subjectId: number | null;
  urgent: boolean;
}

export interface RenderedEmail {
  subject: string;
  /** Plain text, lines joined with newlines. */
  body: string;
  /** For a GOV.UK Notify template: every field a template may use, as text. */
  personalisation: Record<string, string>;
}

type Facts = PackageFacts & Record<string, unknown>;

/** A message written before payloads carried the funding stream shows the care type instead. */
const fundingOf = (f: Partial<PackageFacts>) => label(f.fundingStream ?? String(f.careType));

/** The facts of a package a provider decides on, one per line. */
function packageLines(f: PackageFacts): string[] {
  return [
    `Zone: ${f.zone.name}`,
    `Price band: ${label(f.band)}`,
    `Hours: ${weeklyHours(f.weeklyMinutes)} a week, ${f.visitsPerWeek} visits a week`,
    `Urgency: ${label(f.urgency)}`,
    `Funding: ${fundingOf(f)}`,
    `Needs: ${needsText(f.needs)}`,
    `Wanted start: ${calendarDate(f.wantedStart)}`,
  ];
}

function packageFields(f: PackageFacts): Record<string, string> {
  return {
    zone: f.zone.name,
    band: label(f.band),
    weekly_hours: weeklyHours(f.weeklyMinutes),
    visits_per_week: String(f.visitsPerWeek),
    urgency: label(f.urgency),
    funding_stream: fundingOf(f),
    // Derived from the funding stream; kept for Notify templates written before it.
    care_type: label(f.careType),
    needs: needsText(f.needs),
    wanted_start: calendarDate(f.wantedStart),
  };
}

interface Draft {
  subject: string;
  lines: string[];
  link: string;
  /** What the link is for, before it on the last line ("Sign in to see it" unless said). */
  action?: string;
  fields?: Record<string, string>;
}

type Renderer = (m: RenderableMessage, base: string) => Draft;

/** A CQC downgrade from the register (src/providers/cqc): what fell, and when it was published. */
function cqcDowngradedEmail(m: RenderableMessage, base: string): Draft {
  const p = m.payload as {
    provider: { id: number; name: string };
    downgrades: { keyQuestion: string; from: string | null; to: string; publishedOn: string }[];
  };
  return {
    subject: `${p.provider.name}: downgraded by the CQC`,
    lines: [
      ...p.downgrades.map(
        (d) =>
          `${label(d.keyQuestion)}: ${d.from === null ? 'no rating' : label(d.from)} → ${label(d.to)} (published ${calendarDate(d.publishedOn)})`,
      ),
      'A review flag is raised for each zone it works in.',
    ],
    link: `${base}/staff/performance/flags`,
  };
}

/** An offer's message to its provider: the heading, the package's lines and any `extra` lines. */
const offer = (m: RenderableMessage, base: string, heading: string, extra: string[] = []): Draft => {
  const p = m.payload as Facts;
  return {
    subject: `${heading}: ${p.zone.name}, ${weeklyHours(p.weeklyMinutes)} a week`,
    lines: [...packageLines(p), ...extra],
    link: `${base}/my/offers/${m.subjectId}`,
    fields: packageFields(p),
  };
};

const staffPackage = (p: Facts, base: string, heading: string, extra: string[] = []): Draft => ({
  subject: `${heading}: package ${p.packageId} in ${p.zone.name}`,
  lines: [`Package ${p.packageId}`, ...packageLines(p), ...extra],
  link: `${base}/staff/packages/${p.packageId}`,
  fields: packageFields(p),
});

const RENDERERS: Record<string, Renderer> = {
  'offer.created': (m, base) => {
    const p = m.payload as Facts;
    const prefix = m.urgent ? `Urgent offer (${label(p.urgency)})` : 'New offer';
    return offer(m, base, prefix, [`Answer by: ${dateTime(Number(p.windowEndsAt))}`]);
  },
  'offer.closing': (m, base) => {
    const p = m.payload as Facts;
    return offer(m, base, 'Offer closing soon', [`Answer by: ${dateTime(Number(p.windowEndsAt))}`]);
  },
  'offer.won': (m, base) => {
    const p = m.payload as Facts;
    return offer(m, base, 'Package awarded to you', [`Agreed start: ${calendarDate(String(p.agreedStart))}`]);
  },
  'offer.lost': (m, base) => offer(m, base, 'Package awarded to another provider'),
  'offer.withdrawn': (m, base) => offer(m, base, 'Offer withdrawn: the package was cancelled'),
  'package.handback.accepted': (m, base) => {
    const p = m.payload as Facts;
    return {
      subject: `Hand-back acknowledged: package ${p.packageId} in ${p.zone.name}`,
      lines: [`Package ${p.packageId}`, `Notice date: ${calendarDate(String(p.noticeDate))}`],
      link: `${base}/my/packages`,
    };
  },
  'capacity.stale': (m, base) => {
    const p = m.payload as { zone: { name: string }; declaredAt: number; staleDays: number };
    return {
      subject: `Your capacity in ${p.zone.name} is out of date`,
      lines: [
        `Your last declaration for ${p.zone.name} was made on ${dateTime(p.declaredAt)}.`,
        `Declarations older than ${p.staleDays} days are out of date: please declare your capacity again.`,
      ],
      link: `${base}/my/capacity`,
    };
  },
  'package.unplaced': (m, base) =>
    staffPackage(m.payload as Facts, base, m.urgent ? 'Urgent package unplaced' : 'Package unplaced'),
  'package.escalated': (m, base) => {
    const p = m.payload as Facts;
    return staffPackage(p, base, 'Package waiting too long', [
      `Waiting since: ${dateTime(Number(p.waitingSince))} (flagged after ${p.afterHours} hours)`,
    ]);
  },
  'care.not-started': (m, base) => {
    const p = m.payload as Facts & { provider: { name: string } };
    return staffPackage(p, base, 'Care not started', [
      `Awarded to: ${p.provider.name}`,
      `Agreed start: ${calendarDate(String(p.agreedStart))}; no start of care has been confirmed.`,
    ]);
  },
  'package.review-due': (m, base) => {
    const p = m.payload as Facts;
    return staffPackage(p, base, 'Discharge to assess review due', [
      `Review due: ${calendarDate(String(p.reviewDue))}; funded period ends ${calendarDate(String(p.fundedUntil))}.`,
    ]);
  },
  'package.hand-back.short-notice': (m, base) => {
    const p = m.payload as Facts & { provider: { name: string }; reason: string; fullNoticeDate: string };
    return staffPackage(p, base, 'Short-notice hand-back awaits your decision', [
      `Handed back by: ${p.provider.name}`,
      `Reason: ${label(p.reason)}`,
      `Notice date: ${calendarDate(String(p.noticeDate))}; full notice would run to ${calendarDate(p.fullNoticeDate)}.`,
      'Approve or refuse the short notice on the package page.',
    ]);
  },
  ...staffRenderers(),
  ...ADMISSION_RENDERERS,
};

function staffRenderers(): Record<string, Renderer> {
  return {
    'zone.below-minimum-primes': (m, base) => {
      const p = m.payload as { zone: { name: string }; required: number; actual: number; cause: string };
      return {
        subject: `${p.zone.name} is below its minimum primes`,
        lines: [
          `${p.zone.name} has ${p.actual} active primes; its minimum is ${p.required}.`,
          `Cause: ${p.cause}`,
        ],
        link: `${base}/staff/coverage`,
      };
    },
    'provider.changed': (m, base) => {
      const p = m.payload as {
        provider: { id: number; name: string };
        changes: Record<string, { from: unknown; to: unknown }>;
      };
      return {
        subject: `${p.provider.name}: CQC rating or status changed`,
        lines: Object.entries(p.changes).map(
          ([field, c]) => `${field}: ${label(String(c.from))} → ${label(String(c.to))}`,
        ),
        link: `${base}/staff/providers`,
      };
    },
    'provider.cqc-downgraded': cqcDowngradedEmail,
    'review.flag-raised': (m, base) => {
      const p = m.payload as {
        flagId: number;
        provider: { name: string };
        zone: { name: string };
        kind: string;
      };
      return {
        subject: `${label(p.kind)} flag raised: ${p.provider.name} in ${p.zone.name}`,
        lines: [`The review recommends a ${p.kind} of ${p.provider.name} in ${p.zone.name}.`],
        link: `${base}/staff/performance/flags/${p.flagId}`,
      };
    },
    'provider-risk.red': (m, base) => {
      const p = m.payload as { provider: { name: string }; month: string; reasons: string[] };
      return {
        subject: `${p.provider.name}: provider risk red for ${calendarMonth(p.month)}`,
        lines: [`Why: ${p.reasons.map((r) => label(r).toLowerCase()).join(', ')}.`],
        link: `${base}/staff/provider-risk?month=${p.month}`,
      };
    },
    'coverage.weekly': (m, base) => {
      const p = m.payload as { week: string; lines?: string[] };
      return {
        subject: `Weekly coverage: week of ${calendarDate(p.week)}`,
        lines: p.lines ?? [],
        link: `${base}/staff/coverage`,
      };
    },
    'webhook.disabled': (m, base) => {
      const p = m.payload as { url: string };
      return {
        subject: 'A webhook endpoint was disabled',
        lines: [
          `Deliveries to ${p.url} have failed for a day, so the endpoint was disabled.`,
          'Register it again when it is fixed.',
        ],
        link: `${base}/my/webhooks`,
      };
    },
    'account.invitation': (m, base) => accountLink(m, base, 'invitation'),
    'account.password-reset': (m, base) => accountLink(m, base, 'password-reset'),
    digest: (m, base) => {
      const p = m.payload as { items: { subject: string; link: string }[] };
      return {
        subject: `Your daily summary: ${p.items.length} message${p.items.length === 1 ? '' : 's'}`,
        lines: p.items.map((i) => `- ${i.subject} (${i.link})`),
        link: `${base}/sign-in`,
      };
    },
  };
}

/** An invitation or a password reset: the single-use link to the page that sets a password. */
function accountLink(m: RenderableMessage, base: string, purpose: 'invitation' | 'password-reset'): Draft {
  const p = m.payload as { token?: string; expiresAt: number };
  // Sent already: the token was dropped (src/notifications/secrets.ts), so no working link is shown.
  if (p.token === undefined) return withheldLink(base, purpose);
  const until = `The link works once, until ${dateTime(p.expiresAt)}.`;
  return purpose === 'invitation'
    ? {
        subject: 'You have been invited to the home care brokerage service',
        lines: ['An account has been made for you. Choose a password to sign in.', until],
        link: `${base}/account/password?token=${encodeURIComponent(p.token)}`,
        action: 'Choose your password',
      }
    : {
        subject: 'Choose a new password for the home care brokerage service',
        lines: [
          'Someone asked to reset the password of your account. If it was not you, ignore this email.',
          until,
        ],
        link: `${base}/account/password?token=${encodeURIComponent(p.token)}`,
        action: 'Choose a new password',
      };
}

function withheldLink(base: string, purpose: 'invitation' | 'password-reset'): Draft {
  return {
    subject:
      purpose === 'invitation' ? 'Your invitation (already sent)' : 'Your password reset (already sent)',
    lines: ['This email was sent; its single-use link is not kept. Ask for a new link if you need one.'],
    link: `${base}/sign-in/forgot`,
    action: 'Ask for a new link',
  };
}

export function renderEmail(message: RenderableMessage, baseUrl: string): RenderedEmail {
  const render = RENDERERS[message.kind];
  if (!render) throw new Error(`No email text for messages of kind ${message.kind}`);
  const draft = render(message, baseUrl);
  const body = [...draft.lines, '', `${draft.action ?? 'Sign in to see it'}: ${draft.link}`].join('\n');
  return {
    subject: draft.subject,
    body,
    personalisation: { subject: draft.subject, body, link: draft.link, ...draft.fields },
  };
}

/** The subject and link of a message, as a digest lists it. */
export function digestItem(message: RenderableMessage, baseUrl: string): { subject: string; link: string } {
  const rendered = renderEmail(message, baseUrl);
  return { subject: rendered.subject, link: rendered.personalisation.link ?? baseUrl };
}
