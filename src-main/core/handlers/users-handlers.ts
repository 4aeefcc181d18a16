import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { UserEntity } from '../users/user.entity';
import type { Handler } from '../router/context';
import { generateOneTimePassword } from '../users/one-time-password';
import { assertAnotherAdminRemains, getUser, insertUser, listUsers, toSummary, users } from '../users/users-service';

export const usersHandlers: {
  'users.list': Handler<'users.list'>;
  'users.create': Handler<'users.create'>;
  'users.update': Handler<'users.update'>;
  'users.resetPassword': Handler<'users.resetPassword'>;
} = {
  'users.list': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const found = await listUsers(db, input.includeInactive);
    await audit({ action: 'list', entity: 'user', details: { includeInactive: input.includeInactive, count: found.length } });
    return found.map(toSummary);
  },

  'users.create': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const user = await insertUser(db, { ...input, mustChangePassword: true }, ctx.clock.now());
    const oneTimePassword = generateOneTimePassword();
    await audit({ action: 'create', entity: 'user', entityId: user.id, details: { roles: user.roles } });
    // Last: if the keyring cannot be written, the transaction rolls the new user back.
    await ctx.session.writeUserSlot(user.username, oneTimePassword);
    return { user: toSummary(user), oneTimePassword };
  },

  'users.update': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const user = await getUser(db, input.id);
    if (!user.active) throw new AppError('USER_DEACTIVATED');
    await claimVersion(db, UserEntity, { id: user.id }, input.version, ctx.signedIn().actor.id, ctx.clock.now());
    const roles = [...new Set(input.roles)];
    if (user.roles.includes('admin') && !roles.includes('admin')) await assertAnotherAdminRemains(db, user.id);
    const changed = [
      ...(user.displayName !== input.displayName ? ['displayName'] : []),
      ...(user.roles.join() !== roles.join() ? ['roles'] : []),
    ];
    await users(db).update({ id: user.id }, { displayName: input.displayName, roles });
    await audit({ action: 'update', entity: 'user', entityId: user.id, details: { changed, roles } });
    return toSummary(await getUser(db, user.id));
  },

  'users.resetPassword': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const user = await getUser(db, input.id);
    if (!user.active) throw new AppError('USER_DEACTIVATED');
    const oneTimePassword = generateOneTimePassword();
    await users(db).update({ id: user.id }, { mustChangePassword: true });
    await audit({ action: 'resetPassword', entity: 'user', entityId: user.id });
    await ctx.session.writeUserSlot(user.username, oneTimePassword);
    return { oneTimePassword };
  },
};
