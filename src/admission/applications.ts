/**
 * Applying to an admission round, and the commissioners' decision on it
 * (docs/specification/providers-and-framework.md §4.15). An accepted application is the provider's
 * **mobilising** role: it stays out of provider_zone_roles, so allocation never offers to it and
 * coverage never counts it, until the provider goes active after its checks (./readiness.ts).
 */
import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import { londonDate } from '../calendar/dates';
import { toBool } from '../db/dialect';
import { NotFound, Unprocessable } from '../errors';
import { notify } from '../notifications/notify';
import type { ProviderStatus, ZoneRole } from '../providers/model';
import { findRole } from '../providers/queries';
import type { Application } from './model';
import { applicationRefusal, decisionRefusal } from './policy';
import { findApplication, findRound } from './queries';
import type { DecisionSchema, NewApplicationSchema } from './schemas';

type Trx = Parameters<Parameters<CommandContext['db']['transaction']>[0]>[0];

/** What an application asks for, in words: "supplementary in Melton", "CHC approval". */
export function applicationWhat(a: Pick<Application, 'role' | 'zoneName' | 'zoneId'>): string {
  return a.role === 'chc-approval' ? 'CHC approval' : `${a.role} in ${a.zoneName ?? a.zoneId}`;
}

async function pendingApplication(
  trx: Trx,
  providerId: number,
  input: { role: string; zoneId: string | null },
) {
  return trx('admission_applications')
    .where({ provider_id: providerId, role: input.role })
    .whereIn('status', ['submitted', 'accepted'])
    .modify((q) => {
      if (input.zoneId === null) q.whereNull('zone_id');
      else q.where('zone_id', input.zoneId);
    })
    .first('id');
}

/** A provider applies for itself; the round must invite what it asks for. Audited; commissioners told. */
export async function submitApplication(
  ctx: CommandContext,
  providerId: number,
  input: z.output<typeof NewApplicationSchema>,
): Promise<Application> {
  const { db, actor, now, zoneFacts } = ctx;
  const today = londonDate(now);
  const zoneId = input.role === 'chc-approval' ? null : input.zoneId;
  return db.transaction(async (trx) => {
    const round = await findRound(trx, input.roundId, today);
    if (!round) throw new NotFound('round-not-found', `No admission round ${input.roundId}.`);
    const provider = (await trx('providers')
      .where({ id: providerId })
      .first('status', 'chc_approved', 'name')) as
      { status: ProviderStatus; chc_approved: unknown; name: string } | undefined;
    if (!provider) throw new NotFound('provider-not-found', `No provider ${providerId}.`);
    const zone = zoneId === null ? null : ((await zoneFacts.of(trx, zoneId)) ?? null);
    if (zoneId !== null && !zone)
      throw new Unprocessable('zone-not-found', `No zone "${zoneId}".`, { zoneId });
    const held = zoneId === null ? undefined : await findRole(trx, providerId, zoneId);
    const refusal = applicationRefusal({
      round,
      today,
      provider: { status: provider.status, chcApproved: toBool(provider.chc_approved) },
      role: input.role,
      zone,
      heldRole: (held?.role as ZoneRole | undefined) ?? null,
      pending: Boolean(await pendingApplication(trx, providerId, { role: input.role, zoneId })),
    });
    if (refusal) throw new Unprocessable(refusal.code, refusal.message);
    const [row] = await trx('admission_applications')
      .insert({
        round_id: round.id,
        provider_id: providerId,
        zone_id: zoneId,
        role: input.role,
        statement: input.statement,
        status: 'submitted',
        submitted_by: actor.userId,
        submitted_at: now,
      })
      .returning('id');
    const application = (await findApplication(trx, Number((row as { id: number }).id)))!;
    await recordAudit(trx, actor, now, {
      action: 'admission.application.submit',
      entityType: 'admission-application',
      entityId: application.id,
      after: application,
    });
    const named = { id: providerId, name: provider.name };
    const what = applicationWhat(application);
    await notify(
      trx,
      { type: 'admission.application-received', applicationId: application.id, provider: named, what },
      now,
    );
    return application;
  });
}

/**
 * A commissioner scores and decides an application, with a comment: accepted at or above the round's
 * quality threshold, it becomes mobilising; a new organisation (status applicant) is admitted as
 * mobilising, its score its tender score (docs/specification/allocation.md §5.6). Audited; the
 * applicant's users told.
 */
export async function decideApplication(
  ctx: CommandContext,
  id: number,
  input: z.output<typeof DecisionSchema>,
): Promise<Application> {
  const { db, actor, now } = ctx;
  return db.transaction(async (trx) => {
    const before = await findApplication(trx, id);
    if (!before) throw new NotFound('application-not-found', `No application ${id}.`);
    const round = (await findRound(trx, before.roundId, londonDate(now)))!;
    const refusal = decisionRefusal({ ...input, status: before.status, threshold: round.qualityThreshold });
    if (refusal) throw new Unprocessable(refusal.code, refusal.message);
    const accepted = input.decision === 'accept';
    await trx('admission_applications')
      .where({ id, status: 'submitted' })
      .update({
        status: accepted ? 'accepted' : 'rejected',
        score: input.score,
        decision_comment: input.comment,
        decided_by: actor.userId,
        decided_at: now,
      });
    if (accepted) await admitApplicant(trx, { ...ctx, providerId: before.providerId, score: input.score });
    const after = (await findApplication(trx, id))!;
    await recordAudit(trx, actor, now, {
      action: 'admission.application.decide',
      entityType: 'admission-application',
      entityId: id,
      before,
      after,
    });
    const outcome = accepted ? 'accepted' : 'rejected';
    const message = {
      applicationId: id,
      providerId: before.providerId,
      outcome,
      what: applicationWhat(after),
    } as const;
    await notify(trx, { type: 'admission.decided', ...message, comment: input.comment }, now);
    return after;
  });
}

/** An applicant organisation accepted for the first time is admitted: mobilising, with its score. */
async function admitApplicant(
  trx: Trx,
  {
    actor,
    now,
    providerId,
    score,
  }: Pick<CommandContext, 'actor' | 'now'> & { providerId: number; score: number },
) {
  const provider = await trx('providers')
    .where({ id: providerId })
    .first('status', 'version', 'tender_score');
  if (provider?.status !== 'applicant') return;
  const version = Number(provider.version) + 1;
  const change = { status: 'mobilising', tender_score: score, admitted_on: londonDate(now) };
  await trx('providers')
    .where({ id: providerId })
    .update({ ...change, updated_at: now, version });
  await recordAudit(trx, actor, now, {
    action: 'provider.update',
    entityType: 'provider',
    entityId: providerId,
    before: { status: 'applicant', tenderScore: Number(provider.tender_score) },
    after: { status: 'mobilising', tenderScore: score, admittedOn: change.admitted_on, version },
  });
}
