import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connect';

/**
 * Online backups of the running service's database (`npm run backup`). Each is a consistent
 * snapshot taken while the service keeps working: SQLite's `VACUUM INTO` reads inside one
 * transaction (WAL mode lets the service write meanwhile); pg_dump reads one MVCC snapshot.
 */

/** A consistent copy of a SQLite database in a new file (which must not exist yet). */
export async function backupSqlite(db: Db, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await db.raw('VACUUM INTO ?', [path.resolve(out)]);
}

/** pg_dump in its custom format (restore with pg_restore). */
export function backupPostgres(url: string, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  return run(pgBinary('pg_dump'), [
    '--format=custom',
    '--no-owner',
    `--file=${path.resolve(out)}`,
    `--dbname=${url}`,
  ]);
}

/** pg_restore into an existing, empty database. */
export function restorePostgres(url: string, file: string): Promise<void> {
  return run(pgBinary('pg_restore'), [
    '--no-owner',
    '--exit-on-error',
    `--dbname=${url}`,
    path.resolve(file),
  ]);
}

/**
 * A PostgreSQL client program: on PATH, else the newest under /usr/lib/postgresql/<version>/bin
 * (where Debian's packages put it); undefined when neither has it.
 */
export function findPgBinary(name: 'pg_dump' | 'pg_restore'): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(root, v, 'bin', name)).find((p) => fs.existsSync(p));
}

function pgBinary(name: 'pg_dump' | 'pg_restore'): string {
  const found = findPgBinary(name);
  if (!found)
    throw new Error(
      `${name} is not installed (PostgreSQL client programs: apt-get install postgresql-client)`,
    );
  return found;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
