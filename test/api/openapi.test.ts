import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRoute } from '../../src/http/route';
import { openApiPath } from '../../src/openapi/document';
import { buildRoutes } from '../../src/routes';
import { createTestContext, type TestContext } from '../helpers/context';
import { incompleteness, type OpenApiDocument } from './openapi-completeness';

describe('GET /openapi.json', () => {
  let ctx: TestContext;
  let doc: OpenApiDocument;
  let routes: AnyRoute[];
  beforeAll(async () => {
    ctx = await createTestContext();
    doc = (await ctx.request.get('/openapi.json')).body;
    routes = buildRoutes(ctx.services);
  });
  afterAll(() => ctx.destroy());

  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await ctx.request.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(res.body));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route with its roles and input schemas', () => {
    for (const route of routes) {
      const operation = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      if ('roles' in route.access) expect(operation!['x-roles']).toEqual(route.access.roles);
      if (route.request.body) expect(operation!.requestBody).toBeDefined();
    }
  });

  it('gives every operation an operationId, a declared tag, its success schema and its error answers', () => {
    expect(incompleteness(doc, routes)).toEqual([]);
  });

  it('fails a route that lacks any of them', () => {
    const broken = structuredClone(doc);
    const path = (route: AnyRoute) => broken.paths[openApiPath(route.path)]![route.method]!;
    const [first, second, third, fourth] = [
      routes.find((r) => r.path === '/packages/:id' && r.method === 'get')!,
      routes.find((r) => r.path === '/offers' && r.method === 'get')!,
      routes.find((r) => r.path === '/zones' && r.method === 'get')!,
      routes.find((r) => r.path === '/queue' && r.method === 'get')!,
    ];
    delete path(first).operationId;
    delete path(first).responses['404'];
    path(second).tags = ['undeclared'];
    delete path(third).responses['200']!.content;
    delete path(fourth).responses['403'];
    expect(incompleteness(broken, routes).sort()).toEqual(
      [
        'get /packages/{id}: no operationId',
        'get /packages/{id}: no 404 answer',
        'get /offers: tag "undeclared" is not declared with a description',
        'get /zones: 200 has no schema',
        'get /queue: no 403 answer',
      ].sort(),
    );
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
