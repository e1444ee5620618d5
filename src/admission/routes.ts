import { z } from 'zod';
import { commandContext } from '../allocation/context';
import { OVERSIGHT_ROLES, ROLES, type Actor } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { NotFound } from '../errors';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { registerApplicant } from './applicants';
import { decideApplication, submitApplication } from './applications';
import type { Application } from './model';
import { findApplication, listApplications, listRounds } from './queries';
import { readinessRoutes } from './readiness-routes';
import { openRound } from './rounds';
import {
  ApplicantSchema,
  ApplicationListQuery,
  ApplicationSchema,
  DecisionSchema,
  NewApplicantSchema,
  NewApplicationSchema,
  NewRoundSchema,
  RoundListQuery,
  RoundSchema,
} from './schemas';

/** A provider user sees its own applications only; another's answers as a missing one (404). */
function visibleTo(actor: Actor, application: Application | undefined, id: number): Application {
  if (!application || (actor.role === 'provider' && actor.providerId !== application.providerId)) {
    throw new NotFound('application-not-found', `No application ${id}.`);
  }
  return application;
}

/** Admission to the open framework (docs/specification/providers-and-framework.md §4.15–4.16). */
export function admissionRoutes(services: Services) {
  return [...roundRoutes(services), ...applicationRoutes(services), ...readinessRoutes(services)];
}

function roundRoutes(services: Services) {
  const { db, clock } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/admission/rounds',
      operationId: 'listAdmissionRounds',
      summary: 'Admission rounds, newest first (open=true: those still taking applications)',
      tags: ['admission'],
      access: { roles: ROLES },
      request: { query: RoundListQuery },
      responses: {
        200: {
          description: 'Rounds',
          schema: z.object({ rounds: z.array(RoundSchema) }).meta({ id: 'AdmissionRoundList' }),
        },
      },
      async handler({ query }) {
        return { rounds: await listRounds(db, query, londonDate(clock.now())) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admission/rounds',
      operationId: 'openAdmissionRound',
      summary:
        'Open an admission round for chosen zones and roles, or CHC approval; eligible providers are told',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { body: NewRoundSchema },
      responses: {
        201: { description: 'Opened', schema: RoundSchema },
        422: { description: 'An unknown zone' },
      },
      async handler({ body }, { actor }) {
        return openRound(commandContext(services, actor), body);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admission/applicants',
      operationId: 'registerApplicant',
      summary: 'Register a new organisation for admission: an applicant provider and its invited first user',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { body: NewApplicantSchema },
      responses: {
        201: { description: 'Registered; the invitation is on its way', schema: ApplicantSchema },
        409: { description: 'Another provider has the name or CQC location id' },
        422: { description: 'Inconsistent CQC ratings, or the email is taken' },
      },
      async handler({ body }, { actor }) {
        return registerApplicant(commandContext(services, actor), body, services.config.web);
      },
    }),
  ];
}

function applicationRoutes(services: Services) {
  const { db } = services;
  const roles = [...OVERSIGHT_ROLES, 'provider'] as const;
  return [
    defineRoute({
      method: 'get',
      path: '/admission/applications',
      operationId: 'listAdmissionApplications',
      summary: 'Applications, newest first (a provider user: its own)',
      tags: ['admission'],
      access: { roles },
      request: { query: ApplicationListQuery },
      responses: {
        200: {
          description: 'Applications',
          schema: z
            .object({ applications: z.array(ApplicationSchema) })
            .meta({ id: 'AdmissionApplicationList' }),
        },
      },
      async handler({ query }, { actor }) {
        const providerId = actor.role === 'provider' ? actor.providerId! : undefined;
        const filter = { providerId, roundId: query.round, status: query.status };
        return { applications: await listApplications(db, filter) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admission/applications',
      operationId: 'applyForAdmission',
      summary: "Apply to a round, for the caller's own organisation: a zone role or CHC approval",
      tags: ['admission'],
      access: { roles: ['provider'] },
      request: { body: NewApplicationSchema },
      responses: {
        201: { description: 'Submitted; commissioners are told', schema: ApplicationSchema },
        404: { description: 'No such round' },
        422: { description: 'The round is closed or does not invite this; already applied or held' },
      },
      async handler({ body }, { actor }) {
        return submitApplication(commandContext(services, actor), actor.providerId!, body);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/admission/applications/:id',
      operationId: 'getAdmissionApplication',
      summary: 'One application (a provider user: its own only)',
      tags: ['admission'],
      access: { roles },
      request: { params: IdParams },
      responses: {
        200: { description: 'The application', schema: ApplicationSchema },
        404: { description: 'No such application (or not yours)' },
      },
      async handler({ params }, { actor }) {
        return visibleTo(actor, await findApplication(db, params.id), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admission/applications/:id/decision',
      operationId: 'decideAdmissionApplication',
      summary: 'Score and accept or reject an application, with a comment; accepted, its role is mobilising',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams, body: DecisionSchema },
      responses: {
        200: { description: 'Decided', schema: ApplicationSchema },
        404: { description: 'No such application' },
        422: { description: 'Already decided, or the score is below the round threshold' },
      },
      async handler({ params, body }, { actor }) {
        return decideApplication(commandContext(services, actor), params.id, body);
      },
    }),
  ];
}
