import type { Request } from 'express';
import type { z } from 'zod';
import type { Actor, Role } from '../auth/roles';
import type { ApiTag } from '../openapi/tags';

/**
 * Every route is declared once as data: method, path, who may call it, the zod schemas of its
 * input, and its handler. The same declaration drives request validation, the access check,
 * the OpenAPI document and the access-matrix test, so they cannot drift apart.
 */
export type Access = { public: true } | { roles: readonly Role[] };

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type AnyObject = z.ZodType<Record<string, unknown>>;

export interface RouteRequest {
  params?: AnyObject;
  query?: AnyObject;
  body?: z.ZodType;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<R extends RouteRequest> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
}

export interface RouteContext {
  actor: Actor;
  requestId: string;
  /** For content negotiation only; handlers read their input from `input`, never from the request. */
  accepts(types: string[]): string | false;
}

/** A handler may return a plain value (sent as JSON with the route's success status) or a reply. */
export interface HttpReply {
  kind: 'reply';
  status: number;
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export function reply(
  status: number,
  body: unknown,
  options: { contentType?: string; headers?: Record<string, string> } = {},
): HttpReply {
  return { kind: 'reply', status, body, ...options };
}

/** A success answer: its body's schema (JSON unless `contentType` says otherwise). */
export interface SuccessResponse<S extends z.ZodType = z.ZodType> {
  description: string;
  schema: S;
  /** Defaults to application/json. */
  contentType?: string;
  /** The same answer in other media types, chosen by a `format` query or Accept (CSV, GeoJSON). */
  alternatives?: Record<string, z.ZodType>;
}

/**
 * An error answer this route gives beyond those every route of its kind gives (400 for input,
 * 401/403 for access, 404 for a path id, 413/415 for a body, 429 when throttled: src/openapi/errors.ts
 * derives them from the declaration). Always problem+json; `schema` adds the route's extension members.
 */
export interface ErrorResponse {
  description: string;
  schema?: z.ZodObject;
}

export type ErrorStatus = 400 | 404 | 409 | 413 | 422 | 503;

export type RouteResponses<S extends z.ZodType> = {
  200?: SuccessResponse<S>;
  201?: SuccessResponse<S>;
  /** Accepted: queued, done later (a message to send again). */
  202?: SuccessResponse<S>;
  204?: { description: string };
} & { [status in ErrorStatus]?: ErrorResponse };

export interface RouteDefinition<R extends RouteRequest = RouteRequest, S extends z.ZodType = z.ZodType> {
  method: Method;
  /** Express-style path, e.g. '/zones/:id'. */
  path: string;
  /** camelCase, unique and stable: generated clients name their calls by it. */
  operationId: string;
  summary: string;
  tags: readonly [ApiTag, ...ApiTag[]];
  access: Access;
  request: R;
  /** Largest accepted body (default 100kb); only for routes that take a body. */
  bodyLimit?: string;
  /** The body's media type when it is not JSON: a file read as text (the body schema is a string). */
  bodyMediaType?: 'text/csv';
  /** The success answer (the lowest 2xx is the default status) and the route's own error answers. */
  responses: RouteResponses<S>;
  /** Returns the success body, which the type checker holds to the success schema, or a reply. */
  handler(input: RouteInput<R>, context: RouteContext): Promise<z.input<S> | HttpReply>;
}

/** Identity function that lets TypeScript infer the input and output types from the schemas. */
export function defineRoute<R extends RouteRequest, S extends z.ZodType = z.ZodType>(
  route: RouteDefinition<R, S>,
): RouteDefinition<R, S> {
  return route;
}

export function successStatus(route: RouteDefinition): number {
  const statuses = Object.keys(route.responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  return statuses.length > 0 ? Math.min(...statuses) : 200;
}

export function isReply(value: unknown): value is HttpReply {
  return typeof value === 'object' && value !== null && (value as HttpReply).kind === 'reply';
}

export type AnyRoute = RouteDefinition<RouteRequest, z.ZodType>;

export function requestIdOf(req: Request): string {
  return String(req.id ?? '');
}
