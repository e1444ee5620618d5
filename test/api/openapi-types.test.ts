import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createApp } from '../../src/app';
import { API_TYPES_FILE, generateApiTypes } from '../tools/openapi-document';
import type { components, paths } from '../generated/api-types';
import { createTestContext, type TestContext } from '../helpers/context';
import { PLACES, providerInZone, seedReference } from '../helpers/brokerage';

type Package = components['schemas']['Package'];
type Problem = components['schemas']['Problem'];

describe('a client generated from the document', () => {
  let ctx: TestContext;
  let server: Server;
  let baseUrl: string;
  let officer: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    await providerInZone(ctx, 'charnwood-north', 'prime');
    officer = await ctx.tokenFor('officer');
    server = createApp(ctx.services).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.destroy();
  });

  it('is generated from the document the app serves (npm run openapi:types)', async () => {
    const document = (await ctx.request.get('/openapi.json')).body;
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect(await generateApiTypes(document), 'run npm run openapi:types and commit the result').toBe(
      committed,
    );
  });

  it('takes in a package and reads it back, typed end to end over a real socket', async () => {
    const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${officer}` } });
    const created = await client.POST('/packages', {
      body: {
        reference: 'SU-TYPED-0001',
        location: PLACES.loughborough,
        weeklyHours: 10,
        visitsPerWeek: 14,
        careType: 'core',
        urgency: 'standard',
        wantedStart: '2026-01-12',
      },
    });
    expect(created.response.status).toBe(201);
    expectTypeOf(created.data).toEqualTypeOf<Package | undefined>();
    const intaken = created.data!;
    expect(intaken).toMatchObject({ zone: { id: 'charnwood-north' }, band: 'urban', status: 'brokering' });

    const read = await client.GET('/packages/{id}', { params: { path: { id: intaken.id } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toEqual(intaken);

    const missing = await client.GET('/packages/{id}', { params: { path: { id: 2_147_483_646 } } });
    // Every documented refusal is a Problem (a 400 adds the failing fields).
    expectTypeOf<NonNullable<typeof missing.error>>().toExtend<Problem>();
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404, type: '/problems/package-not-found' });
  });
});
