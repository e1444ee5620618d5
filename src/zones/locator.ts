import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAreaIndexFromFile, type AreaIndex } from './lookup';

/** geo/ at the repository root: the only geographic data the service reads. */
export const GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geo');

/**
 * The zone-and-band lookup the service uses, built once at start-up from geo/areas.geojson.
 * @example loadLocator().locate(-1.2, 52.7667)?.zoneId // 'charnwood-north'
 */
export type Locator = AreaIndex;

export function loadLocator(geoDir: string = GEO_DIR): Locator {
  return loadAreaIndexFromFile(path.join(geoDir, 'areas.geojson'));
}
