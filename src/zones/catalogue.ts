/**
 * The 14 HCfL zones as the council's papers describe them (domain.md §2.2, §2.3).
 * Geometry is not here: it is built into geo/ by `npm run geo:build`.
 */

export const SIZE_CLASSES = ['large', 'medium', 'small-town', 'small-rural', 'rural-free'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export interface ZoneCatalogueEntry {
  id: string;
  name: string;
  /** Other spellings in the papers; matched case-insensitively (domain.md §2.3). */
  aliases: string[];
  sizeClass: SizeClass;
  /** Main settlements (domain.md §2.2); also the seeds of the zone geometry. */
  mainSettlements: string[];
  /** "Initial indicative hours – planned", July 2019 (HC20 App C). */
  plannedWeeklyHours: number;
  /** False only for the rural free zone (HC20 ¶26, ¶30). */
  hasPrimes: boolean;
  /** domain.md §2.3 "Minimum providers": minPrimes 2 (0 for rural free), minProviders 2. */
  minPrimes: number;
  minProviders: number;
  /** 2021 successful bids for the zone (HC21 ¶20); the demo framework reproduces these counts. */
  successfulBids2021: number;
}

const zone = (
  id: string,
  name: string,
  sizeClass: SizeClass,
  mainSettlements: string[],
  plannedWeeklyHours: number,
  successfulBids2021: number,
  aliases: string[] = [],
): ZoneCatalogueEntry => {
  const hasPrimes = sizeClass !== 'rural-free';
  return {
    id,
    name,
    aliases,
    sizeClass,
    mainSettlements,
    plannedWeeklyHours,
    hasPrimes,
    minPrimes: hasPrimes ? 2 : 0,
    minProviders: 2,
    successfulBids2021,
  };
};

export const ZONE_CATALOGUE: readonly ZoneCatalogueEntry[] = [
  zone(
    'coalville-ashby',
    'Coalville and Ashby',
    'large',
    ['Coalville', 'Ashby', 'Ibstock', 'Measham', 'Ravenstone', 'Ellistown'],
    3600,
    18,
    ['Ashby and Coalville'],
  ),
  zone('charnwood-north', 'Charnwood North', 'large', ['Loughborough', 'Shepshed', 'Kegworth'], 2925, 16),
  zone(
    'charnwood-south',
    'Charnwood South',
    'large',
    ['Quorn', 'Barrow upon Soar', 'Mountsorrel', 'Birstall', 'Syston'],
    2875,
    22,
  ),
  zone(
    'west-leicester',
    'West Leicester',
    'large',
    ['Braunstone', 'Markfield', 'Anstey', 'Ratby', 'Groby'],
    2525,
    27,
  ),
  zone(
    'oadby-wigston',
    'Oadby and Wigston',
    'large',
    ['Oadby', 'Wigston', 'Great Glen', 'Fleckney', 'Kibworth Harcourt'],
    3050,
    26,
    ['Oadby and Wigton'],
  ),
  zone(
    'hinckley',
    'Hinckley',
    'large',
    ['Hinckley', 'Earl Shilton', 'Sapcote', 'Stoney Stanton', 'Broughton Astley'],
    3250,
    20,
  ),
  zone('melton', 'Melton', 'medium', ['Melton', 'Asfordby', 'Harby'], 1500, 8),
  zone(
    'south-leicestershire',
    'South Leicestershire',
    'medium',
    ['Narborough', 'Blaby', 'Countesthorpe', 'Whetstone'],
    1200,
    24,
  ),
  zone('market-harborough', 'Market Harborough', 'medium', ['Market Harborough'], 900, 12),
  zone('castle-donington', 'Castle Donington', 'small-town', ['Castle Donington'], 350, 5),
  zone('lutterworth', 'Lutterworth', 'small-town', ['Lutterworth'], 300, 10),
  zone('bottesford', 'Bottesford', 'small-town', ['Bottesford'], 100, 2),
  // domain.md §2.3: App C calls it "Small Rural Free", but it is a small rural zone with primes.
  zone(
    'west-leicestershire-rural',
    'West Leicestershire Rural',
    'small-rural',
    ['Market Bosworth', 'Desford', 'Newbold Verdon', 'Bagworth'],
    400,
    13,
  ),
  zone(
    'harborough-rural',
    'Harborough Rural',
    'rural-free',
    ['Husbands Bosworth', 'Medbourne', 'Hallaton'],
    175,
    3,
    ['Harborough Rural Free Zone'],
  ),
];

/** July 2019 average weekly maintenance hours by band (HC20 ¶39). Never add to the planned total (§2.3). */
export const MAINTENANCE_HOURS_JULY_2019 = {
  urban: 11737,
  fringe: 4648,
  rural: 1301,
  isolated: 314,
} as const;

export function findZone(idOrAlias: string): ZoneCatalogueEntry | undefined {
  const key = idOrAlias.trim().toLowerCase();
  return ZONE_CATALOGUE.find(
    (z) => z.id === key || z.name.toLowerCase() === key || z.aliases.some((a) => a.toLowerCase() === key),
  );
}
