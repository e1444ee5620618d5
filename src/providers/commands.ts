import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import { londonDate } from '../calendar/dates';
import type { Db } from '../db/connect';
import { affectedRows, isUniqueViolation } from '../db/dialect';
import { Conflict, NotFound, Unprocessable } from '../errors';
import { notifyBelowMinimumPrimes, notifyProviderChanged } from '../notifications/provider-events';
import type { Services } from '../services';
import { registerAdmission, registerBeforeEdit, registerEdit } from './cqc/provider-record';
import { warningsFor } from './coverage';
import type { Provider, ZoneRole } from './model';
import { cqcRatingsRefusal, zoneRoleRefusal, type CoverageWarning } from './policy';
import { findProvider, findRole, providerColumns, type AgeBasis } from './queries';
import type { NewProviderSchema, ProviderPatchSchema } from './schemas';

type Trx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The database, and the zones' facts (names, minimums) the rules and warnings read through it. */
type ZoneReads = Pick<Services, 'db' | 'zoneFacts'>;

/**
 * The framework's commands take the brokerage's command context (who acts, when, under which rules,
 * with the zones' facts); the capacity figures they return are aged at its instant, against the
 * rules' staleness threshold.
 */
const ageBasisOf = ({ now, config }: CommandContext): AgeBasis => ({
  now,
  staleDays: config.capacityStaleDays,
});

const providerNotFound = (id: number) => new NotFound('provider-not-found', `No provider ${id}.`);

/** The provider as the audit trail keeps it: its own fields, not its zones (those have their own events). */
const snapshot = ({ zones: _zones, ...fields }: Provider) => fields;

/** A unique-constraint race the checks could not see is a conflict, not a server error. */
async function conflictOnDuplicate<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict('duplicate', message);
    throw err;
  }
}

async function refuseDuplicateIdentity(
  trx: Trx,
  fields: { name?: string; cqcLocationId?: string },
  exceptId?: number,
) {
  for (const [column, value, label] of [
    ['name', fields.name, 'name'],
    ['cqc_location_id', fields.cqcLocationId, 'CQC location id'],
  ] as const) {
    if (value === undefined) continue;
    const other = await trx('providers')
      .where(column, value)
      .modify((q) => {
        if (exceptId !== undefined) q.whereNot('id', exceptId);
      })
      .first('id');
    if (other) {
      throw new Conflict('provider-exists', `Provider ${other.id} already has the ${label} "${value}".`, {
        providerId: Number(other.id),
      });
    }
  }
}

/**
 * Admits a provider to the open framework (docs/specification/providers-and-framework.md §4.9,
 * HC20 ¶45), audited.
 */
export async function admitProvider(
  ctx: CommandContext,
  input: z.output<typeof NewProviderSchema>,
): Promise<Provider> {
  const { db, actor } = ctx;
  const basis = ageBasisOf(ctx);
  const refusal = cqcRatingsRefusal({
    overall: input.cqcOverall,
    safe: input.cqcSafe,
    wellLed: input.cqcWellLed,
  });
  if (refusal) throw new Unprocessable(refusal.code, refusal.message);
  const work = db.transaction(async (trx) => {
    await refuseDuplicateIdentity(trx, input);
    const [row] = await trx('providers')
      .insert({
        ...providerColumns({ ...input, admittedOn: input.admittedOn ?? londonDate(basis.now) }),
        created_at: basis.now,
        updated_at: basis.now,
        version: 1,
      })
      .returning('id');
    const id = Number((row as { id: number }).id);
    await registerAdmission({ db: trx, actor, now: basis.now }, id);
    const provider = (await findProvider(trx, id, basis))!;
    await recordAudit(trx, actor, basis.now, {
      action: 'provider.admit',
      entityType: 'provider',
      entityId: id,
      after: snapshot(provider),
    });
    return provider;
  });
  return conflictOnDuplicate(work, 'Another provider already has this name or CQC location id.');
}

/**
 * Changes a provider's status, ratings, CHC approval…, if `version` is still the current one
 * (optimistic check: a stale version is a 409, so two admins never silently overwrite each other).
 * A status change returns the coverage warnings it leaves in the provider's zones.
 */
export async function updateProvider(
  ctx: CommandContext,
  id: number,
  patch: z.output<typeof ProviderPatchSchema>,
): Promise<{ provider: Provider; warnings: CoverageWarning[] }> {
  const { db, actor, zoneFacts } = ctx;
  const basis = ageBasisOf(ctx);
  const { version, reason, ...fields } = patch;
  const work = db.transaction(async (trx) => {
    const current = await findProvider(trx, id, basis);
    if (!current) throw providerNotFound(id);
    const stale = () =>
      new Conflict(
        'stale-version',
        `Provider ${id} has changed since version ${version} was read (it is now version ${current.version}); read it again and reapply the change.`,
        { currentVersion: current.version },
      );
    if (version !== current.version) throw stale();
    const refusal = cqcRatingsRefusal({
      overall: fields.cqcOverall ?? current.cqcOverall,
      safe: fields.cqcSafe ?? current.cqcSafe,
      wellLed: fields.cqcWellLed ?? current.cqcWellLed,
    });
    if (refusal) throw new Unprocessable(refusal.code, refusal.message);
    await refuseDuplicateIdentity(trx, fields, id);
    const register = { db: trx, actor, now: basis.now };
    await registerBeforeEdit(register, id);
    const updated = await trx('providers')
      .where({ id, version })
      .update({ ...providerColumns(fields), version: version + 1, updated_at: basis.now });
    if (affectedRows(updated) === 0) throw stale();
    await registerEdit(register, { providerId: id, before: current, patch: fields });
    const provider = (await findProvider(trx, id, basis))!;
    await recordAudit(trx, actor, basis.now, {
      action: 'provider.update',
      entityType: 'provider',
      entityId: id,
      before: snapshot(current),
      after: { ...snapshot(provider), ...(reason ? { reason } : {}) },
    });
    const statusChanged = provider.status !== current.status;
    const warnings = statusChanged
      ? await warningsFor(
          { db: trx, zoneFacts },
          basis,
          provider.zones.map((z) => z.zoneId),
        )
      : [];
    await notifyProviderChanged(trx, { providerId: id, before: current, after: provider }, basis.now);
    if (current.status === 'active' && provider.status !== 'active') {
      const primeIn = new Set(provider.zones.filter((z) => z.role === 'prime').map((z) => z.zoneId));
      const cause = `${provider.name} is now ${provider.status}`;
      const lost = warnings.filter((w) => primeIn.has(w.zoneId));
      await notifyBelowMinimumPrimes(trx, { warnings: lost, cause }, basis.now);
    }
    return { provider, warnings };
  });
  return conflictOnDuplicate(work, 'Another provider already has this name or CQC location id.');
}

