import { STAFF_ROLES } from '../../auth/roles';
import { PACKAGE_STATUSES, URGENCIES } from '../../packages/model';
import { listPackages } from '../../packages/queries';
import { PackageListQuery } from '../../packages/schemas';
import { providerNames } from '../../performance/kpis/queries';
import { BANDS } from '../../pricing/bands';
import type { Services } from '../../services';
import { choiceItems, fieldErrors, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { pageNumber, pagination } from '../pagination';
import { renderForm } from '../views';

export const SEARCH_PAGE_SIZE = 25;
const FIELDS = [
  'reference',
  'match',
  'status',
  'zone',
  'band',
  'urgency',
  'provider',
  'intakeFrom',
  'intakeTo',
];
const MESSAGES: Record<string, string> = {
  reference: 'Enter a reference of letters, digits and dashes',
  intakeFrom: 'Enter the first intake day as a real date',
  intakeTo: 'Enter the last intake day as a real date, not before the first',
  provider: 'Select a provider from the list',
};

/**
 * The search form's query as `GET /packages` takes it (the same schema, so the page finds exactly
 * what the API would). A parameter the form does not have is refused, naming it, as the API does.
 */
function searchQuery(query: FormBody) {
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(query, f).trim()]));
  const unknown = Object.keys(query).filter((k) => !FIELDS.includes(k) && k !== 'page');
  const page = pageNumber(text(query, 'page'));
  const { reference, match, provider, ...rest } = values;
  const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''));
  const parsed = PackageListQuery.safeParse({
    ...given,
    ...(reference ? { [match === 'exact' ? 'reference' : 'referencePrefix']: reference } : {}),
    ...(provider ? { provider } : {}),
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  });
  const errors: FieldErrors = parsed.success
    ? {}
    : fieldErrors(
        parsed.error,
        (path) => (path[0] === 'referencePrefix' ? 'reference' : String(path[0])),
        MESSAGES,
      );
  for (const k of unknown) errors[k] = `The search has no “${k}” filter: remove it from the address`;
  return { values, page, filter: parsed.success && unknown.length === 0 ? parsed.data : null, errors };
}

/** Every package, found by reference, status, zone, band, urgency, provider or intake days (issue 16). */
export function searchPages({ db, zoneFacts }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/staff/packages',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const { values, page, filter, errors } = searchQuery(req.query as FormBody);
        const [zones, providers, found] = await Promise.all([
          zoneFacts.list(db),
          providerNames(db),
          filter ? listPackages(db, { ...filter, providerId: filter.provider }) : null,
        ]);
        const zoneName = new Map(zones.map((z) => [z.id, z.name]));
        renderForm(
          res,
          'pages/staff/packages.njk',
          {
            values,
            searched: FIELDS.some((f) => f !== 'match' && values[f]),
            total: found?.total ?? 0,
            first: (page - 1) * SEARCH_PAGE_SIZE + 1,
            packages: (found?.packages ?? []).map((p) => ({
              ...p,
              zoneName: zoneName.get(p.zoneId) ?? p.zoneId,
              providerName: p.providerId === null ? null : (providers.get(p.providerId) ?? null),
            })),
            pagination: pagination({
              path: '/staff/packages',
              values,
              page,
              total: found?.total ?? 0,
              pageSize: SEARCH_PAGE_SIZE,
            }),
            statusItems: choiceItems(PACKAGE_STATUSES, values.status, {
              blank: 'Any status',
              describe: label,
            }),
            zoneItems: choiceItems(
              zones.map((z) => ({ value: z.id, text: z.name })),
              values.zone,
              { blank: 'Any zone' },
            ),
            bandItems: choiceItems(BANDS, values.band, { blank: 'Any band', describe: label }),
            urgencyItems: choiceItems(URGENCIES, values.urgency, { blank: 'Any urgency', describe: label }),
            providerItems: choiceItems(
              [...providers]
                .map(([id, name]) => ({ value: String(id), text: name }))
                .sort((a, b) => a.text.localeCompare(b.text)),
              values.provider,
              { blank: 'Any provider' },
            ),
            matchItems: choiceItems(
              [
                { value: 'prefix', text: 'Starts with' },
                { value: 'exact', text: 'Exactly' },
              ],
              values.match === 'exact' ? 'exact' : 'prefix',
            ),
          },
          { errors },
        );
      },
    }),
  ];
}
