import { recordAudit } from '../audit/record';
import { emailTaken, insertUser, type User } from '../auth/queries';
import { STAFF_ROLES, type Role } from '../auth/roles';
import { Conflict, Forbidden, Unprocessable } from '../errors';
import { notify } from '../notifications/notify';
import type { CommandContext } from '../performance/command';
import { createLink } from './links';
import { anotherActiveAdmin, findAccount, type Account } from './queries';
import { assertManages, assertOwnOrganisation } from './scope';
import { endSessionsOf } from './sessions';

export interface Invitation {
  name: string;
  email: string;
  role: Role;
  providerId: number | null;
  providerAdmin: boolean;
}

export interface InvitationSettings {
  invitationHours: number;
  /** Roles that sign in with a password: the others sign in with the council's account. */
  passwordSignInRoles: readonly Role[];
}

/**
 * Creates a user without a password and emails them a single-use link to choose one (through the
 * outbox, in the same transaction): audited. A provider administrator invites only into its own
 * organisation. A role that signs in with the council's account is not invited: its users are made
 * at their first single sign-on.
 */
export async function inviteUser(
  { db, actor, now }: CommandContext,
  invitation: Invitation,
  settings: InvitationSettings,
): Promise<{ user: User; expiresAt: number }> {
  if (invitation.providerId !== null) assertOwnOrganisation(actor, invitation.providerId);
  return db.transaction((trx) => sendInvitation({ db: trx, actor, now }, invitation, settings));
}

/**
 * The invitation itself, in the caller's transaction and without the check of who may manage the
 * organisation's users: for a command that has made that decision itself (registering a new
 * organisation for an admission round, src/admission/applicants.ts).
 */
export async function sendInvitation(
  { db: trx, actor, now }: CommandContext,
  invitation: Invitation,
  settings: InvitationSettings,
): Promise<{ user: User; expiresAt: number }> {
  if (!settings.passwordSignInRoles.includes(invitation.role)) {
    throw new Unprocessable(
      'role-signs-in-with-council-account',
      `Users of the ${invitation.role} role sign in with the council's account: they are added at their first sign-in.`,
    );
  }
  if (
    invitation.providerId !== null &&
    !(await trx('providers').where({ id: invitation.providerId }).first('id'))
  ) {
    throw new Unprocessable('unknown-provider', `No provider with id ${invitation.providerId}.`);
  }
  if (await emailTaken(trx, invitation.email)) {
    throw new Unprocessable('email-taken', 'Another user already has this email address.');
  }
  const user = await insertUser(trx, { ...invitation, passwordHash: null }, now);
  const link = await createLink(
    trx,
    { userId: user.id, purpose: 'invitation', ttlMs: settings.invitationHours * 3_600_000 },
    now,
  );
  await notify(trx, { type: 'account.link', purpose: 'invitation', userId: user.id, ...link }, now);
  await recordAudit(trx, actor, now, {
    action: 'user.invite',
    entityType: 'user',
    entityId: user.id,
    after: { ...user, linkExpiresAt: link.expiresAt },
  });
  return { user, expiresAt: link.expiresAt };
}

/** What an admin or provider administrator may change of a user. */
export interface AccountChange {
  role?: Role;
  providerAdmin?: boolean;
  active?: boolean;
}

/**
 * Changes a user's role (between staff roles: a provider user stays bound to its organisation), its
 * provider-administrator flag, or deactivates or reactivates it — each change audited, in one
 * transaction. The last active admin is neither demoted nor deactivated (409), and nobody
 * deactivates themselves. Deactivating ends the user's web sessions; its API tokens stop working.
 */
export async function changeAccount(
  { db, actor, now }: CommandContext,
  target: { userId: number; change: AccountChange },
): Promise<Account> {
  const { userId, change } = target;
  return db.transaction(async (trx) => {
    const before = assertManages(actor, await findAccount(trx, userId), userId);
    if (actor.role === 'provider' && change.role !== undefined) {
      throw new Forbidden('role-change-admin-only', "Only the council's administrators change roles.");
    }
    await checkChange(trx, { actor: actor.userId, before, change });
    const ctx = { db: trx, actor, now };
    if (change.role !== undefined && change.role !== before.role) {
      await trx('users').where({ id: userId }).update({ role: change.role });
      await audit(ctx, {
        userId,
        action: 'user.role.change',
        before: { role: before.role },
        after: { role: change.role },
      });
    }
    if (change.providerAdmin !== undefined && change.providerAdmin !== before.providerAdmin) {
      await trx('users').where({ id: userId }).update({ provider_admin: change.providerAdmin });
      await audit(ctx, {
        userId,
        action: 'user.provider-admin.change',
        before: { providerAdmin: before.providerAdmin },
        after: { providerAdmin: change.providerAdmin },
      });
    }
    if (change.active !== undefined && change.active !== before.active) {
      await trx('users')
        .where({ id: userId })
        .update({ disabled_at: change.active ? null : now });
      const action = change.active ? 'user.reactivate' : 'user.deactivate';
      await audit(ctx, {
        userId,
        action,
        before: { active: before.active },
        after: { active: change.active },
      });
      if (!change.active) await endSessionsOf(trx, userId);
    }
    return (await findAccount(trx, userId))!;
  });
}

async function checkChange(
  trx: CommandContext['db'],
  { actor, before, change }: { actor: number | null; before: Account; change: AccountChange },
): Promise<void> {
  if (change.role !== undefined && change.role !== before.role) {
    const staff = STAFF_ROLES as readonly Role[];
    if (!staff.includes(change.role) || !staff.includes(before.role)) {
      throw new Unprocessable(
        'role-not-changeable',
        'A role changes only between staff roles (officer, commissioner, admin); a provider user belongs to its organisation.',
      );
    }
  }
  if (change.providerAdmin === true && before.role !== 'provider') {
    throw new Unprocessable(
      'not-a-provider-user',
      'Only provider users can be their organisation’s administrators.',
    );
  }
  if (change.active === false && before.id === actor) {
    throw new Conflict('deactivate-self', 'You cannot deactivate your own account.');
  }
  const losesAdmin =
    before.role === 'admin' &&
    before.active &&
    (change.active === false || (change.role !== undefined && change.role !== 'admin'));
  if (losesAdmin && !(await anotherActiveAdmin(trx, before.id))) {
    throw new Conflict(
      'last-admin',
      `User ${before.id} is the only active administrator: the service would be left with no one able to manage users. Make another user an administrator first.`,
      { title: 'Cannot remove the last administrator' },
    );
  }
}

type ChangeAction = 'user.role.change' | 'user.provider-admin.change' | 'user.reactivate' | 'user.deactivate';

function audit(
  { db, actor, now }: CommandContext,
  entry: { userId: number; action: ChangeAction; before: object; after: object },
) {
  const { userId, action, before, after } = entry;
  return recordAudit(db, actor, now, { action, entityType: 'user', entityId: userId, before, after });
}
