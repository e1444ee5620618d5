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

/** An entry from the papers' figures; whether it has primes, and its minimums, follow from its size class. */
const zone = (
  entry: Omit<ZoneCatalogueEntry, 'aliases' | 'hasPrimes' | 'minPrimes' | 'minProviders'> & {
    aliases?: string[];
  },
): ZoneCatalogueEntry => {
  const hasPrimes = entry.sizeClass !== 'rural-free';
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases ?? [],
    sizeClass: entry.sizeClass,
    mainSettlements: entry.mainSettlements,
    plannedWeeklyHours: entry.plannedWeeklyHours,
    hasPrimes,
    minPrimes: hasPrimes ? 2 : 0,
    minProviders: 2,
    successfulBids2021: entry.successfulBids2021,
  };
};

export const ZONE_CATALOGUE: readonly ZoneCatalogueEntry[] = [
  zone({
    id: 'coalville-ashby',
    name: 'Coalville and Ashby',
    sizeClass: 'large',
    mainSettlements: ['Coalville', 'Ashby', 'Ibstock', 'Measham', 'Ravenstone', 'Ellistown'],
    plannedWeeklyHours: 3600,
    successfulBids2021: 18,
    aliases: ['Ashby and Coalville'],
  }),
  zone({
    id: 'charnwood-north',
    name: 'Charnwood North',
    sizeClass: 'large',
    mainSettlements: ['Loughborough', 'Shepshed', 'Kegworth'],
    plannedWeeklyHours: 2925,
    successfulBids2021: 16,
  }),
  zone({
    id: 'charnwood-south',
    name: 'Charnwood South',
    sizeClass: 'large',
    mainSettlements: ['Quorn', 'Barrow upon Soar', 'Mountsorrel', 'Birstall', 'Syston'],
    plannedWeeklyHours: 2875,
    successfulBids2021: 22,
  }),
  zone({
    id: 'west-leicester',
    name: 'West Leicester',
    sizeClass: 'large',
    mainSettlements: ['Braunstone', 'Markfield', 'Anstey', 'Ratby', 'Groby'],
    plannedWeeklyHours: 2525,
    successfulBids2021: 27,
  }),
  zone({
    id: 'oadby-wigston',
    name: 'Oadby and Wigston',
    sizeClass: 'large',
    mainSettlements: ['Oadby', 'Wigston', 'Great Glen', 'Fleckney', 'Kibworth Harcourt'],
    plannedWeeklyHours: 3050,
    successfulBids2021: 26,
    aliases: ['Oadby and Wigton'],
  }),
  zone({
    id: 'hinckley',
    name: 'Hinckley',
    sizeClass: 'large',
    mainSettlements: ['Hinckley', 'Earl Shilton', 'Sapcote', 'Stoney Stanton', 'Broughton Astley'],
    plannedWeeklyHours: 3250,
    successfulBids2021: 20,
  }),
  zone({
    id: 'melton',
    name: 'Melton',
    sizeClass: 'medium',
    mainSettlements: ['Melton', 'Asfordby', 'Harby'],
    plannedWeeklyHours: 1500,
    successfulBids2021: 8,
  }),
  zone({
    id: 'south-leicestershire',
    name: 'South Leicestershire',
    sizeClass: 'medium',
    mainSettlements: ['Narborough', 'Blaby', 'Countesthorpe', 'Whetstone'],
    plannedWeeklyHours: 1200,
    successfulBids2021: 24,
  }),
  zone({
    id: 'market-harborough',
    name: 'Market Harborough',
    sizeClass: 'medium',
    mainSettlements: ['Market Harborough'],
    plannedWeeklyHours: 900,
    successfulBids2021: 12,
  }),
  zone({
    id: 'castle-donington',
    name: 'Castle Donington',
    sizeClass: 'small-town',
    mainSettlements: ['Castle Donington'],
    plannedWeeklyHours: 350,
    successfulBids2021: 5,
  }),
  zone({
    id: 'lutterworth',
    name: 'Lutterworth',
    sizeClass: 'small-town',
    mainSettlements: ['Lutterworth'],
    plannedWeeklyHours: 300,
    successfulBids2021: 10,
  }),
  zone({
    id: 'bottesford',
    name: 'Bottesford',
    sizeClass: 'small-town',
    mainSettlements: ['Bottesford'],
    plannedWeeklyHours: 100,
    successfulBids2021: 2,
  }),
  // domain.md §2.3: App C calls it "Small Rural Free", but it is a small rural zone with primes.
  zone({
    id: 'west-leicestershire-rural',
    name: 'West Leicestershire Rural',
    sizeClass: 'small-rural',
    mainSettlements: ['Market Bosworth', 'Desford', 'Newbold Verdon', 'Bagworth'],
    plannedWeeklyHours: 400,
    successfulBids2021: 13,
  }),
  zone({
    id: 'harborough-rural',
    name: 'Harborough Rural',
    sizeClass: 'rural-free',
    mainSettlements: ['Husbands Bosworth', 'Medbourne', 'Hallaton'],
    plannedWeeklyHours: 175,
    successfulBids2021: 3,
    aliases: ['Harborough Rural Free Zone'],
  }),
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
