import { z } from 'zod';
import { NotFound } from '../errors';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { createUserWithToken, issueUserToken, revokeUserTokens } from './commands';
import { listUsers, findUser } from './queries';
import { ROLES } from './roles';
import { IssuedTokenSchema, NewUserSchema, UserSchema } from './schemas';

export function authRoutes({ db, clock, config }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user',
      tags: ['users'],
      access: { roles: ROLES },
      request: {},
      responses: { 200: { description: 'The current user', schema: UserSchema } },
      async handler(_input, { actor }) {
        const user = await findUser(db, actor.userId!);
        if (!user) throw new NotFound('user-not-found', 'The signed-in user no longer exists.');
        return user;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/users',
      summary: 'All users',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: {},
      responses: { 200: { description: 'Users', schema: z.object({ users: z.array(UserSchema) }) } },
      async handler() {
        return { users: await listUsers(db) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      summary: 'Create a user and its first API token (shown once)',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { body: NewUserSchema },
      responses: { 201: { description: 'Created', schema: IssuedTokenSchema } },
      async handler({ body }, { actor }) {
        return createUserWithToken(db, actor, body, clock.now(), config.tokenTtlDays);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/tokens',
      summary: 'Issue another API token for a user (shown once)',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: {
        201: {
          description: 'Issued',
          schema: z.object({ token: z.string(), expiresAt: z.string().nullable() }),
        },
      },
      async handler({ params }, { actor }) {
        return issueUserToken(db, actor, params.id, clock.now(), config.tokenTtlDays);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/users/:id/tokens',
      summary: 'Revoke every API token of a user',
      tags: ['users'],
      access: { roles: ['admin'] },
      request: { params: IdParams },
      responses: { 200: { description: 'Revoked', schema: z.object({ revoked: z.number().int() }) } },
      async handler({ params }, { actor }) {
        return { revoked: await revokeUserTokens(db, actor, params.id, clock.now()) };
      },
    }),
  ];
}
