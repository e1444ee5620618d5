import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import type { AnyRoute, SuccessResponse } from '../http/route';
import { errorResponses, type DocumentedError } from './errors';
import { API_TAGS } from './tags';

/** Express ':id' segments become OpenAPI '{id}'. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function successResponse(spec: SuccessResponse): ResponseConfig {
  const content: Record<string, { schema: z.ZodType }> = {
    [spec.contentType ?? 'application/json']: { schema: spec.schema },
  };
  for (const [type, schema] of Object.entries(spec.alternatives ?? {})) content[type] = { schema };
  return { description: spec.description, content };
}

function errorResponse(error: DocumentedError): ResponseConfig {
  return {
    description: error.description,
    ...(error.headers ? { headers: error.headers } : {}),
    content: { 'application/problem+json': { schema: error.schema } },
  };
}

/** Every answer of a route, by status: its success (or 204) and its errors. */
export function routeResponses(route: AnyRoute): RouteConfig['responses'] {
  const responses: RouteConfig['responses'] = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    if (Number(status) >= 400) continue;
    responses[status] =
      'schema' in spec ? successResponse(spec as SuccessResponse) : { description: spec.description };
  }
  for (const [status, error] of Object.entries(errorResponses(route)))
    responses[status] = errorResponse(error);
  return responses;
}

/** Every status the document gives for the route: a client (or a test) should meet no other. */
export function documentedStatuses(route: AnyRoute): number[] {
  return Object.keys(routeResponses(route)).map(Number);
}

/** The OpenAPI 3.1 document, generated from the same route declarations and zod schemas that serve requests. */
export function buildOpenApiDocument(routes: readonly AnyRoute[]) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token: `Authorization: Bearer <token>` (an admin issues them, POST /users)',
  });
  for (const route of routes) {
    const roles = 'roles' in route.access ? route.access.roles : undefined;
    registry.registerPath({
      method: route.method,
      path: openApiPath(route.path),
      operationId: route.operationId,
      summary: route.summary,
      tags: [...route.tags],
      security: roles ? [{ [bearer.name]: [] }] : [],
      ...(roles ? { 'x-roles': roles } : {}),
      request: {
        params: route.request.params as z.ZodObject | undefined,
        query: route.request.query as z.ZodObject | undefined,
        body: route.request.body
          ? {
              content: { [route.bodyMediaType ?? 'application/json']: { schema: route.request.body } },
              required: true,
            }
          : undefined,
      },
      responses: routeResponses(route),
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Home Care for Leicestershire — brokerage and zoning service',
      version: '0.1.0',
      description:
        'Zones, price bands, the provider framework and package brokerage. Errors are application/problem+json (RFC 9457).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
  });
}
