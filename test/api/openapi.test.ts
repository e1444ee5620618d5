import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../src/openapi/document';
import { buildRoutes } from '../../src/routes';
import { createTestContext, type TestContext } from '../helpers/context';

describe('GET /openapi.json', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.destroy());

  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await ctx.request.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(res.body));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route with its roles and input schemas', async () => {
    const doc = (await ctx.request.get('/openapi.json')).body;
    for (const route of buildRoutes(ctx.services)) {
      const operation = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      if ('roles' in route.access) expect(operation['x-roles']).toEqual(route.access.roles);
      if (route.request.body) expect(operation.requestBody).toBeDefined();
    }
  });

  it('is rendered at /docs from local assets', async () => {
    const page = await ctx.request.get('/docs/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/.*\.(js|css)/i);
    const script = await ctx.request.get('/docs/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
  });
});
