import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEpisode, buildOffer, buildPackage, buildProvider, buildRound } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';

const at = (iso: string) => Date.parse(iso);

/**
 * GET /packages/:id/allocation reads only what brokerage stored: this package's history is built
 * row by row, so the explanation of existing data is pinned whatever the engine does today.
 */
describe('GET /packages/:id/allocation on stored history', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
  });
  afterAll(() => ctx.destroy());

  it('tells each episode, round, ranking, response and why the winner won', async () => {
    const { db } = ctx.services;
    const ash = await buildProvider(db, { name: 'Ash Care' });
    const birch = await buildProvider(db, { name: 'Birch Homecare' });
    const cedar = await buildProvider(db, { name: 'Cedar Support' });
    const packageId = await buildPackage(db, { status: 'brokering', createdAt: at('2026-01-05T09:00:00Z') });
    const score = (value: number) => ({ value, components: null, source: 'tender', snapshotId: null });
    const ranked = (providerId: number, name: string, rank: number, value: number) => ({
      providerId,
      name,
      rank,
      score: score(value),
      recentAwardsInZone: 0,
      capacityMinutes: 6000,
      notes: [],
    });

    // Episode 1: Ash (rank 1) says nothing, Birch (rank 2) accepts; awarded at the window's close; care starts, then Birch hands it back.
    const first = await buildEpisode(db, packageId, {
      openedAt: at('2026-01-05T09:00:00Z'),
      closedAt: at('2026-01-06T09:00:00Z'),
      outcome: 'awarded',
      awardedProviderId: birch,
      awardedAt: at('2026-01-06T09:00:00Z'),
      awardRoundKind: 'primes',
      agreedStart: '2026-01-12',
      careStartedOn: '2026-01-12',
      careStartedAt: at('2026-01-12T18:00:00Z'),
      handedBackAt: at('2026-02-02T10:00:00Z'),
      handBackReason: 'staffing',
      handBackNoticeDate: '2026-02-16',
    });
    const round1 = await buildRound(
      db,
      { episodeId: first, packageId },
      {
        openedAt: at('2026-01-05T09:00:00Z'),
        deadlineAt: at('2026-01-06T09:00:00Z'),
        closedAt: at('2026-01-06T09:00:00Z'),
        outcome: 'awarded',
        decision: {
          kind: 'primes',
          eligible: [ranked(ash, 'Ash Care', 1, 90), ranked(birch, 'Birch Homecare', 2, 80)],
          excluded: [{ providerId: cedar, name: 'Cedar Support', reasons: ['not-enough-capacity'] }],
          tieBreak: 'Higher score first.',
        },
      },
    );
    const offer = { roundId: round1, episodeId: first, packageId, sentAt: at('2026-01-05T09:00:00Z') };
    const ashOffer = await buildOffer(db, { ...offer, providerId: ash, rank: 1, status: 'expired' });
    const birchOffer = await buildOffer(db, {
      ...offer,
      providerId: birch,
      rank: 2,
      status: 'won',
      respondedAt: at('2026-01-05T09:42:00Z'),
      proposedStart: '2026-01-12',
    });

    // Episode 2, after the hand-back: Birch is excluded; Ash declines; still open.
    const second = await buildEpisode(db, packageId, { openedAt: at('2026-02-02T10:00:00Z') });
    const round2 = await buildRound(
      db,
      { episodeId: second, packageId },
      {
        openedAt: at('2026-02-02T10:00:00Z'),
        deadlineAt: at('2026-02-03T10:00:00Z'),
        decision: {
          kind: 'primes',
          eligible: [ranked(ash, 'Ash Care', 1, 90)],
          excluded: [{ providerId: birch, name: 'Birch Homecare', reasons: ['handed-back'] }],
          tieBreak: 'Higher score first.',
        },
      },
    );
    const declined = await buildOffer(db, {
      roundId: round2,
      episodeId: second,
      packageId,
      providerId: ash,
      rank: 1,
      sentAt: at('2026-02-02T10:00:00Z'),
      status: 'declined',
      respondedAt: at('2026-02-02T10:05:00Z'),
      declineReason: 'travel-distance',
    });

    const commissioner = await ctx.tokenFor('commissioner');
    const res = await ctx.request
      .get(`/packages/${packageId}/allocation`)
      .set('Authorization', `Bearer ${commissioner}`);
    expect(res.status).toBe(200);
    const response = (offerId: number, provider: [number, string], rest: object) => ({
      offerId,
      provider: { id: provider[0], name: provider[1] },
      ...rest,
    });
    expect(res.body).toEqual({
      packageId,
      band: { band: expect.any(String), override: null },
      episodes: [
        {
          number: 1,
          openedBecause: 'intake',
          openedAt: '2026-01-05T09:00:00.000Z',
          outcome: 'awarded',
          awardedProvider: { id: birch, name: 'Birch Homecare' },
          awardedAt: '2026-01-06T09:00:00.000Z',
          pickUpMinutes: 1440,
          careStartedOn: '2026-01-12',
          handBack: { at: '2026-02-02T10:00:00.000Z', reason: 'staffing', noticeDate: '2026-02-16' },
          rounds: [
            {
              number: 1,
              kind: 'primes',
              openedAt: '2026-01-05T09:00:00.000Z',
              deadlineAt: '2026-01-06T09:00:00.000Z',
              closedAt: '2026-01-06T09:00:00.000Z',
              outcome: 'awarded',
              ranking: [ranked(ash, 'Ash Care', 1, 90), ranked(birch, 'Birch Homecare', 2, 80)],
              excluded: [{ providerId: cedar, name: 'Cedar Support', reasons: ['not-enough-capacity'] }],
              tieBreak: 'Higher score first.',
              responses: [
                response(ashOffer, [ash, 'Ash Care'], {
                  rank: 1,
                  status: 'expired',
                  sentAt: '2026-01-05T09:00:00.000Z',
                  respondedAt: null,
                  responseMinutes: null,
                  declineReason: null,
                  proposedStart: null,
                }),
                response(birchOffer, [birch, 'Birch Homecare'], {
                  rank: 2,
                  status: 'won',
                  sentAt: '2026-01-05T09:00:00.000Z',
                  respondedAt: '2026-01-05T09:42:00.000Z',
                  responseMinutes: 42,
                  declineReason: null,
                  proposedStart: '2026-01-12',
                }),
              ],
              why: 'Birch Homecare was ranked 2 of 2 and accepted; every provider ranked above it declined or did not answer in time: Ash Care (rank 1, did not answer in time).',
            },
          ],
        },
        {
          number: 2,
          openedBecause: 'hand-back',
          openedAt: '2026-02-02T10:00:00.000Z',
          outcome: 'open',
          awardedProvider: null,
          awardedAt: null,
          pickUpMinutes: null,
          careStartedOn: null,
          handBack: null,
          rounds: [
            {
              number: 1,
              kind: 'primes',
              openedAt: '2026-02-02T10:00:00.000Z',
              deadlineAt: '2026-02-03T10:00:00.000Z',
              closedAt: null,
              outcome: 'open',
              ranking: [ranked(ash, 'Ash Care', 1, 90)],
              excluded: [{ providerId: birch, name: 'Birch Homecare', reasons: ['handed-back'] }],
              tieBreak: 'Higher score first.',
              responses: [
                response(declined, [ash, 'Ash Care'], {
                  rank: 1,
                  status: 'declined',
                  sentAt: '2026-02-02T10:00:00.000Z',
                  respondedAt: '2026-02-02T10:05:00.000Z',
                  responseMinutes: 5,
                  declineReason: 'travel-distance',
                  proposedStart: null,
                }),
              ],
              why: null,
            },
          ],
        },
      ],
    });
  });
});
