import type { z } from 'zod';
import { Invalid, type FieldIssue } from './errors';

/** Parses one part of a request; failures name every failing field as 'part.path.to.field'. */
export function parsePart<S extends z.ZodType>(
  part: 'params' | 'query' | 'body',
  schema: S | undefined,
  value: unknown,
): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  throw new Invalid(`The request ${part === 'body' ? 'body' : part} is not valid.`, issuesOf(part, result.error));
}

export function issuesOf(part: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
