/**
 * Leicestershire's seven districts (local authority districts, by their ONS code), by which the
 * council reports complaints (docs/specification/zones-and-bands.md §2.6). The same codes as the
 * area layer's `lad` (geo/areas.geojson) and a package's `district`.
 */
export const DISTRICTS = [
  { code: 'E07000129', name: 'Blaby' },
  { code: 'E07000130', name: 'Charnwood' },
  { code: 'E07000131', name: 'Harborough' },
  { code: 'E07000132', name: 'Hinckley and Bosworth' },
  { code: 'E07000133', name: 'Melton' },
  { code: 'E07000134', name: 'North West Leicestershire' },
  { code: 'E07000135', name: 'Oadby and Wigston' },
] as const;

export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as [
  (typeof DISTRICTS)[number]['code'],
  ...(typeof DISTRICTS)[number]['code'][],
];
export type DistrictCode = (typeof DISTRICTS)[number]['code'];

/** 'E07000130' → 'Charnwood'; an unknown code as given. */
export function districtName(code: string): string {
  return DISTRICTS.find((d) => d.code === code)?.name ?? code;
}
