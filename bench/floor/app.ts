/**
 * The stack's floor (issue 22): a minimal Express 5 + knex app doing exactly what one intake must
 * do, and nothing else, on the project's own database (the same tables and indexes, prepared by
 * src/startup.ts): the JSON body parsed and checked with zod, the caller's token looked up, the
 * point placed in memory (the project's zone index), the rate card and the zone's primes read, and
 * one transaction of the intake's writes: the package, its episode (and the package's pointer to
 * it), the round, its offers (one insert), the two audit rows (one insert) and the outbox event.
 * Its `/health` is bare Express. bench/floor.ts measures the project against it in the same run.
 * It cuts every corner the project may not (no policy, no capacity, scores or needs), so it is a
 * floor, not an alternative.
 */
import { createHash } from 'node:crypto';
import express from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { ZoneLayers } from '../../src/zones/layers';

const Intake = z.object({
  reference: z.string().min(1).max(40),
  location: z.object({ lat: z.number(), lon: z.number() }),
  weeklyHours: z.number().positive().max(168),
  visitsPerWeek: z.number().int().positive(),
  fundingStream: z.string(),
  fundedUntil: z.string().optional(),
  reviewDue: z.string().optional(),
  urgency: z.string(),
  wantedStart: z.string(),
  needs: z.object({}).passthrough(),
});

const WINDOW_MS = 2 * 3_600_000;

async function officerOf(db: Knex, header: string | undefined) {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return undefined;
  const hash = createHash('sha256').update(token).digest('hex');
  return db('api_tokens as t')
    .join('users as u', 'u.id', 't.user_id')
    .where('t.token_hash', hash)
    .whereNull('t.revoked_at')
    .first('u.id', 'u.role');
}

interface Written {
  input: z.output<typeof Intake>;
  placed: Awaited<ReturnType<ZoneLayers['placeInside']>>;
  userId: number;
  now: number;
}

function packageRow(
  { input, placed, userId, now }: Written,
  card: { rate_card_id: number; hourly_rate_pence: number },
) {
  return {
    reference: input.reference,
    lon: input.location.lon,
    lat: input.location.lat,
    location_given: 'coordinates',
    area_id: placed.area.id,
    lsoa: placed.area.lsoa,
    district: placed.area.district.code,
    zone_id: placed.zone.id,
    band: placed.band,
    band_source: placed.bandSource,
    rate_card_id: card.rate_card_id,
    hourly_rate_pence: card.hourly_rate_pence,
    weekly_minutes: Math.round(input.weeklyHours * 60),
    visits_per_week: input.visitsPerWeek,
    funding_stream: input.fundingStream,
    funded_until: input.fundedUntil ?? null,
    review_due: input.reviewDue ?? null,
    urgency: input.urgency,
    wanted_start: input.wantedStart,
    needs_json: JSON.stringify(input.needs),
    status: 'brokering',
    created_at: now,
    created_by: userId,
    updated_at: now,
  };
}

/** The intake's writes, in one transaction: 7 statements between BEGIN and COMMIT. */
async function writeIntake(db: Knex, w: Written) {
  const { placed, userId, now } = w;
  const [card, primes] = await Promise.all([
    db('rate_card_rates')
      .where({ band: placed.band })
      .orderBy('rate_card_id', 'desc')
      .first('rate_card_id', 'hourly_rate_pence'),
    db('provider_zone_roles as r')
      .join('providers as p', 'p.id', 'r.provider_id')
      .where({ 'r.zone_id': placed.zone.id, 'r.role': 'prime' })
      .orderBy('p.tender_score', 'desc')
      .select('p.id', 'p.tender_score'),
  ]);
  return db.transaction(async (trx) => {
    const row = packageRow(w, card);
    const [pkg] = await trx('packages').insert(row).returning('id');
    const packageId = Number(pkg.id ?? pkg);
    const [episode] = await trx('brokerage_episodes')
      .insert({ package_id: packageId, number: 1, opened_at: now, opened_because: 'intake' })
      .returning('id');
    const episodeId = Number(episode.id ?? episode);
    await trx('packages').where({ id: packageId }).update({ current_episode_id: episodeId });
    const deadline = now + WINDOW_MS;
    const [round] = await trx('brokerage_rounds')
      .insert({
        package_id: packageId,
        episode_id: episodeId,
        number: 1,
        kind: 'primes',
        opened_at: now,
        deadline_at: deadline,
        opened_by: userId,
        decision_json: '{}',
      })
      .returning('id');
    const roundId = Number(round.id ?? round);
    const offers = primes.map((p: { id: number; tender_score: number }, i: number) => ({
      round_id: roundId,
      episode_id: episodeId,
      package_id: packageId,
      provider_id: p.id,
      zone_id: placed.zone.id,
      band: placed.band,
      rank: i + 1,
      score: p.tender_score,
      status: 'pending',
      sent_at: now,
      deadline_at: deadline,
    }));
    if (offers.length > 0) await trx('offers').insert(offers);
    const audit = {
      actor_user_id: userId,
      actor_role: 'officer',
      at: now,
      entity_type: 'package',
      entity_id: String(packageId),
    };
    await trx('audit_events').insert([
      { ...audit, action: 'package.create', after_json: JSON.stringify(row) },
      { ...audit, action: 'round.open', after_json: JSON.stringify({ roundId }) },
    ]);
    await trx('outbox_events').insert({
      type: 'offers.sent',
      created_at: now,
      payload_json: JSON.stringify({ packageId }),
      fan_out_json: '[]',
    });
    return { id: packageId, ...row, offers: offers.length };
  });
}

export function floorApp(db: Knex, zones: ZoneLayers) {
  const app = express();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/packages', express.json(), async (req, res) => {
    const user = await officerOf(db, req.get('authorization'));
    if (!user) return void res.status(401).end();
    const parsed = Intake.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json(parsed.error.issues);
    const now = Date.now();
    const placed = await zones.placeInside(parsed.data.location, now);
    res.status(201).json(await writeIntake(db, { input: parsed.data, placed, userId: user.id, now }));
  });
  return app;
}
