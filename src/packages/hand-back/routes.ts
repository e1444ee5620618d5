import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { STAFF_ROLES } from '../../auth/roles';
import { IsoDate } from '../../calendar/dates';
import { IdParams } from '../../http/params';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { recordProviderExit } from './exit';
import { providerTransition, TRANSITION_STATES } from './transition';

const ExitSchema = z
  .object({
    noticeDate: IsoDate.describe(
      'The last day the provider delivers care, YYYY-MM-DD: from today to a year ahead; every package it holds is handed back with it',
    ),
  })
  .strict()
  .meta({ id: 'ProviderExit' });

const ExitResultSchema = z
  .object({
    providerId: z.number().int(),
    noticeDate: z.string(),
    handedBack: z.array(z.number().int()).describe('The packages handed back by the exit'),
  })
  .meta({ id: 'ProviderExitResult' });

const TransitionSchema = z
  .object({
    provider: z.object({ id: z.number().int(), name: z.string() }),
    exitNoticeDate: z.string().nullable(),
    exitRecordedAt: z.string().nullable(),
    packages: z
      .array(
        z.object({
          packageId: z.number().int(),
          reference: z.string().nullable(),
          zoneId: z.string(),
          band: z.string(),
          urgency: z.string(),
          weeklyHours: z.number(),
          noticeDate: z.string(),
          state: z.enum(TRANSITION_STATES),
          nextProvider: z.object({ id: z.number().int(), name: z.string() }).nullable(),
          agreedStart: z.string().nullable(),
          careStartedOn: z.string().nullable(),
        }),
      )
      .describe('Waiting first, then re-brokered, started, closed; each by notice date, then urgency'),
  })
  .meta({ id: 'ProviderTransition' });

/** A provider leaving the market: the exit (admin) and the transition of its packages (staff). */
export function providerExitRoutes(services: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/providers/:id/exit',
      operationId: 'recordProviderExit',
      summary: 'Record a provider leaving the market: hands back every package it holds with one notice date',
      tags: ['providers'],
      access: { roles: ['admin'] },
      request: { params: IdParams, body: ExitSchema },
      responses: {
        200: { description: 'The exit and the packages it handed back', schema: ExitResultSchema },
        404: { description: 'No such provider' },
        409: { description: 'The provider has already recorded its exit' },
      },
      async handler({ params, body }, { actor }) {
        const ctx = commandContext(services, actor);
        return recordProviderExit(ctx, { providerId: params.id, noticeDate: body.noticeDate });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/providers/:id/transition',
      operationId: 'getProviderTransition',
      summary: "A leaving provider's packages: re-brokered, started with the new provider, or still waiting",
      tags: ['providers'],
      access: { roles: STAFF_ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'The transition, most urgent first', schema: TransitionSchema },
        404: { description: 'No such provider' },
      },
      async handler({ params }) {
        return providerTransition(services.db, params.id);
      },
    }),
  ];
}
