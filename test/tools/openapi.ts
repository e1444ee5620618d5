/**
 * `tsx tools/openapi.ts lint`: lints the API's OpenAPI document with Redocly's recommended rules
 * (redocly.yaml) and fails on any problem, warnings included.
 * `tsx tools/openapi.ts types`: writes test/generated/api-types.ts from the document.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_TYPES_FILE, buildDocument, generateApiTypes } from './openapi-document';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

function redoclyLint(file: string): LintReport {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'redocly');
  const result = spawnSync(
    bin,
    ['lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format=json', '--max-problems=1000'],
    {
      encoding: 'utf8',
      // Redocly sends usage data unless told not to, and checks for updates: neither leaves this machine.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  if (result.error) throw result.error;
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  if (!json.startsWith('{')) throw new Error(`redocly lint gave no report:\n${result.stderr}`);
  return JSON.parse(json) as LintReport;
}

async function lint(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    const document = await buildDocument();
    fs.writeFileSync(file, JSON.stringify(document, null, 2));
    const report = redoclyLint(file);
    for (const p of report.problems) {
      console.log(`${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
    }
    const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item ?? {}));
    console.log(
      `openapi:lint: ${operations.length} operations; ${report.totals.errors} errors, ${report.totals.warnings} warnings`,
    );
    return report.totals.errors + report.totals.warnings === 0 ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function types(): Promise<number> {
  fs.mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
  fs.writeFileSync(API_TYPES_FILE, await generateApiTypes(await buildDocument()));
  console.log(`openapi:types: wrote ${path.relative(ROOT, API_TYPES_FILE)}`);
  return 0;
}

const commands: Record<string, () => Promise<number>> = { lint, types };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('usage: tsx tools/openapi.ts lint|types');
  process.exit(2);
}
process.exitCode = await command();
