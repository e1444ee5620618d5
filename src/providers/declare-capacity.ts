import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import type { Db } from '../db/connect';
import { NotFound, Unprocessable } from '../errors';
import { hoursToMinutes } from '../pricing/minutes';
import { capacityEntry, type CapacityEntry } from './capacity';
import { insertDeclaration, latestDeclarations, memberships } from './queries';
import type { CapacityDeclarationSchema } from './schemas';

type Trx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Records the new weekly hours a provider can take in a zone now
 * (docs/specification/open-questions.md §10.20; docs/specification/allocation.md §5.12; story P3),
 * as whole minutes. Only for zones where the provider holds a role. Audited with who declared it.
 * The membership read first has all the returned entry needs but its latest declaration.
 */
export async function declareCapacity(
  ctx: CommandContext,
  providerId: number,
  input: z.output<typeof CapacityDeclarationSchema>,
): Promise<CapacityEntry> {
  const { db, actor } = ctx;
  const basis = { now: ctx.now, staleDays: ctx.config.capacityStaleDays };
  const scope = { providerIds: [providerId], zoneId: input.zoneId };
  return db.transaction(async (trx) => {
    const [membership] = await memberships(trx, scope);
    if (!membership) return refuseDeclaration(trx, ctx, { providerId, zoneId: input.zoneId });
    const weeklyMinutes = hoursToMinutes(input.weeklyHours);
    await insertDeclaration(trx, actor, {
      providerId,
      zoneId: input.zoneId,
      weeklyMinutes,
      declaredAt: basis.now,
      ...(input.reason ? { reason: input.reason } : {}),
    });
    const latest = await latestDeclarations(trx, scope);
    return capacityEntry(membership, latest.get(`${providerId}|${input.zoneId}`), basis);
  });
}

/** Why a provider may not declare capacity in a zone: no such provider, no such zone, or no role there. */
async function refuseDeclaration(
  trx: Trx,
  { zoneFacts }: CommandContext,
  target: { providerId: number; zoneId: string },
): Promise<never> {
  const provider = await trx('providers').where({ id: target.providerId }).first('id', 'name');
  if (!provider) throw new NotFound('provider-not-found', `No provider ${target.providerId}.`);
  const zone = await zoneFacts.of(trx, target.zoneId);
  if (!zone) throw new Unprocessable('unknown-zone', `No zone "${target.zoneId}".`);
  throw new Unprocessable(
    'no-role-in-zone',
    `${provider.name} holds no role in ${zone.name}; capacity can be declared only for zones where the provider is prime or supplementary.`,
    { zoneId: zone.id },
  );
}
