/**
 * The error answers of a route in the document: those every route of its kind can give, derived here
 * from its declaration (what it takes, who may call it, its path), and the route's own (409, 422…).
 * The statuses follow what the middleware does (src/http/mount.ts, src/http/problem.ts,
 * src/auth/throttle.ts), so a strict client or a fuzzer is never surprised by a documented one.
 */
import { z } from 'zod';
import { USER_ROLES } from '../auth/roles';
import type { AnyRoute, ErrorResponse } from '../http/route';

export const ProblemSchema = z
  .looseObject({
    type: z.string().describe('A stable id of the problem, e.g. /problems/package-not-found'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe('What went wrong, for a person to read'),
    requestId: z.string().optional().describe('Quote it when reporting a problem'),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details; some problems add members of their own (e.g. the nearest zone)',
  });

export const FieldIssueSchema = z
  .object({
    path: z.string().describe("The failing field, e.g. 'query.lat' or 'body.rates.urban'"),
    message: z.string(),
  })
  .meta({ id: 'FieldIssue' });

export const ValidationProblemSchema = z
  .intersection(
    ProblemSchema,
    z.object({ errors: z.array(FieldIssueSchema).describe('Every failing field') }),
  )
  .meta({ id: 'ValidationProblem', description: 'A problem with the input, naming each failing field' });

/** An error answer as the document gives it: a problem schema and, for some, a header. */
export interface DocumentedError {
  description: string;
  schema: z.ZodType;
  headers?: Record<string, { description: string; schema: { type: 'string' } | { type: 'integer' } }>;
}

const problem = (description: string, extra?: z.ZodObject): DocumentedError => ({
  description,
  schema: extra ? z.intersection(ProblemSchema, extra) : ProblemSchema,
});

/** The error answers every route of its kind gives, by status. */
function derivedErrors(route: AnyRoute): Record<number, DocumentedError> {
  const errors: Record<number, DocumentedError> = {};
  // Every route refuses a query parameter it does not declare (src/http/validate.ts strictQuery).
  errors[400] = {
    description:
      "The input is not valid, or a query parameter is not one of the route's: `errors` names each",
    schema: ValidationProblemSchema,
  };
  if ('roles' in route.access) {
    errors[401] = {
      ...problem('No credentials, or a token that is unknown, expired or revoked'),
      headers: { 'WWW-Authenticate': { description: 'Always `Bearer`', schema: { type: 'string' } } },
    };
    const allowed = route.access.roles;
    // Every role a user may hold, members included: a member's token is refused every route.
    if (USER_ROLES.some((role) => !allowed.includes(role)))
      errors[403] = problem(`Not open to the caller's role (open to: ${allowed.join(', ')})`);
  }
  // A path id that matches nothing (or, for a provider user, another provider's) is not found.
  if (route.path.includes(':')) errors[404] = problem('Nothing with that id (or not yours to see)');
  if (route.request.body) {
    errors[413] = problem(`The body is larger than ${route.bodyLimit ?? '100kb'}`);
    errors[415] = problem(
      route.bodyMediaType
        ? `The body is not ${route.bodyMediaType}, or in an encoding the service does not read`
        : 'The body is in an encoding or charset the service does not read',
    );
  }
  // Only failing credentials are ever refused with 429 (src/auth/throttle.ts), so only routes that
  // take credentials document it; public routes (/health, the documents) are never throttled.
  if ('roles' in route.access) {
    errors[429] = {
      ...problem(
        'Failing credentials from an address with too many failed authentications; wait as Retry-After says',
      ),
      headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    };
  }
  return errors;
}

/** Every error answer of the route: the derived ones, with the route's own description where it gives one. */
export function errorResponses(route: AnyRoute): Record<number, DocumentedError> {
  const errors = derivedErrors(route);
  for (const [status, spec] of Object.entries(route.responses)) {
    if (Number(status) < 400) continue;
    const own = spec as ErrorResponse;
    const derived = errors[Number(status)];
    errors[Number(status)] =
      derived && !own.schema
        ? { ...derived, description: own.description }
        : { ...derived, ...problem(own.description, own.schema) };
  }
  return errors;
}
