/**
 * The API's OpenAPI document and the TypeScript types generated from it, built without a server:
 * the same route table and generator that createApp serves at /openapi.json, on a database that is
 * never queried. Used by `npm run openapi:lint`, `npm run openapi:types` and the test that keeps
 * test/generated/api-types.ts in step with the document.
 */
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { buildOpenApiDocument } from '../../src/openapi/document';
import { buildRoutes } from '../../src/routes';
import { buildServices } from '../../src/services';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../generated/api-types.ts');

export async function buildDocument() {
  const db = connect({ client: 'sqlite3', file: ':memory:' });
  try {
    const services = buildServices({ db, config: loadConfig({ NODE_ENV: 'test' }) });
    return buildOpenApiDocument(buildRoutes(services));
  } finally {
    await db.destroy();
  }
}

const HEADER = `/* eslint-disable */
// Generated from the OpenAPI document by \`npm run openapi:types\` (openapi-typescript); do not edit.
// test/api/openapi-types.test.ts fails when it is out of step with the document.
`;

/** The document's paths and schemas as TypeScript types, for openapi-fetch; formatted as the repository is. */
export async function generateApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0]);
  const options = await prettier.resolveConfig(API_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
