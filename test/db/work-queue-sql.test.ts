import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careStartOverdueCutoff } from '../../src/packages/care-start-overdue';
import { queueCounts, queuePlaced } from '../../src/packages/queue/placed';
import { QUEUE_SORTS, QUEUE_VIEWS, type PlacedEntry } from '../../src/packages/queue/views';
import { BANDS } from '../../src/pricing/bands';
import { buildEpisode, buildPackage, buildRound, ensureReference } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';
import { formerQueue } from './work-queue-former';

const MINUTE = 60_000;
const NOW = Date.parse('2026-01-10T12:00:00Z');
const TODAY = '2026-01-10';
const at = { now: NOW, overdueCutoff: careStartOverdueCutoff(TODAY, 2) };

const STATUSES = ['brokering', 'unplaced', 'awarded', 'active', 'ended'] as const;
const EPISODES = ['none', 'intake', 'hand-back'] as const;
const AGREED = [null, '2026-01-07', '2026-01-09'];
const ROUNDS = ['none', 'open', 'open-past-deadline', 'closed'] as const;
const REFERENCES = ['ab', 'AB', 'aB', 'Ab', 'a-b', 'a0', 'A1', 'ab-1', 'ab1', 'Z-9', 'm', 'M', null];
const URGENCIES = ['standard', 'urgent', 'hospital-discharge'] as const;
const WANTED = ['2026-01-06', '2026-01-08', '2026-01-09', '2026-01-12'];

interface Case {
  status: (typeof STATUSES)[number];
  escalated: boolean;
  episode: (typeof EPISODES)[number];
  agreed: string | null;
  pending: boolean;
  round: (typeof ROUNDS)[number];
}

/** Every combination of what the classification reads (the episode's columns only with an episode). */
function cases(): Case[] {
  const all: Case[] = [];
  for (const status of STATUSES)
    for (const escalated of [false, true])
      for (const episode of EPISODES)
        for (const agreed of episode === 'none' ? [null] : AGREED)
          for (const pending of episode === 'none' ? [false] : [false, true])
            for (const round of episode === 'none' ? (['none'] as const) : ROUNDS)
              all.push({ status, escalated, episode, agreed, pending, round });
  // More with providers, for their order (window ends and waits that tie).
  const withProviders: Case = { ...all[0]!, status: 'brokering', episode: 'intake', round: 'open' };
  return [...all, ...Array.from({ length: 30 }, () => withProviders)];
}

/** A package of the case; its other columns vary with `i` so that every sort has ties and empties. */
async function buildCase(test: TestDatabase, zones: string[], c: Case, i: number) {
  const h = (i * 7919) % 1009;
  const id = await buildPackage(test.db, {
    status: c.status,
    urgency: URGENCIES[h % 3],
    zoneId: zones[h % zones.length],
    band: BANDS[h % 4],
    weeklyMinutes: 300 + (h % 5) * 60,
    wantedStart: WANTED[h % 4],
    createdAt: h % 13 === 0 ? NOW + 20_000 : NOW - (h % 50) * 30_000 - 5 * MINUTE,
    reference: `${REFERENCES[h % REFERENCES.length] ?? 'x'}-${h % 3}`,
  });
  const extra = {
    ...(REFERENCES[h % REFERENCES.length] === null ? { reference: null } : {}),
    ...(c.escalated ? { escalated_at: NOW - 60 * MINUTE } : {}),
  };
  if (Object.keys(extra).length > 0) await test.db('packages').where({ id }).update(extra);
  if (c.episode === 'none') return;
  const episodeId = await buildEpisode(test.db, id, { openedBecause: c.episode, agreedStart: c.agreed });
  if (c.pending)
    await test.db('brokerage_episodes').where({ id: episodeId }).update({ hand_back_approval: 'pending' });
  if (c.round === 'none') return;
  const episode = { episodeId, packageId: id };
  // An earlier, closed round first on some: the latest round is the one that counts.
  if (h % 2 === 0) await buildRound(test.db, episode, { number: 1, closedAt: NOW - 600 * MINUTE });
  await buildRound(test.db, episode, {
    number: h % 2 === 0 ? 2 : 1,
    deadlineAt: c.round === 'open-past-deadline' ? NOW - MINUTE : NOW + (h % 4) * 90_000 + 1,
    closedAt: c.round === 'closed' ? NOW - MINUTE : null,
  });
}

const shape = (entries: PlacedEntry[]) => entries.map((e) => ({ ...e }));

describe('the work queue in SQL decides as the former JavaScript did', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createMigratedDatabase();
    await ensureReference(test.db);
    // A name in lower case and one with an accent: their order is localeCompare's, not the bytes'.
    const zones = (await test.db('zones').orderBy('id').select('id')).map((z) => String(z.id));
    await test.db('zones').where({ id: zones[0] }).update({ name: 'blaby lower case' });
    await test.db('zones').where({ id: zones[1] }).update({ name: 'Ébène' });
    const all = cases();
    for (let i = 0; i < all.length; i++) await buildCase(test, zones, all[i]!, i);
  }, 120_000);
  afterAll(() => test.destroy());

  it('places every case in the same view with the same reasons, in every sort and order', async () => {
    for (const sort of QUEUE_SORTS)
      for (const order of ['asc', 'desc'] as const) {
        const former = await formerQueue(test.db, { now: NOW, today: TODAY, sort, order });
        for (const view of QUEUE_VIEWS) {
          const entries = await queuePlaced(test.db, at, { view, sort, order });
          expect(shape(entries), `${view} by ${sort} ${order}`).toEqual(shape(former[view]));
        }
        const both = await queuePlaced(test.db, at, { sort, order });
        expect(both.map((e) => e.id)).toEqual(
          [...former['needs-action'], ...former['with-providers']].map((e) => e.id),
        );
      }
    const former = await formerQueue(test.db, { now: NOW, today: TODAY, sort: 'priority', order: 'asc' });
    expect(former['needs-action'].length).toBeGreaterThan(100);
    expect(former['with-providers'].length).toBeGreaterThan(10);
  });

  it('pages the same rows and counts both views with the filters', async () => {
    const former = await formerQueue(test.db, { now: NOW, today: TODAY, sort: 'reference', order: 'desc' });
    const page = await queuePlaced(
      test.db,
      at,
      { view: 'needs-action', sort: 'reference', order: 'desc' },
      { offset: 30, limit: 25 },
    );
    expect(shape(page)).toEqual(shape(former['needs-action'].slice(30, 55)));
    const zone = former['with-providers'][0]!.zoneId;
    const filters = [
      [{}, () => true],
      [{ zone }, (e: PlacedEntry) => e.zoneId === zone],
      [{ band: 'rural' }, (e: PlacedEntry) => e.band === 'rural'],
      [{ urgency: 'urgent' }, (e: PlacedEntry) => e.urgency === 'urgent'],
      [{ status: 'awarded' }, (e: PlacedEntry) => e.status === 'awarded'],
    ] as const;
    for (const [filter, matches] of filters)
      expect(await queueCounts(test.db, at, filter), JSON.stringify(filter)).toEqual({
        'needs-action': former['needs-action'].filter(matches).length,
        'with-providers': former['with-providers'].filter(matches).length,
      });
  });
});
