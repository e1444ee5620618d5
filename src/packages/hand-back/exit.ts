/**
 * A provider leaving the market (docs/specification/hand-backs.md §6.5; HC20 ¶2e, ¶44; HC21 ¶8,
 * ¶10): an admin records the exit with one notice date, which hands back every package the provider
 * holds with that notice, in one transaction; from then on it is offered nothing new
 * (src/allocation/policy.ts, 'leaving-market').
 */
import { inTransaction, type CommandContext } from '../../allocation/context';
import { lockEpisode } from '../../allocation/episodes';
import { recordAudit } from '../../audit/record';
import type { IsoDate } from '../../calendar/dates';
import { exitDateCheck, requireDatesInRange } from '../../calendar/field-rules';
import { Conflict, NotFound } from '../../errors';
import { getPackage } from '../queries';
import { giveNotice } from './command';
import { handBackOn } from './queries';

export interface ProviderExit {
  providerId: number;
  noticeDate: IsoDate;
  /** The packages handed back by the exit, in id order. */
  handedBack: number[];
}

export function recordProviderExit(
  ctx: CommandContext,
  input: { providerId: number; noticeDate: IsoDate },
): Promise<ProviderExit> {
  const { providerId, noticeDate } = input;
  return inTransaction(ctx, async (engine) => {
    requireDatesInRange([exitDateCheck('body.noticeDate', noticeDate, engine.now)]);
    const provider = await engine.trx('providers').where({ id: providerId }).first('id', 'exit_recorded_at');
    if (!provider) throw new NotFound('provider-not-found', `No provider ${providerId}.`);
    if (provider.exit_recorded_at !== null) {
      throw new Conflict('provider-already-leaving', `Provider ${providerId} has already recorded its exit.`);
    }
    await engine
      .trx('providers')
      .where({ id: providerId })
      .update({ exit_notice_date: noticeDate, exit_recorded_at: engine.now });
    await recordAudit(engine.trx, engine.actor, engine.now, {
      action: 'provider.exit',
      entityType: 'provider',
      entityId: providerId,
      before: { exitNoticeDate: null },
      after: { exitNoticeDate: noticeDate },
    });
    const held: { id: number }[] = await engine
      .trx('packages')
      .where({ provider_id: providerId })
      .whereIn('status', ['awarded', 'active'])
      .orderBy('id')
      .select('id');
    const handedBack: number[] = [];
    for (const { id } of held) {
      const pkg = await getPackage(engine.trx, id);
      if (pkg.currentEpisodeId !== null) await lockEpisode(engine.trx, pkg.currentEpisodeId);
      // A package it has already given notice on keeps that notice.
      if (await handBackOn(engine.trx, pkg.currentEpisodeId)) continue;
      await giveNotice(engine, pkg, { reason: 'provider-exit', noticeDate });
      handedBack.push(id);
    }
    return { providerId, noticeDate, handedBack };
  });
}
