import { IdParams } from '../http/params';
import { z } from 'zod';
import { NotFound } from '../errors';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { createUserWithToken, issueUserToken, revokeUserTokens } from './commands';
import { findUser } from './queries';
import { listAccounts } from '../users/queries';
import { accountAnswer } from '../users/answers';
import { AccountSchema } from '../users/schemas';
import { ApiTokenSchema, IssuedTokenSchema, NewUserSchema, UserSchema } from './schemas';

/** The signed-in user, and the admin's users and API tokens. */
export function authRoutes(services: Services) {
  return [meRoute(services), ...userRoutes(services), ...tokenRoutes(services)];
}

function meRoute({ db }: Services) {
  return defineRoute({
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    summary: 'The signed-in user',
    tags: ['users'],
    access: { roles: ['officer', 'provider', 'commissioner', 'admin'] },
    request: {},
    responses: {
      200: { description: 'The current user', schema: UserSchema },
      404: { description: 'The signed-in user no longer exists' },
    },
    async handler(_input, { actor }) {
      const user = await findUser(db, actor.userId!);
      if (!user) throw new NotFound('user-not-found', 'The signed-in user no longer exists.');
      return user;
    },
  });
}

function userRoutes({ db, clock, config }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/users',
      operationId: 'listUsers',
      summary: 'All users, with how they sign in and their sign-in history',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 200: { description: 'Users', schema: z.object({ users: z.array(AccountSchema) }) } },
      async handler() {
        return { users: (await listAccounts(db)).map(accountAnswer) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      operationId: 'createUser',
      summary: 'Create a user and its first API token (shown once)',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { body: NewUserSchema },
      responses: {
        201: { description: 'Created', schema: IssuedTokenSchema },
        422: { description: 'No such provider, or another user has the email address' },
      },
      async handler({ body }, { actor }) {
        return createUserWithToken({ db, actor, now: clock.now() }, body, config.tokenTtlDays);
      },
    }),
  ];
}

function tokenRoutes({ db, clock, config }: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/users/:id/tokens',
      operationId: 'issueUserToken',
      summary: 'Issue another API token for a user (shown once)',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: {
        201: {
          description: 'Issued',
          schema: ApiTokenSchema,
        },
      },
      async handler({ params }, { actor }) {
        return issueUserToken({ db, actor, now: clock.now() }, params.id, config.tokenTtlDays);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/users/:id/tokens',
      operationId: 'revokeUserTokens',
      summary: 'Revoke every API token of a user',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: {
        200: {
          description: 'Revoked',
          schema: z.object({ revoked: z.number().int().describe('How many live tokens were revoked') }),
        },
        409: {
          description:
            "Refused: the user is the last administrator with a live token (the API's last admin access)",
        },
      },
      async handler({ params }, { actor }) {
        return { revoked: await revokeUserTokens({ db, actor, now: clock.now() }, params.id) };
      },
    }),
  ];
}
