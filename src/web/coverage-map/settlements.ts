import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A main settlement of a zone at its point (built by geo/build/build-settlements.ts; labels on the coverage map). */
export interface Settlement {
  zoneId: string;
  name: string;
  lon: number;
  lat: number;
}

export const SETTLEMENTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'settlements.json');

export const SETTLEMENTS: readonly Settlement[] = JSON.parse(
  fs.readFileSync(SETTLEMENTS_FILE, 'utf8'),
) as Settlement[];
