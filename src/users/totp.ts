import { generateSecret, generateURI, verify } from 'otplib';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/connect';
import type { CommandContext } from '../performance/command';

/** What an authenticator app needs: the secret as text, and the otpauth URI that carries it. */
export interface TotpEnrolment {
  secret: string;
  uri: string;
}

const ISSUER = 'Home Care for Leicestershire';
const PERIOD_SECONDS = 30;

/** A new secret for the user to add to an authenticator app; kept in their session until confirmed. */
export function newEnrolment(label: string): TotpEnrolment {
  const secret = generateSecret();
  return { secret, uri: generateURI({ issuer: ISSUER, label, secret }) };
}

/**
 * The time step a code matches (one step either side, for clocks a little apart), or undefined.
 * A step at or before `afterStep` is refused: each code signs in once.
 */
async function matchingStep(
  secret: string,
  code: string,
  at: { now: number; afterStep: number | null },
): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.now / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(at.afterStep !== null ? { afterTimeStep: at.afterStep } : {}),
  });
  if (!result.valid) return undefined;
  return Math.floor(at.now / 1000 / PERIOD_SECONDS) + result.delta;
}

/** Turns the second factor on once the user shows a code from the new secret; audited. */
export async function confirmEnrolment(
  { db, actor, now }: CommandContext,
  input: { userId: number; secret: string; code: string },
): Promise<boolean> {
  const step = await matchingStep(input.secret, input.code, { now, afterStep: null });
  if (step === undefined) return false;
  await db.transaction(async (trx) => {
    await trx('users')
      .where({ id: input.userId })
      .update({ totp_secret: input.secret, totp_enabled_at: now, totp_last_step: step });
    await recordAudit(trx, actor, now, {
      action: 'user.totp.enable',
      entityType: 'user',
      entityId: input.userId,
    });
  });
  return true;
}

/** Checks a sign-in code against the user's secret, and uses its time step up. */
export async function checkSignInCode(
  db: Db,
  input: { userId: number; code: string; now: number },
): Promise<boolean> {
  const row = (await db('users').where({ id: input.userId }).first('totp_secret', 'totp_last_step')) as
    { totp_secret: string | null; totp_last_step: number | null } | undefined;
  if (!row?.totp_secret) return false;
  const afterStep = row.totp_last_step === null ? null : Number(row.totp_last_step);
  const step = await matchingStep(row.totp_secret, input.code.replace(/\s/g, ''), {
    now: input.now,
    afterStep,
  });
  if (step === undefined) return false;
  // Conditional, so that two requests with the same code cannot both pass.
  const updated = await db('users')
    .where({ id: input.userId })
    .where((q) => q.whereNull('totp_last_step').orWhere('totp_last_step', '<', step))
    .update({ totp_last_step: step });
  return updated === 1;
}
