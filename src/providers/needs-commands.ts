import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import type { Queryable } from '../db/connect';
import { NotFound, Unprocessable } from '../errors';
import { SPECIALISMS, type Specialism } from '../packages/model';
import { providerNeedsFacts, specialistAppointments } from './needs-queries';
import type { NeedsDeclarationRecord } from './needs-queries';
import type { NeedsDeclarationBodySchema } from './needs-schemas';
import { findRole } from './queries';

const providerNotFound = (id: number) => new NotFound('provider-not-found', `No provider ${id}.`);
const iso = (ms: number) => new Date(ms).toISOString();

const view = (d: NeedsDeclarationRecord) => ({
  specialisms: d.specialisms,
  languages: d.languages,
  doubleUpPackages: d.doubleUpPackages,
  carerGenders: d.carerGenders,
  declaredAt: iso(d.declaredAt),
});

/** Each zone the provider holds a role in, with its latest needs declaration there (or none). */
export async function providerNeeds(db: Queryable, providerId: number) {
  const { zones, latest, history, appointments } = await providerNeedsFacts(db, providerId);
  return {
    providerId,
    zones: zones.map((m) => {
      const declaration = latest.find((d) => d.zoneId === m.zone_id);
      return {
        providerId,
        zoneId: m.zone_id,
        zoneName: m.zone_name,
        role: m.role,
        declaration: declaration ? view(declaration) : null,
      };
    }),
    specialistFor: appointments.map((a) => a.specialism),
    history: history.map((d) => ({ zoneId: d.zoneId, ...view(d) })),
  };
}

/**
 * Records what a provider can meet in one of its zones now (docs/specification/allocation.md §5.16),
 * like a capacity declaration: only for zones where it holds a role; audited with who declared it.
 */
export async function declareNeeds(
  ctx: CommandContext,
  providerId: number,
  input: z.output<typeof NeedsDeclarationBodySchema>,
) {
  const { db, actor, now, zoneFacts } = ctx;
  return db.transaction(async (trx) => {
    const provider = await trx('providers').where({ id: providerId }).first('id', 'name');
    if (!provider) throw providerNotFound(providerId);
    const zone = await zoneFacts.of(trx, input.zoneId);
    if (!zone) throw new Unprocessable('unknown-zone', `No zone "${input.zoneId}".`);
    if (!(await findRole(trx, providerId, input.zoneId))) {
      throw new Unprocessable(
        'no-role-in-zone',
        `${provider.name} holds no role in ${zone.name}; needs can be declared only for zones where the provider is prime or supplementary.`,
        { zoneId: zone.id },
      );
    }
    const { zoneId, specialisms, languages, doubleUpPackages, carerGenders } = input;
    await trx('provider_need_declarations').insert({
      provider_id: providerId,
      zone_id: zoneId,
      specialisms_json: JSON.stringify(specialisms),
      languages_json: JSON.stringify(languages),
      double_up_packages: doubleUpPackages,
      carer_genders_json: JSON.stringify(carerGenders),
      declared_at: now,
      declared_by: actor.userId,
    });
    await recordAudit(trx, actor, now, {
      action: 'provider.needs.declare',
      entityType: 'provider',
      entityId: providerId,
      after: { ...input, declaredAt: iso(now) },
    });
    const { zones } = await providerNeeds(trx, providerId);
    return zones.find((z) => z.zoneId === zoneId)!;
  });
}

export type SpecialistList = Awaited<ReturnType<typeof specialistList>>;

/** The countywide specialist list by specialism (HC20 ¶30), every specialism listed. */
export async function specialistList(db: Queryable) {
  const [appointments, statuses] = await Promise.all([
    specialistAppointments(db),
    db('providers').select('id', 'status') as Promise<{ id: number; status: string }[]>,
  ]);
  const statusOf = new Map(statuses.map((p) => [Number(p.id), p.status]));
  return {
    specialisms: SPECIALISMS.map((specialism) => ({
      specialism,
      providers: appointments
        .filter((a) => a.specialism === specialism)
        .map((a) => ({
          id: a.providerId,
          name: a.providerName,
          status: statusOf.get(a.providerId) ?? 'unknown',
          appointedAt: iso(a.appointedAt),
        })),
    })),
  };
}

/**
 * An admin appoints a provider to the countywide specialist list for a specialism, or removes it
 * (docs/specification/allocation.md §5.17; story BO9). Audited; doing what is already so changes nothing.
 */
export async function setSpecialist(
  ctx: CommandContext,
  change: { providerId: number; specialism: Specialism; appointed: boolean; reason?: string },
) {
  const { db, actor, now } = ctx;
  const { providerId, specialism, appointed } = change;
  return db.transaction(async (trx) => {
    if (!(await trx('providers').where({ id: providerId }).first('id'))) throw providerNotFound(providerId);
    const key = { provider_id: providerId, specialism };
    const was = Boolean(await trx('specialist_appointments').where(key).first('provider_id'));
    if (was !== appointed) {
      if (appointed) {
        await trx('specialist_appointments').insert({
          ...key,
          appointed_at: now,
          appointed_by: actor.userId,
        });
      } else {
        await trx('specialist_appointments').where(key).delete();
      }
      await recordAudit(trx, actor, now, {
        action: appointed ? 'specialist.appoint' : 'specialist.remove',
        entityType: 'provider',
        entityId: providerId,
        after: { specialism, ...(change.reason ? { reason: change.reason } : {}) },
      });
    }
    return { specialism, providerId, appointed, changed: was !== appointed };
  });
}
