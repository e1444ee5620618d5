import { recordAudit } from '../audit/record';
import { SYSTEM_ACTOR } from '../auth/roles';
import type { Services } from '../services';
import { crashPoint } from '../test-hooks';
import { lockEpisode, type EngineContext } from './episodes';
import { settleRound, type RoundRow } from './outcome';

const BATCH = 200;

/**
 * The scheduled brokerage sweep: closes every round whose window has passed (awarding to the
 * best acceptance or opening the next round) and flags packages waiting past the threshold.
 * Safe when several instances run it at once: each round is settled in its own transaction
 * after locking its episode and re-reading it, so a round already closed elsewhere is skipped;
 * a crash rolls back only the round in hand.
 */
export async function runBrokerageSweep(services: Pick<Services, 'db' | 'config'>, now: number) {
  const { db, config } = services;
  let closed = 0;
  for (;;) {
    const due: { id: number; episode_id: number }[] = await db('brokerage_rounds')
      .whereNull('closed_at')
      .where('deadline_at', '<=', now)
      .orderBy('deadline_at')
      .limit(BATCH)
      .select('id', 'episode_id');
    let progressed = 0;
    for (const { id, episode_id } of due) {
      const settled = await db.transaction(async (trx) => {
        await lockEpisode(trx, episode_id);
        const round: RoundRow | undefined = await trx('brokerage_rounds')
          .where({ id })
          .whereNull('closed_at')
          .first();
        if (!round) return false;
        const ctx: EngineContext = { trx, actor: SYSTEM_ACTOR, now, config: config.allocation };
        await settleRound(ctx, round, true);
        crashPoint(config, 'sweep-mid');
        return true;
      });
      if (settled) progressed += 1;
    }
    closed += progressed;
    if (due.length < BATCH || progressed === 0) break;
  }
  const escalated = await flagLongWaits(services, now);
  return { roundsClosed: closed, escalated };
}

/** Packages still unplaced past the threshold are flagged once for the officers' escalation queue. */
async function flagLongWaits({ db, config }: Pick<Services, 'db' | 'config'>, now: number): Promise<number> {
  const threshold = now - config.allocation.escalateAfterHours * 3_600_000;
  const waiting: { id: number }[] = await db('packages')
    .whereIn('status', ['brokering', 'unplaced'])
    .whereNull('escalated_at')
    .where('created_at', '<=', threshold)
    .select('id');
  let flagged = 0;
  for (const { id } of waiting) {
    await db.transaction(async (trx) => {
      const updated = await trx('packages')
        .where({ id })
        .whereNull('escalated_at')
        .update({ escalated_at: now });
      if (updated !== 1) return;
      flagged += 1;
      await recordAudit(trx, SYSTEM_ACTOR, now, {
        action: 'package.escalate',
        entityType: 'package',
        entityId: id,
        before: { escalatedAt: null },
        after: { escalatedAt: new Date(now).toISOString() },
      });
    });
  }
  return flagged;
}
