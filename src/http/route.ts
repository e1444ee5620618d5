import type { Request } from 'express';
import type { z } from 'zod';
import type { Actor, Role } from '../auth/roles';

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

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentTypes?: string[];
}

export interface RouteDefinition<R extends RouteRequest = RouteRequest> {
  method: Method;
  /** Express-style path, e.g. '/zones/:id'. */
  path: string;
  /** The OpenAPI operationId: unique, stable, camelCase (e.g. 'registerWebhook'). */
  operationId?: string;
  summary: string;
  tags: string[];
  access: Access;
  request: R;
  /** Largest accepted JSON body (default 100kb); only for routes that take a body. */
  bodyLimit?: string;
  /** The first 2xx entry is the default success status. */
  responses: Record<number, ResponseSpec>;
  handler(input: RouteInput<R>, context: RouteContext): Promise<unknown>;
}

/** Identity function that lets TypeScript infer the handler's input types from the schemas. */
export function defineRoute<R extends RouteRequest>(route: RouteDefinition<R>): RouteDefinition<R> {
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

export type AnyRoute = RouteDefinition<RouteRequest>;

export function requestIdOf(req: Request): string {
  return String(req.id ?? '');
}
