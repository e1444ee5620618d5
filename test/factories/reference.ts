/** Reference data for tests that do not seed it all: the zones, and rate cards. */
import type { Band } from '../../src/pricing/bands';
import { ZONE_CATALOGUE } from '../../src/zones/catalogue';
import type { Queryable } from '../../src/db/connect';
import { insertId } from './rows';

/** The 14 zones and one rate card in force since 2020, each only when missing. */
export async function ensureReference(db: Queryable): Promise<void> {
  const have = new Set((await db('zones').select('id')).map((z) => String(z.id)));
  const missing = ZONE_CATALOGUE.filter((z) => !have.has(z.id));
  if (missing.length > 0) {
    await db('zones').insert(
      missing.map((z) => ({
        id: z.id,
        name: z.name,
        aliases_json: JSON.stringify(z.aliases),
        size_class: z.sizeClass,
        main_settlements_json: JSON.stringify(z.mainSettlements),
        planned_weekly_hours: z.plannedWeeklyHours,
        has_primes: z.hasPrimes,
        min_primes: z.minPrimes,
        min_providers: z.minProviders,
        districts_json: '[]',
        neighbours_json: '[]',
      })),
    );
  }
  if (!(await db('rate_cards').where('applies_from', '<=', '2020-01-01').first('id'))) {
    await buildRateCard(db, {
      appliesFrom: '2020-01-01',
      label: 'history factories',
      rates: { urban: 1875, fringe: 1925, rural: 2050, isolated: 2150 },
      createdAt: Date.parse('2020-01-01T00:00:00Z'),
    });
  }
}

/** A rate card applying from `appliesFrom` with the hourly rates in pence given; returns its id. */
export async function buildRateCard(
  db: Queryable,
  card: { appliesFrom: string; label: string; rates: Record<Band, number>; createdAt: number },
): Promise<number> {
  const id = await insertId(db, 'rate_cards', {
    applies_from: card.appliesFrom,
    label: card.label,
    created_at: card.createdAt,
  });
  await db('rate_card_rates').insert(
    Object.entries(card.rates).map(([band, pence]) => ({ rate_card_id: id, band, hourly_rate_pence: pence })),
  );
  return id;
}
