import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLatest, migrationSource } from '../../src/db/migrations';
import { seedReferenceData } from '../../seeds/reference';
import { buildPackage } from '../factories';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

const MIGRATION = '20261203300100_typed_package_needs.ts';
const LATER = [
  '20261203300300_create_specialist_appointments.ts',
  '20261203300200_create_provider_need_declarations.ts',
];

/** Every stored package's needs flags become typed needs, and back on rollback (docs/specification/allocation.md §5.16). */
describe(MIGRATION, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmptyDatabase();
    await migrateLatest(test.db);
    await seedReferenceData(test.db, Date.parse('2026-01-05T09:00:00Z'));
  });
  afterAll(() => test.destroy());

  const needsOf = async (id: number) =>
    JSON.parse((await test.db('packages').where({ id }).first('needs_json')).needs_json);

  it('converts each flag to its typed need, leaving no package invalid', async () => {
    const ids = [await buildPackage(test.db), await buildPackage(test.db), await buildPackage(test.db)];
    for (const name of [...LATER, MIGRATION]) await test.db.migrate.down({ migrationSource, name });
    const legacy = [
      {
        flags: ['two-carers', 'dementia-experience', 'female-carers-only', 'medication-support'],
        language: 'pl',
      },
      { flags: ['female-carers-only', 'male-carers-only', 'end-of-life'], language: null },
      { flags: [], language: null },
    ];
    for (const [i, id] of ids.entries()) {
      await test
        .db('packages')
        .where({ id })
        .update({ needs_json: JSON.stringify(legacy[i]) });
    }
    await migrateLatest(test.db);
    expect(await needsOf(ids[0]!)).toEqual({
      carerGender: 'female',
      languages: ['pl'],
      twoCarers: true,
      specialisms: ['dementia'],
      support: ['medication-support'],
    });
    // Both genders (stored before they were refused together): no preference, for the officer to choose.
    expect(await needsOf(ids[1]!)).toMatchObject({ carerGender: 'any', specialisms: ['end-of-life'] });
    expect(await needsOf(ids[2]!)).toEqual({
      carerGender: 'any',
      languages: [],
      twoCarers: false,
      specialisms: [],
      support: [],
    });
    for (const name of [...LATER, MIGRATION]) await test.db.migrate.down({ migrationSource, name });
    expect(await needsOf(ids[0]!)).toEqual({
      flags: ['two-carers', 'dementia-experience', 'medication-support', 'female-carers-only'],
      language: 'pl',
    });
    await migrateLatest(test.db);
  });
});
