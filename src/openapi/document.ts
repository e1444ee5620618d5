import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { AnyRoute } from '../http/route';

const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Express ':id' segments become OpenAPI '{id}'. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

/** The OpenAPI 3.1 document, generated from the same route declarations and zod schemas that serve requests. */
export function buildOpenApiDocument(routes: readonly AnyRoute[]) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  for (const route of routes) {
    const roles = 'roles' in route.access ? route.access.roles : undefined;
    const isPublic = roles === undefined;
    const responses: RouteConfig['responses'] = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      const types = spec.contentTypes ?? ['application/json'];
      responses[status] = spec.schema
        ? {
            description: spec.description,
            content: Object.fromEntries(types.map((t) => [t, { schema: spec.schema! }])),
          }
        : Number(status) >= 400
          ? problemResponse(spec.description)
          : { description: spec.description };
    }
    if (route.request.params || route.request.query || route.request.body) {
      responses['400'] ??= problemResponse('Invalid input; `errors` names each failing field');
    }
    if (roles) {
      responses['401'] ??= problemResponse('No valid credentials');
      responses['403'] ??= problemResponse(`Role not allowed (allowed: ${roles.join(', ')})`);
    }
    registry.registerPath({
      method: route.method,
      path: openApiPath(route.path),
      ...(route.operationId ? { operationId: route.operationId } : {}),
      summary: route.summary,
      tags: route.tags,
      security: isPublic ? [] : [{ [bearer.name]: [] }],
      ...(roles ? { 'x-roles': roles } : {}),
      request: {
        params: route.request.params as z.ZodObject | undefined,
        query: route.request.query as z.ZodObject | undefined,
        body: route.request.body
          ? { content: { 'application/json': { schema: route.request.body } }, required: true }
          : undefined,
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Home Care for Leicestershire — brokerage and zoning service',
      version: '0.1.0',
      description:
        'Zones, price bands, the provider framework and package brokerage. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: '/' }],
  });
}
