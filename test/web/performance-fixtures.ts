import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { runScoreComputation } from '../../src/performance/scores/run';
import { assignRole, buildProvider, DAY, insertPackageHistory } from '../factories';
import type { WebTestContext } from './helpers';

/**
 * Two primes in Charnwood North, scored a minute ago: Wreake Valley Care (tender 70) after four
 * weeks of offers it answered quickly and won, care starting on time; Quorn Home Support (tender
 * 60) with no activity.
 */
export async function scoredCharnwoodNorth(ctx: WebTestContext) {
  const db = ctx.services.db;
  const scored = await buildProvider(db, { name: 'Wreake Valley Care', tenderScore: 70 });
  const other = await buildProvider(db, { name: 'Quorn Home Support', tenderScore: 60 });
  await assignRole(db, { providerId: scored, zoneId: 'charnwood-north', role: 'prime' });
  await assignRole(db, { providerId: other, zoneId: 'charnwood-north', role: 'prime' });
  for (let week = 1; week <= 4; week += 1) {
    const openedAt = ctx.clock.now() - week * 7 * DAY;
    const wantedStart = new Date(openedAt + 3 * DAY).toISOString().slice(0, 10);
    await insertPackageHistory(db, {
      zoneId: 'charnwood-north',
      wantedStart,
      episodes: [
        {
          openedAt,
          rounds: [{ offers: [{ providerId: scored, answer: 'accept', afterMinutes: 20 }] }],
          award: { providerId: scored, startedOn: wantedStart },
        },
      ],
    });
  }
  await runScoreComputation(
    { ...ctx.services, actor: SYSTEM_ACTOR, now: ctx.clock.now() - 60_000 },
    'on-demand',
  );
  return { scored, other };
}
