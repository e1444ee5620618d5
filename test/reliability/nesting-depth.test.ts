import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/http/json-depth';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import { nested } from './hostile-cases';

/**
 * Nesting depth as a generated dimension: any depth up to 12,000 (20 kB of brackets overflowed the
 * stack in validation once), on a normal route and on the area-layer upload, whose GeoJSON is the
 * deepest body we take. Never a 500; deeper than the limit is 400 `json-too-deep`, naming the body.
 */
describe('JSON nested to any depth', () => {
  let ctx: TestContext;
  let tokens: { officer: string; admin: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    tokens = { officer: await ctx.tokenFor('officer'), admin: await ctx.tokenFor('admin') };
  });
  afterAll(() => ctx.destroy());

  it('answers below 500 at every depth, and 400 json-too-deep past the limit', async () => {
    const routes = [
      { path: '/packages', token: () => tokens.officer },
      { path: '/zones/layers', token: () => tokens.admin },
      { path: '/rate-cards', token: () => tokens.admin },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 12_000 })),
        async (route, depth) => {
          const res = await ctx.request
            .post(route.path)
            .set('Authorization', `Bearer ${route.token()}`)
            .type('json')
            .send(nested(depth));
          expect(res.status).toBeLessThan(500);
          if (depth > MAX_JSON_DEPTH) {
            expect(res.status).toBe(400);
            expect(res.body).toMatchObject({ type: '/problems/json-too-deep', errors: [{ path: 'body' }] });
          } else {
            expect(res.body.type).not.toBe('/problems/json-too-deep');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
