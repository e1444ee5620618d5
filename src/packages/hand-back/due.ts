/**
 * The sweep's part in hand-backs with notice (docs/specification/hand-backs.md §6.3): re-brokering
 * opens on its day, and an outgoing provider whose notice date has passed stops holding a package
 * still being re-brokered. Each package in its own transaction, with its episode locked.
 */
import { SYSTEM_ACTOR } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import { recordAudit } from '../../audit/record';
import type { Services } from '../../services';
import { withPackage } from '../lifecycle';
import { openRebrokering } from './command';
import { dueForRebrokering, outgoingCareEnded } from './queries';

type SweepServices = Pick<Services, 'db' | 'config' | 'zoneFacts'>;

function systemContext({ db, config, zoneFacts }: SweepServices, now: number) {
  return { db, actor: SYSTEM_ACTOR, now, config: config.allocation, zoneFacts };
}

/** Opens the re-brokering of every hand-back whose day has come; returns how many opened. */
export async function openDueRebrokering(services: SweepServices, now: number): Promise<number> {
  let opened = 0;
  for (const packageId of await dueForRebrokering(services.db, londonDate(now))) {
    await withPackage(systemContext(services, now), packageId, async (engine, pkg) => {
      // Re-read under the lock: an officer may have cancelled or ended it meanwhile.
      if (pkg.status !== 'awarded' && pkg.status !== 'active') return;
      await openRebrokering(engine, pkg);
      opened += 1;
    });
  }
  return opened;
}

/** The outgoing provider's notice date has passed with nobody awarded yet: it holds the package no more. */
export async function endOutgoingCare(services: SweepServices, now: number): Promise<number> {
  let ended = 0;
  for (const packageId of await outgoingCareEnded(services.db, londonDate(now))) {
    await withPackage(systemContext(services, now), packageId, async (engine, pkg) => {
      if (pkg.providerId === null || (pkg.status !== 'brokering' && pkg.status !== 'unplaced')) return;
      await engine
        .trx('packages')
        .where({ id: pkg.id })
        .update({ provider_id: null, updated_at: now, version: engine.trx.raw('version + 1') });
      await recordAudit(engine.trx, engine.actor, now, {
        action: 'package.notice-ended',
        entityType: 'package',
        entityId: pkg.id,
        before: { status: pkg.status, providerId: pkg.providerId },
        after: { status: pkg.status, providerId: null },
      });
      ended += 1;
    });
  }
  return ended;
}
