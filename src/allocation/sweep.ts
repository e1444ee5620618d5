import { SYSTEM_ACTOR } from '../auth/roles';
import { notify } from '../notifications/notify';
import { endOutgoingCare, openDueRebrokering } from '../packages/hand-back/due';
import { getPackage } from '../packages/queries';
import type { Services } from '../services';
import { crashPoint } from '../test-hooks';
import { settleAtDeadline } from './outcome';
import { flagEscalated, lockEpisode, unflaggedWaitingSince } from './queries/episodes';
import { openRoundWithOffers } from './queries/round-read';
import { dueRounds } from './queries/rounds';

const BATCH = 200;

/**
 * The scheduled brokerage sweep: closes every round whose window has passed (awarding to the
 * best acceptance or opening the next round), flags packages waiting past the threshold, and opens
 * hand-backs' re-brokering on its day (src/packages/hand-back/due.ts).
 * Safe when several instances run it at once: each round is settled in its own transaction
 * after locking its episode and re-reading it with its offers, so a round already closed elsewhere is skipped;
 * a crash rolls back only the round in hand.
 */
export async function runBrokerageSweep(
  services: Pick<Services, 'db' | 'config' | 'zoneFacts'>,
  now: number,
) {
  return (await sweepRounds(services, now)).summary;
}

/**
 * The sweep, also naming the rounds it found due (their package, in the order the rounds were
 * opened): the simulator reads those packages back, as an officer's screen would.
 */
export async function sweepRounds(services: Pick<Services, 'db' | 'config' | 'zoneFacts'>, now: number) {
  const { db, config, zoneFacts } = services;
  let closed = 0;
  const seen: { id: number; packageId: number }[] = [];
  for (;;) {
    const due = await dueRounds(db, { now, limit: BATCH });
    seen.push(...due);
    let progressed = 0;
    for (const { id, episodeId } of due) {
      const settled = await db.transaction(async (trx) => {
        await lockEpisode(trx, episodeId);
        const open = await openRoundWithOffers(trx, id);
        if (!open) return false;
        const engine = { trx, actor: SYSTEM_ACTOR, now, config: config.allocation, zoneFacts };
        await settleAtDeadline(engine, open);
        crashPoint(config, 'sweep-mid');
        return true;
      });
      if (settled) progressed += 1;
    }
    closed += progressed;
    if (due.length < BATCH || progressed === 0) break;
  }
  const escalated = await flagLongWaits(services, now);
  // Hand-backs with notice: re-brokering opening on its day, outgoing providers' notice running out.
  const rebrokered = await openDueRebrokering(services, now);
  const noticesEnded = await endOutgoingCare(services, now);
  const duePackages = seen.sort((a, b) => a.id - b.id).map((r) => Number(r.packageId));
  return { summary: { roundsClosed: closed, escalated, rebrokered, noticesEnded }, duePackages };
}

/** Packages still unplaced past the threshold are flagged once for the officers' escalation queue. */
async function flagLongWaits({ db, config }: Pick<Services, 'db' | 'config'>, now: number): Promise<number> {
  const waiting = await unflaggedWaitingSince(db, now - config.allocation.escalateAfterHours * 3_600_000);
  let flagged = 0;
  for (const packageId of waiting) {
    const done = await db.transaction(async (trx) => {
      if (!(await flagEscalated(trx, { packageId, actor: SYSTEM_ACTOR, now }))) return false;
      const pkg = await getPackage(trx, packageId);
      await notify(
        trx,
        { type: 'package.escalated', pkg, afterHours: config.allocation.escalateAfterHours },
        now,
      );
      return true;
    });
    if (done) flagged += 1;
  }
  return flagged;
}
