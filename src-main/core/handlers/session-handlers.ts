import { AppError } from '../errors';
import type { Handler } from '../router/context';
import { deactivateUser } from '../session/deactivate-user';
import { setUpInstallation } from '../session/first-run-setup';
import { recoverWithCode } from '../session/recovery';
import { assertPasswordFitsUser } from '../users/users-service';

export const sessionHandlers: {
  'session.status': Handler<'session.status'>;
  'session.setup': Handler<'session.setup'>;
  'session.login': Handler<'session.login'>;
  'session.recover': Handler<'session.recover'>;
  'session.lock': Handler<'session.lock'>;
  'session.logout': Handler<'session.logout'>;
  'session.touch': Handler<'session.touch'>;
  'session.changePassword': Handler<'session.changePassword'>;
  'users.deactivate': Handler<'users.deactivate'>;
} = {
  'session.status': (_input, { session }) => session.status(),
  'session.setup': (input, { session }) => setUpInstallation(session, input),
  'session.login': (input, { session }) => session.login(input.username, input.password),
  'session.recover': (input, { session }) =>
    recoverWithCode(session, input.recoveryCode, input.adminUsername, input.newPassword),
  'session.lock': async (_input, { session }) => {
    await session.close('lock');
    return null;
  },
  'session.logout': async (_input, { session }) => {
    await session.close('logout');
    return null;
  },
  'session.touch': async (_input, { session }) => ({ locksAt: session.touch() }),
  'session.changePassword': async (input, ctx) => {
    const { db, actor } = ctx.signedIn();
    if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_UNCHANGED');
    assertPasswordFitsUser(input.newPassword, actor.username);
    await ctx.session.changeOwnPassword(db, input.currentPassword, input.newPassword);
    return ctx.session.status();
  },
  'users.deactivate': (input, { session }) => deactivateUser(session, input.id),
};
