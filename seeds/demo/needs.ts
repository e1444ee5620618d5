import type { Knex } from 'knex';
import type { DemoFramework, DemoMembership } from './framework';
import { randomInt, substream } from './prng';

const DAY = 86_400_000;

/**
 * What each demo provider declares it can meet in each of its zones (docs/specification/allocation.md
 * §5.16). Assumptions (no figures in the papers): most providers can send two carers and carers of
 * either gender; about half declare dementia care, fewer the other specialist services; some carers
 * speak Polish or Gujarati, languages common in Leicestershire.
 */
export function demoNeeds(seed: number, membership: DemoMembership) {
  const random = substream(seed, `needs|${membership.providerKey}|${membership.zoneId}`);
  const specialisms = (
    [
      ['dementia', 0.5],
      ['end-of-life', 0.35],
      ['mental-health', 0.2],
      ['learning-disability', 0.2],
    ] as const
  )
    .filter(([, share]) => random() < share)
    .map(([specialism]) => specialism);
  const languages = [...(random() < 0.15 ? ['pl'] : []), ...(random() < 0.1 ? ['gu'] : [])];
  return {
    specialisms,
    languages,
    doubleUpPackages: random() < 0.85 ? randomInt(random, 1, 6) : 0,
    carerGenders: random() < 0.95 ? ['female', 'male'] : ['female'],
  };
}

/** Each membership's declaration, unless it has one already (idempotent, like capacity). */
export async function seedNeeds(
  trx: Knex.Transaction,
  framework: DemoFramework,
  ids: Map<string, number>,
  now: number,
) {
  const declared = new Set(
    (
      (await trx('provider_need_declarations').distinct('provider_id', 'zone_id')) as {
        provider_id: number;
        zone_id: string;
      }[]
    ).map((r) => `${r.provider_id}|${r.zone_id}`),
  );
  for (const m of framework.memberships) {
    const providerId = ids.get(m.providerKey)!;
    if (declared.has(`${providerId}|${m.zoneId}`)) continue;
    const needs = demoNeeds(framework.seed, m);
    await trx('provider_need_declarations').insert({
      provider_id: providerId,
      zone_id: m.zoneId,
      specialisms_json: JSON.stringify(needs.specialisms),
      languages_json: JSON.stringify(needs.languages),
      double_up_packages: needs.doubleUpPackages,
      carer_genders_json: JSON.stringify(needs.carerGenders),
      declared_at:
        now - randomInt(substream(framework.seed, `needs-age|${m.providerKey}|${m.zoneId}`), 0, 20) * DAY,
      declared_by: null,
    });
  }
}

/**
 * The demo's countywide specialist list (HC20 ¶30): for each specialism, the three providers with the
 * highest tender scores among those that declared it somewhere. An assumption: the papers name no
 * specialist providers. Only seeded when the list is empty, so an admin's changes survive a restart.
 */
export async function seedSpecialists(
  trx: Knex.Transaction,
  framework: DemoFramework,
  ids: Map<string, number>,
  now: number,
) {
  if (await trx('specialist_appointments').first('provider_id')) return;
  const score = new Map(framework.providers.map((p) => [p.key, p.tenderScore]));
  for (const specialism of ['dementia', 'end-of-life', 'mental-health', 'learning-disability']) {
    const keys = [
      ...new Set(
        framework.memberships
          .filter((m) => (demoNeeds(framework.seed, m).specialisms as string[]).includes(specialism))
          .map((m) => m.providerKey),
      ),
    ].sort((a, b) => score.get(b)! - score.get(a)! || a.localeCompare(b));
    for (const key of keys.slice(0, 3)) {
      await trx('specialist_appointments').insert({
        provider_id: ids.get(key)!,
        specialism,
        appointed_at: now,
        appointed_by: null,
      });
    }
  }
}
