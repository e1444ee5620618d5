import { z } from 'zod';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { accountAnswer } from './answers';
import { changeAccount, inviteUser, type Invitation } from './commands';
import { listAccounts } from './queries';
import {
  AccountChangeSchema,
  AccountSchema,
  InvitationSchema,
  InvitedSchema,
  ProviderInvitationSchema,
} from './schemas';
import { assertOwnOrganisation } from './scope';
import { endSessions } from './sessions';

/** Managing users: admins every user, provider administrators their own organisation's (src/users/scope.ts). */
export function userAccountRoutes(services: Services) {
  return [...adminRoutes(services), ...providerRoutes(services)];
}

function invite(
  services: Services,
  actor: Parameters<typeof inviteUser>[0]['actor'],
  invitation: Invitation,
) {
  const { db, clock, config } = services;
  return inviteUser({ db, actor, now: clock.now() }, invitation, config.web).then(({ user, expiresAt }) => ({
    user,
    linkExpiresAt: new Date(expiresAt).toISOString(),
  }));
}

function adminRoutes(services: Services) {
  const { db, clock } = services;
  return [
    defineRoute({
      method: 'post',
      path: '/users/invitations',
      operationId: 'inviteUser',
      summary: 'Invite a user: made without a password and emailed a single-use link to choose one',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { body: InvitationSchema },
      responses: {
        201: { description: 'Invited', schema: InvitedSchema },
        422: {
          description: 'No such provider, the email is taken, or the role signs in with the council account',
        },
      },
      async handler({ body }, { actor }) {
        return invite(services, actor, {
          ...body,
          providerId: body.providerId ?? null,
          providerAdmin: body.providerAdmin ?? false,
        });
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/users/:id',
      operationId: 'changeUser',
      summary: "Change a user's role or provider-administrator flag, or deactivate or reactivate it",
      tags: ['users'],
      access: { roles: ['admin', 'provider'] },
      request: { params: IdParams, body: AccountChangeSchema },
      responses: {
        200: { description: 'The user after the change', schema: AccountSchema },
        409: { description: 'Refused: the last active administrator, or deactivating yourself' },
        422: { description: 'A role changes only between staff roles' },
      },
      async handler({ params, body }, { actor }) {
        const ctx = { db, actor, now: clock.now() };
        const account = await changeAccount(ctx, { userId: params.id, change: body });
        return accountAnswer(account);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/users/:id/sessions',
      operationId: 'endUserSessions',
      summary: 'End every web session of a user (they sign in again)',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: {
        200: { description: 'Ended', schema: z.object({ ended: z.number().int() }) },
      },
      async handler({ params }, { actor }) {
        return { ended: await endSessions({ db, actor, now: clock.now() }, { userId: params.id }) };
      },
    }),
  ];
}

function providerRoutes(services: Services) {
  const { db } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/users',
      operationId: 'listProviderUsers',
      summary: "A provider organisation's users, with their sign-in history",
      tags: ['users'],
      access: { roles: ['admin', 'provider'] },
      request: { params: IdParams },
      responses: { 200: { description: 'Users', schema: z.object({ users: z.array(AccountSchema) }) } },
      async handler({ params }, { actor }) {
        assertOwnOrganisation(actor, params.id);
        return { users: (await listAccounts(db, { providerId: params.id })).map(accountAnswer) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/users',
      operationId: 'inviteProviderUser',
      summary: 'Invite a colleague to a provider organisation (its administrators, or an admin)',
      tags: ['users'],
      access: { roles: ['admin', 'provider'] },
      request: { params: IdParams, body: ProviderInvitationSchema },
      responses: {
        201: { description: 'Invited', schema: InvitedSchema },
        422: {
          description: 'No such provider, the email is taken, or providers do not sign in with passwords',
        },
      },
      async handler({ params, body }, { actor }) {
        return invite(services, actor, {
          ...body,
          role: 'provider',
          providerId: params.id,
          providerAdmin: body.providerAdmin ?? false,
        });
      },
    }),
  ];
}
