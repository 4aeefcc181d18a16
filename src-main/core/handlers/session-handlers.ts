import { AppError } from '../errors';
import type { Handler } from '../router/context';
import { deactivateUser } from '../session/deactivate-user';
import { setUpInstallation } from '../session/first-run-setup';
import { confirmRecoveryCode, pendingRecoveryCode } from '../session/pending-recovery';
import { recoverWithCode } from '../session/recovery';
import { assertPasswordFitsUser } from '../users/users-service';

/**
 * Session calls. Those of kind `session` run outside the router's queue so a log-in's scrypt does
 * not hold colleagues up; they do their database steps in `ctx.session.exclusive`.
 */
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
  'users.recoveryCodePending': Handler<'users.recoveryCodePending'>;
  'users.recoveryCodeConfirm': Handler<'users.recoveryCodeConfirm'>;
} = {
  'session.status': (_input, ctx) => ctx.session.status(ctx.client.session),
  'session.setup': (input, ctx) => ctx.session.exclusive(() => setUpInstallation(ctx.session, input)),
  'session.login': async (input, ctx) => {
    const { token, status } = await ctx.session.login(input.username, input.password, ctx.client.address);
    // Signing in from a client that still held a session (another person at the same tab) ends that one.
    const previous = ctx.client.session;
    if (previous && previous !== token) await ctx.session.exclusive(() => ctx.session.end(previous, 'logout'));
    ctx.setClientSession(token);
    return status;
  },
  'session.recover': (input, ctx) => recoverWithCode(ctx.session, input.recoveryCode, input.adminUsername, input.newPassword, ctx.client.address),
  'session.lock': async (_input, ctx) => {
    const { session } = ctx.signedIn();
    await ctx.session.exclusive(() => ctx.session.end(session.token, 'lock'));
    ctx.setClientSession(null);
    return null;
  },
  'session.logout': async (_input, ctx) => {
    const { session } = ctx.signedIn();
    await ctx.session.exclusive(() => ctx.session.end(session.token, 'logout'));
    ctx.setClientSession(null);
    return null;
  },
  'session.touch': async (_input, ctx) => ({ locksAt: ctx.session.touch(ctx.signedIn().session) }),
  'session.changePassword': async (input, ctx) => {
    const { db, actor, session } = ctx.signedIn();
    if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_UNCHANGED');
    assertPasswordFitsUser(input.newPassword, actor.username);
    await ctx.session.changeOwnPassword(session, db, input.currentPassword, input.newPassword);
    return ctx.session.status(session.token);
  },
  'users.deactivate': (input, ctx) => {
    const { actor } = ctx.signedIn();
    return ctx.session.exclusive(() => deactivateUser(ctx.session, actor.id, input.id));
  },
  'users.recoveryCodePending': async (_input, ctx) => {
    ctx.signedIn();
    return pendingRecoveryCode(ctx.session);
  },
  'users.recoveryCodeConfirm': async (input, ctx) => {
    const { db, actor } = ctx.signedIn();
    await confirmRecoveryCode(ctx.session, db, actor.id, input.id);
    return null;
  },
};