export interface ZoneRoleResult {
  providerId: number;
  zoneId: string;
  role: ZoneRole | null;
  previousRole: ZoneRole | null;
  changed: boolean;
  warnings: CoverageWarning[];
}

async function loadProviderAndZone(
  { db: trx, zoneFacts }: ZoneReads,
  { providerId, zoneId }: { providerId: number; zoneId: string },
) {
  const provider = await trx('providers').where({ id: providerId }).first('id', 'name', 'status');
  if (!provider) throw providerNotFound(providerId);
  const zone = await zoneFacts.of(trx, zoneId);
  if (!zone) throw new NotFound('zone-not-found', `No zone "${zoneId}".`);
  return { provider: provider as { id: number; name: string; status: string }, zone };
}

/**
 * Makes the provider prime or supplementary in a zone
 * (docs/specification/providers-and-framework.md §4.4: a provider may be prime in one zone and
 * supplementary in another). Audited with who, when and the reason given. Setting the role it
 * already holds changes nothing and writes no audit event.
 */
export async function setZoneRole(
  ctx: CommandContext,
  target: { providerId: number; zoneId: string },
  input: { role: ZoneRole; reason: string },
): Promise<ZoneRoleResult> {
  const { db, actor, zoneFacts } = ctx;
  const basis = ageBasisOf(ctx);
  const work = db.transaction(async (trx) => {
    const { provider, zone } = await loadProviderAndZone({ db: trx, zoneFacts }, target);
    const refusal = zoneRoleRefusal(zone, input.role);
    if (refusal) throw new Unprocessable(refusal.code, refusal.message, { zoneId: zone.id });
    if (provider.status === 'exited') {
      throw new Unprocessable(
        'provider-exited',
        `${provider.name} has exited the framework and can hold no zone role.`,
      );
    }
    const existing = await findRole(trx, target.providerId, target.zoneId);
    const previousRole = existing?.role ?? null;
    const changed = previousRole !== input.role;
    if (changed) {
      const key = { provider_id: target.providerId, zone_id: target.zoneId };
      if (existing)
        await trx('provider_zone_roles').where(key).update({ role: input.role, since: basis.now });
      else await trx('provider_zone_roles').insert({ ...key, role: input.role, since: basis.now });
      await recordAudit(trx, actor, basis.now, {
        action: 'provider.zone-role.set',
        entityType: 'provider',
        entityId: target.providerId,
        before: existing ? { zoneId: target.zoneId, role: existing.role } : null,
        after: { zoneId: target.zoneId, role: input.role, reason: input.reason },
      });
    }
    const warnings = await warningsFor({ db: trx, zoneFacts }, basis, [target.zoneId]);
    if (previousRole === 'prime' && input.role !== 'prime') {
      const cause = `${provider.name} is no longer prime in ${zone.name}`;
      await notifyBelowMinimumPrimes(trx, { warnings, cause }, basis.now);
    }
    return { ...target, role: input.role, previousRole, changed, warnings };
  });
  return conflictOnDuplicate(work, 'The role was changed by someone else at the same time; read it again.');
}

/**
 * Takes the provider out of a zone. Allowed even when it leaves the zone below its minimum primes
 * or providers: the response carries the coverage warning instead
 * (docs/specification/providers-and-framework.md §4.5).
 */
export async function removeZoneRole(
  ctx: CommandContext,
  target: { providerId: number; zoneId: string },
  reason: string,
): Promise<ZoneRoleResult> {
  const { db, actor, zoneFacts } = ctx;
  const basis = ageBasisOf(ctx);
  return db.transaction(async (trx) => {
    const { provider, zone } = await loadProviderAndZone({ db: trx, zoneFacts }, target);
    const existing = await findRole(trx, target.providerId, target.zoneId);
    if (!existing) {
      throw new NotFound(
        'zone-role-not-found',
        `Provider ${target.providerId} holds no role in ${target.zoneId}.`,
      );
    }
    await trx('provider_zone_roles')
      .where({ provider_id: target.providerId, zone_id: target.zoneId })
      .delete();
    await recordAudit(trx, actor, basis.now, {
      action: 'provider.zone-role.remove',
      entityType: 'provider',
      entityId: target.providerId,
      before: { zoneId: target.zoneId, role: existing.role },
      after: { zoneId: target.zoneId, role: null, reason },
    });
    const warnings = await warningsFor({ db: trx, zoneFacts }, basis, [target.zoneId]);
    if (existing.role === 'prime') {
      const cause = `${provider.name} was taken out of ${zone.name}`;
      await notifyBelowMinimumPrimes(trx, { warnings, cause }, basis.now);
    }
    return { ...target, role: null, previousRole: existing.role, changed: true, warnings };
  });
}
