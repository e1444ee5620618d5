import { z } from 'zod';
import { Invalid, type FieldIssue } from '../errors';

const NO_QUERY = z.object({}).strict();

/**
 * A route's query schema as it is enforced: a parameter the route does not declare is refused (400
 * naming it) rather than silently ignored, so a misspelt filter (`?reference=` on a route that has
 * none) can never answer as if unfiltered. A route without a query schema takes no parameters.
 */
export function strictQuery(schema: z.ZodType | undefined): z.ZodType {
  if (schema === undefined) return NO_QUERY;
  return schema instanceof z.ZodObject ? schema.strict() : schema;
}

/** Parses one part of a request; failures name every failing field as 'part.path.to.field'. */
export function parsePart<S extends z.ZodType>(
  part: 'params' | 'query' | 'body',
  schema: S | undefined,
  value: unknown,
): z.output<S> | undefined {
  if (!schema) return undefined;
  const nul = nulCharacters(part, value);
  if (nul.length > 0) throw new Invalid(`The request ${part === 'body' ? 'body' : part} is not valid.`, nul);
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  throw new Invalid(
    `The request ${part === 'body' ? 'body' : part} is not valid.`,
    issuesOf(part, result.error),
  );
}

export function issuesOf(part: string, error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const at = [part, ...issue.path.map(String)];
    // An unknown query parameter is named as its own field (`query.reference`), one issue each.
    if (issue.code === 'unrecognized_keys' && part === 'query') {
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        message: 'not a parameter of this request',
      }));
    }
    return [{ path: at.join('.'), message: issue.message }];
  });
}

/**
 * PostgreSQL cannot store U+0000 in text (it answers with an error, which would be a 500), and no
 * field of ours has a use for it: refused at the edge on either engine, naming each field.
 */
function nulCharacters(part: string, value: unknown): FieldIssue[] {
  // Native and fast even for a 20 MB upload; the walk below runs only when there is one to name.
  if (!(JSON.stringify(value) ?? '').includes('\\u0000')) return [];
  interface Step {
    node: unknown;
    key: string | null;
    parent: Step | null;
  }
  const pathOf = (step: Step): string => {
    const keys: string[] = [];
    for (let s: Step | null = step; s?.key != null; s = s.parent) keys.unshift(s.key);
    return [part, ...keys].join('.');
  };
  const issues: FieldIssue[] = [];
  const stack: Step[] = [{ node: value, key: null, parent: null }];
  while (stack.length > 0 && issues.length < 20) {
    const step = stack.pop()!;
    const { node } = step;
    if (typeof node === 'string') {
      if (node.includes('\u0000'))
        issues.push({ path: pathOf(step), message: 'must not contain the NUL character' });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) {
        const v: unknown = node[i];
        if (typeof v === 'string' || (v !== null && typeof v === 'object'))
          stack.push({ node: v, key: String(i), parent: step });
      }
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' || (v !== null && typeof v === 'object') || k.includes('\u0000')) {
          stack.push({ node: k.includes('\u0000') ? k : v, key: k, parent: step });
        }
      }
    }
  }
  return issues;
}
