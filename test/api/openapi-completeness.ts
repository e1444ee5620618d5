/**
 * What the document must say of every route, checked against the route table: an operationId
 * (camelCase, unique), tags declared at the top level with a description, a schema for each
 * success media type, and the error answers the middleware can give (400 always: an unknown query
 * parameter is refused; 401 unless public, 403 when a role may not call it, 404 for a path id, 413
 * and 415 for a body, 429 unless public: only failing credentials are throttled),
 * each a problem+json Problem or (400) ValidationProblem.
 */
import { USER_ROLES } from '../../src/auth/roles';
import type { AnyRoute } from '../../src/http/route';
import { openApiPath } from '../../src/openapi/document';

interface Operation {
  operationId?: string;
  tags?: string[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  requestBody?: unknown;
  'x-roles'?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | undefined> | undefined>;
  tags?: { name: string; description?: string }[];
}

function expectedErrors(route: AnyRoute): number[] {
  const restricted =
    'roles' in route.access &&
    USER_ROLES.some((r) => !('roles' in route.access && route.access.roles.includes(r)));
  return [
    400,
    ...('roles' in route.access ? [401] : []),
    ...(restricted ? [403] : []),
    ...(route.path.includes(':') ? [404] : []),
    ...(route.request.body ? [413, 415] : []),
    ...('roles' in route.access ? [429] : []),
  ];
}

function operationProblems(operation: Operation, route: AnyRoute, declared: Set<string>): string[] {
  const problems: string[] = [];
  if (!operation.operationId || !/^[a-z][A-Za-z0-9]*$/.test(operation.operationId))
    problems.push('no operationId');
  if (!operation.tags?.length) problems.push('no tag');
  for (const tag of operation.tags ?? [])
    if (!declared.has(tag)) problems.push(`tag "${tag}" is not declared with a description`);
  const statuses = Object.keys(operation.responses);
  const success = statuses.filter((s) => s.startsWith('2'));
  if (success.length === 0) problems.push('no success answer');
  for (const status of success.filter((s) => s !== '204')) {
    const content = Object.values(operation.responses[status]!.content ?? {});
    if (content.length === 0 || content.some((c) => !c.schema)) problems.push(`${status} has no schema`);
  }
  for (const status of expectedErrors(route)) {
    const answer = operation.responses[String(status)];
    if (!answer) {
      problems.push(`no ${status} answer`);
      continue;
    }
    const component = status === 400 ? 'ValidationProblem' : 'Problem';
    const ref = answer.content?.['application/problem+json']?.schema?.$ref;
    // A route's own problem with extension members is inline; every derived one names its component.
    if (ref !== undefined && ref !== `#/components/schemas/${component}`)
      problems.push(`${status} is not a ${component}`);
    if (!answer.content?.['application/problem+json']) problems.push(`${status} is not problem+json`);
  }
  return problems;
}

/** Everything the document leaves out, one line per omission ([] when complete). */
export function incompleteness(doc: OpenApiDocument, routes: readonly AnyRoute[]): string[] {
  const declared = new Set((doc.tags ?? []).filter((t) => t.description).map((t) => t.name));
  const ids = new Map<string, string>();
  const problems: string[] = [];
  for (const route of routes) {
    const path = openApiPath(route.path);
    const operation = doc.paths[path]?.[route.method];
    const name = `${route.method} ${path}`;
    if (!operation) {
      problems.push(`${name}: not documented`);
      continue;
    }
    problems.push(...operationProblems(operation, route, declared).map((p) => `${name}: ${p}`));
    const id = operation.operationId;
    if (id && ids.has(id)) problems.push(`${name}: operationId ${id} is also ${ids.get(id)}'s`);
    if (id) ids.set(id, name);
  }
  return problems;
}
