import type { Knex } from 'knex';

// Needs become typed (docs/specification/allocation.md §5.16): each package's needs flags and single
// language become carer gender, languages, two carers, specialisms and other support. Every stored
// package converts; none becomes invalid. A package that held both "female carers only" and "male
// carers only" (stored before the two were refused together) becomes "any": the officer must choose.

interface LegacyNeeds {
  flags?: string[];
  language?: string | null;
}

interface TypedNeeds {
  carerGender: 'any' | 'female' | 'male';
  languages: string[];
  twoCarers: boolean;
  specialisms: string[];
  support: string[];
}

const SPECIALISM_OF_FLAG: Record<string, string> = {
  'dementia-experience': 'dementia',
  'learning-disability': 'learning-disability',
  'mental-health': 'mental-health',
  'end-of-life': 'end-of-life',
};
const SUPPORT_FLAGS = ['moving-and-handling', 'sensory-impairment', 'medication-support'];

function typed(legacy: LegacyNeeds): TypedNeeds {
  const flags = legacy.flags ?? [];
  const female = flags.includes('female-carers-only');
  const male = flags.includes('male-carers-only');
  return {
    carerGender: female && !male ? 'female' : male && !female ? 'male' : 'any',
    languages: legacy.language ? [legacy.language] : [],
    twoCarers: flags.includes('two-carers'),
    specialisms: flags.filter((f) => f in SPECIALISM_OF_FLAG).map((f) => SPECIALISM_OF_FLAG[f]!),
    support: flags.filter((f) => SUPPORT_FLAGS.includes(f)),
  };
}

function legacy(needs: TypedNeeds): LegacyNeeds {
  const flagOf = Object.fromEntries(Object.entries(SPECIALISM_OF_FLAG).map(([flag, s]) => [s, flag]));
  const flags = [
    ...(needs.twoCarers ? ['two-carers'] : []),
    ...needs.specialisms.map((s) => flagOf[s]!).filter(Boolean),
    ...needs.support,
    ...(needs.carerGender === 'any' ? [] : [`${needs.carerGender}-carers-only`]),
  ];
  // The old shape held one language: the first is kept.
  return { flags, language: needs.languages[0] ?? null };
}

async function rewrite(knex: Knex, convert: (needs: never) => unknown): Promise<void> {
  const rows: { id: number; needs_json: string }[] = await knex('packages').select('id', 'needs_json');
  for (const row of rows) {
    const needs_json = JSON.stringify(convert(JSON.parse(row.needs_json) as never));
    if (needs_json !== row.needs_json) await knex('packages').where({ id: row.id }).update({ needs_json });
  }
}

export async function up(knex: Knex): Promise<void> {
  await rewrite(knex, (needs: LegacyNeeds & Partial<TypedNeeds>) =>
    // Already typed (a re-run after a partial rollback): kept as it is.
    needs.carerGender === undefined ? typed(needs) : needs,
  );
}

export async function down(knex: Knex): Promise<void> {
  await rewrite(knex, (needs: TypedNeeds & LegacyNeeds) =>
    needs.flags === undefined ? legacy(needs) : needs,
  );
}
