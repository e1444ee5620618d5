import { readFileSync } from 'node:fs';
import type { Db } from '../../src/db/connect';
import { providerInZone, type TestProvider } from '../helpers/brokerage';
import type { TestContext } from '../helpers/context';

/** The CQC-layout fixture (docs/cqc-ratings.md): synthetic rows under the regulator's real column names. */
export const FIXTURE = readFileSync(
  new URL('../fixtures/cqc/care-directory-with-ratings.csv', import.meta.url),
  'utf8',
);

/** The fixture's two Leicestershire locations; its third (1-1000000003) is nobody's here. */
export const GOOD_LOCATION = '1-1000000001';
export const FAILING_LOCATION = '1-1000000002';

/** A prime in the zone whose own CQC location id is `locationId`, rated Good throughout. */
export async function primeAt(ctx: TestContext, zoneId: string, locationId: string): Promise<TestProvider> {
  const provider = await providerInZone(ctx, zoneId, 'prime');
  await ctx.services.db('providers').where({ id: provider.id }).update({ cqc_location_id: locationId });
  return provider;
}

/** The fixture with one cell replaced (0-based data row, column name). */
export function withCell(row: number, column: string, value: string): string {
  const lines = FIXTURE.trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const cells = lines[row + 1]!.split(',');
  cells[header.indexOf(column)] = value;
  lines[row + 1] = cells.join(',');
  return `${lines.join('\n')}\n`;
}

export async function registerRows(db: Db, locationId: string) {
  return db('cqc_ratings').where({ cqc_location_id: locationId }).orderBy('id');
}
