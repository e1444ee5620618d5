import { z } from 'zod';

/**
 * The notification settings (docs/notifications.md "Configuration"), parsed with the rest of the
 * configuration by src/config.ts. Email goes through GOV.UK Notify when NOTIFY_API_KEY is set, through
 * SMTP when SMTP_URL is set, and otherwise stays in the outbox for the local viewer (/admin/outbox).
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KIND_TEMPLATES = new RegExp(`^([a-z.-]+=${UUID})(,[a-z.-]+=${UUID})*$`);

export const notificationEnv = {
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .default('http://localhost:3000'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).max(320).default('Home Care for Leicestershire <no-reply@hcfl.localhost>'),
  // {key name}-{service id}-{secret}: the service id and secret are the last two UUIDs.
  NOTIFY_API_KEY: z
    .string()
    .regex(new RegExp(`-${UUID}-${UUID}$`), 'must be a GOV.UK Notify API key')
    .optional(),
  NOTIFY_BASE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  NOTIFY_TEMPLATE_ID: z
    .string()
    .regex(new RegExp(`^${UUID}$`), 'must be a template id (a UUID)')
    .optional(),
  NOTIFY_TEMPLATES: z.string().regex(KIND_TEMPLATES, 'kind=template-id pairs, comma-separated').optional(),
  OUTBOX_RETRY_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  OUTBOX_CLAIM_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  OUTBOX_SCHEDULE: z.string().default('* * * * *'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5_000),
  WEBHOOK_MAX_RESPONSE_BYTES: z.coerce.number().int().min(0).max(1_048_576).default(65_536),
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  OFFER_CLOSING_WARNING_FRACTION: z.coerce.number().gt(0).lt(1).default(0.75),
  NOTIFICATION_DIGEST_SCHEDULE: z.string().default('0 7 * * *'),
  NOTIFICATION_CHECKS_SCHEDULE: z.string().default('0 8 * * *'),
  COVERAGE_DIGEST_SCHEDULE: z.string().default('0 7 * * 1'),
  // Deliver right after the commit that wrote messages (default on, except in the test suite, whose
  // cases run the worker themselves with a chosen clock).
  OUTBOX_DELIVER_AFTER_COMMIT: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .optional(),
};

type NotificationEnv = z.output<z.ZodObject<typeof notificationEnv>>;

export type EmailTransportConfig =
  | {
      kind: 'notify';
      apiKey: string;
      baseUrl?: string;
      templateId: string;
      templates: Record<string, string>;
    }
  | { kind: 'smtp'; url: string; from: string }
  | { kind: 'none' };

export interface NotificationsConfig {
  /** Links in messages point here (sign-in, offers, packages). */
  publicBaseUrl: string;
  email: EmailTransportConfig;
  /** A message not delivered within this many hours of being written becomes a dead letter. */
  retryHours: number;
  /** How long a claimed message is held by one worker before another may take it (a crash's lease). */
  claimSeconds: number;
  schedule: string;
  deliverAfterCommit: boolean;
  webhook: { timeoutMs: number; maxResponseBytes: number; disableAfterHours: number };
  /** Providers are reminded of an unanswered offer when this fraction of its window has passed. */
  closingWarningFraction: number;
  digestSchedule: string;
  checksSchedule: string;
  coverageDigestSchedule: string;
}

/** Settings that cannot work together, listed with the other configuration problems. */
export function notificationProblems(env: NotificationEnv): string[] {
  const problems: string[] = [];
  if (env.NOTIFY_API_KEY && !env.NOTIFY_TEMPLATE_ID)
    problems.push('NOTIFY_TEMPLATE_ID: required when NOTIFY_API_KEY is set');
  if (env.NOTIFY_API_KEY && env.SMTP_URL) problems.push('SMTP_URL: set NOTIFY_API_KEY or SMTP_URL, not both');
  return problems;
}

export function notificationsConfig(env: NotificationEnv, nodeEnv: string): NotificationsConfig {
  return {
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    email: emailTransport(env),
    retryHours: env.OUTBOX_RETRY_HOURS,
    claimSeconds: env.OUTBOX_CLAIM_SECONDS,
    schedule: env.OUTBOX_SCHEDULE,
    deliverAfterCommit: env.OUTBOX_DELIVER_AFTER_COMMIT ?? nodeEnv !== 'test',
    webhook: {
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      maxResponseBytes: env.WEBHOOK_MAX_RESPONSE_BYTES,
      disableAfterHours: env.WEBHOOK_DISABLE_AFTER_HOURS,
    },
    closingWarningFraction: env.OFFER_CLOSING_WARNING_FRACTION,
    digestSchedule: env.NOTIFICATION_DIGEST_SCHEDULE,
    checksSchedule: env.NOTIFICATION_CHECKS_SCHEDULE,
    coverageDigestSchedule: env.COVERAGE_DIGEST_SCHEDULE,
  };
}

function emailTransport(env: NotificationEnv): EmailTransportConfig {
  if (env.NOTIFY_API_KEY && env.NOTIFY_TEMPLATE_ID) {
    return {
      kind: 'notify',
      apiKey: env.NOTIFY_API_KEY,
      ...(env.NOTIFY_BASE_URL ? { baseUrl: env.NOTIFY_BASE_URL.replace(/\/+$/, '') } : {}),
      templateId: env.NOTIFY_TEMPLATE_ID,
      templates: Object.fromEntries(
        (env.NOTIFY_TEMPLATES ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string]),
      ),
    };
  }
  if (env.SMTP_URL) return { kind: 'smtp', url: env.SMTP_URL, from: env.MAIL_FROM };
  return { kind: 'none' };
}
