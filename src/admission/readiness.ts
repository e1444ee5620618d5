/**
 * Post-award checks and going live (docs/specification/providers-and-framework.md §4.16; HC21 ¶15,
 * ¶23, ¶26): the configurable check items, each check recorded with its evidence reference, who
 * checked and when, and the explicit step that makes a provider's mobilising roles active once every
 * required item has passed.
 */
import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import { Conflict, NotFound, Unprocessable } from '../errors';
import { notify } from '../notifications/notify';
import type { ProviderStatus } from '../providers/model';
import { applicationWhat } from './applications';
import type { Application, CheckItem, ReadinessItem } from './model';
import { outstandingItems } from './policy';
import { checkItems, listApplications, readinessItems } from './queries';
import type { CheckRecordSchema, NewCheckItemSchema } from './schemas';

type Db = CommandContext['db'];

export interface Readiness {
  providerId: number;
  providerName: string;
  providerStatus: ProviderStatus;
  items: ReadinessItem[];
  outstanding: string[];
  mobilising: Application[];
  ready: boolean;
}

async function providerRow(db: Db, id: number) {
  const row = (await db('providers').where({ id }).first('id', 'name', 'status', 'version')) as
    { id: number; name: string; status: ProviderStatus; version: number } | undefined;
  if (!row) throw new NotFound('provider-not-found', `No provider ${id}.`);
  return row;
}

/** The provider's checklist, what is still outstanding and the roles waiting to go live. */
export async function providerReadiness(db: Db, providerId: number): Promise<Readiness> {
  const provider = await providerRow(db, providerId);
  const items = await readinessItems(db, providerId);
  const mobilising = await listApplications(db, { providerId, status: 'accepted' });
  const outstanding = outstandingItems(items);
  return {
    providerId,
    providerName: provider.name,
    providerStatus: provider.status,
    items,
    outstanding,
    mobilising,
    ready: mobilising.length > 0 && outstanding.length === 0,
  };
}

/** Adds a check item (commissioners and admins), after the existing ones; audited. */
export async function addCheckItem(
  { db, actor, now }: CommandContext,
  input: z.output<typeof NewCheckItemSchema>,
): Promise<CheckItem> {
  return db.transaction(async (trx) => {
    if (await trx('readiness_check_items').where({ key: input.key }).first('key')) {
      throw new Conflict('check-item-exists', `There is already a check item "${input.key}".`);
    }
    const last = await trx('readiness_check_items').max({ position: 'position' }).first();
    await trx('readiness_check_items').insert({
      key: input.key,
      grp: input.group,
      label: input.label,
      required: input.required,
      position: Number(last?.position ?? 0) + 10,
      created_by: actor.userId,
      created_at: now,
    });
    const item = (await checkItems(trx)).find((i) => i.key === input.key)!;
    await recordAudit(trx, actor, now, {
      action: 'readiness.item.add',
      entityType: 'readiness-check-item',
      entityId: input.key,
      after: item,
    });
    return item;
  });
}

/** Records one check of one item for a provider (a new record: history kept); audited. */
export async function recordCheck(
  { db, actor, now }: CommandContext,
  target: { providerId: number; itemKey: string },
  input: z.output<typeof CheckRecordSchema>,
): Promise<Readiness> {
  return db.transaction(async (trx) => {
    await providerRow(trx, target.providerId);
    if (!(await trx('readiness_check_items').where({ key: target.itemKey }).first('key'))) {
      throw new NotFound('check-item-not-found', `No check item "${target.itemKey}".`);
    }
    const check = {
      provider_id: target.providerId,
      item_key: target.itemKey,
      outcome: input.outcome,
      evidence: input.evidence,
      checked_by: actor.userId,
      checked_at: now,
    };
    await trx('readiness_checks').insert(check);
    await recordAudit(trx, actor, now, {
      action: 'readiness.check.record',
      entityType: 'provider',
      entityId: target.providerId,
      after: { itemKey: target.itemKey, outcome: input.outcome, evidence: input.evidence },
    });
    return providerReadiness(trx, target.providerId);
  });
}

/**
 * Makes the provider's mobilising roles active: each accepted zone role is written to its zone
 * roles (a supplementary accepted as prime is promoted), CHC approval is granted, and a mobilising
 * provider becomes active — refused while a required item has not passed. An explicit step, so that
 * a commissioner decides when a provider goes live (HC21 ¶26: readiness). Audited; the provider told.
 */
export async function activateProvider(ctx: CommandContext, providerId: number): Promise<Readiness> {
  const { db, actor, now } = ctx;
  return db.transaction(async (trx) => {
    const before = await providerReadiness(trx, providerId);
    if (before.mobilising.length === 0) {
      throw new Unprocessable(
        'nothing-mobilising',
        `${before.providerName} has no accepted application waiting to go live.`,
      );
    }
    if (before.outstanding.length > 0) {
      throw new Unprocessable(
        'checks-outstanding',
        `${before.providerName} cannot go active: ${before.outstanding.length} required check(s) have not passed.`,
        { outstanding: before.outstanding },
      );
    }
    for (const application of before.mobilising) await goLive(trx, application, now);
    if (before.providerStatus === 'mobilising') {
      const { version } = await providerRow(trx, providerId);
      await trx('providers')
        .where({ id: providerId })
        .update({ status: 'active', updated_at: now, version: Number(version) + 1 });
    }
    const after = await providerReadiness(trx, providerId);
    await recordAudit(trx, actor, now, {
      action: 'provider.activate',
      entityType: 'provider',
      entityId: providerId,
      before: { status: before.providerStatus },
      after: { status: after.providerStatus, activated: before.mobilising.map((a) => applicationWhat(a)) },
    });
    for (const a of before.mobilising) {
      const message = {
        applicationId: a.id,
        providerId,
        outcome: 'active',
        what: applicationWhat(a),
        comment: null,
      } as const;
      await notify(trx, { type: 'admission.decided', ...message }, now);
    }
    return after;
  });
}

async function goLive(trx: Db, application: Application, now: number): Promise<void> {
  await trx('admission_applications')
    .where({ id: application.id })
    .update({ status: 'active', activated_at: now });
  if (application.role === 'chc-approval') {
    await trx('providers').where({ id: application.providerId }).update({ chc_approved: true });
    return;
  }
  const key = { provider_id: application.providerId, zone_id: application.zoneId! };
  const held = await trx('provider_zone_roles').where(key).first('role');
  if (!held) await trx('provider_zone_roles').insert({ ...key, role: application.role, since: now });
  else if (held.role !== application.role && application.role === 'prime')
    await trx('provider_zone_roles').where(key).update({ role: 'prime', since: now });
}
