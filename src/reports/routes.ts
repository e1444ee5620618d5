import { ROLES, STAFF_ROLES } from '../auth/roles';
import { defineRoute } from '../http/route';
import { assertOwnProvider } from '../performance/access';
import type { Services } from '../services';
import { coverageReport } from './coverage-report';
import { providerReport } from './provider-report';
import { chooseFormat, renderCoverage, renderProviders } from './render';
import {
  CoverageReportSchema,
  CsvSchema,
  ProviderReportSchema,
  ReportFeatureCollectionSchema,
} from './responses';
import { CoverageReportQuery, ProviderReportQuery } from './schemas';
import { geometryByZone } from './zone-geometry';

/** The same report as CSV or GeoJSON, by `format` or Accept. */
const ALTERNATIVES = { 'text/csv': CsvSchema, 'application/geo+json': ReportFeatureCollectionSchema };

/**
 * Commissioners' reports (README "Coverage report"). Officers, commissioners and admins read both;
 * providers may not read the coverage report (it names every provider in every zone and their
 * declared capacity) and read only their own rows of the provider-level report.
 */
export function reportRoutes(services: Services) {
  const { clock, zones } = services;
  /** Outlines of the zone layer in force at the report's instant. */
  const geometryAt = (asOf: string) => async () =>
    geometryByZone((await zones.inForce(Date.parse(asOf))).simplifiedZones);
  return [
    defineRoute({
      method: 'get',
      path: '/reports/coverage',
      operationId: 'getCoverageReport',
      summary:
        'Zone coverage report: framework, demand and supply, unmet need, pick-up, hand-backs, cost and RAG, per zone and county-wide',
      tags: ['reports'],
      access: { roles: STAFF_ROLES },
      request: { query: CoverageReportQuery },
      responses: {
        200: {
          description: 'The report (JSON; CSV or GeoJSON by `format` or Accept)',
          schema: CoverageReportSchema,
          alternatives: ALTERNATIVES,
        },
      },
      async handler({ query }, { accepts }) {
        const report = await coverageReport(services, query, clock.now());
        return renderCoverage(report, chooseFormat(query.format, accepts), geometryAt(report.asOf));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reports/providers',
      operationId: 'getProviderReport',
      summary: 'Provider-level report: each provider’s KPIs per zone and over all its zones',
      tags: ['reports'],
      access: { roles: ROLES },
      request: { query: ProviderReportQuery },
      responses: {
        200: {
          description: 'The report (a provider sees only its own rows)',
          schema: ProviderReportSchema,
          alternatives: ALTERNATIVES,
        },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ query }, { actor, accepts }) {
        if (query.provider !== undefined) assertOwnProvider(actor, query.provider);
        const providerId = actor.role === 'provider' ? actor.providerId! : query.provider;
        const report = await providerReport(services, query, clock.now(), providerId);
        return renderProviders(report, chooseFormat(query.format, accepts), geometryAt(report.asOf));
      },
    }),
  ];
}
