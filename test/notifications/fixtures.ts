import { onTestFinished } from 'vitest';
import { insertUser } from '../../src/auth/queries';
import type { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/connect';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { createTestContext, type TestContext } from '../helpers/context';
import { intakeAs, seedReference } from '../helpers/brokerage';

/** The notification settings as the environment would give them (test defaults plus `env`). */
export function notificationsFrom(env: Record<string, string>) {
  return loadConfig({ NODE_ENV: 'test', ...env }).notifications;
}

export interface NotificationCase {
  ctx: TestContext;
  db: Db;
  officer: string;
  intake(overrides?: Record<string, unknown>): ReturnType<typeof intakeAs>;
}

/** A fresh database with the reference data, an officer's token, and notifications configured by `env`. */
export async function notificationCase(env: Record<string, string> = {}): Promise<NotificationCase> {
  const ctx = await createTestContext({ config: { notifications: notificationsFrom(env) } });
  onTestFinished(async () => {
    await ctx.services.outbox.stop();
    await ctx.destroy();
  });
  await seedReference(ctx);
  const officer = await ctx.tokenFor('officer');
  return { ctx, db: ctx.services.db, officer, intake: (overrides = {}) => intakeAs(ctx, officer, overrides) };
}

let sequence = 0;

/** An offer contact address of a provider (written directly: test set-up, not the action under test). */
export async function contactOf(db: Db, providerId: number, email?: string): Promise<string> {
  sequence += 1;
  const address = email ?? `offers-${providerId}-${sequence}@provider.example`;
  await db('provider_contacts').insert({ provider_id: providerId, email: address, created_at: 0 });
  return address;
}

/** A user with an email, who receives the messages of its role. */
export async function staffWithEmail(db: Db, role: Role, providerId: number | null = null) {
  sequence += 1;
  const email = `${role}-${sequence}@council.example`;
  const user = await insertUser(db, { name: `${role} ${sequence}`, role, providerId, email }, 0);
  return { id: user.id, email };
}

export interface OutboxRow {
  id: number;
  channel: string;
  recipient: string;
  kind: string;
  status: string;
  provider_id: number | null;
  user_id: number | null;
  endpoint_id: number | null;
  subject_id: number | null;
  payload_json: string;
  idempotency_key: string;
  attempts: number;
}

/**
 * The messages in the outbox, once the events written so far are fanned out to their recipients (as
 * the delivery worker does first on each run), so that a case sees every message its events cause.
 */
export async function outboxRows(db: Db, where: Partial<OutboxRow> = {}): Promise<OutboxRow[]> {
  await fanOutDue(db, Date.now());
  return db('outbox_messages').where(where).orderBy('id');
}
