import type { Handler } from '../router/context';
import { readAccessibilityContact, writeAccessibilityContact } from '../settings/accessibility-contact';
import { readInstallationSettings, writeInstallationSettings } from '../settings/installation';
import { getUser, users } from '../users/users-service';

export const settingsHandlers: {
  'settings.installation': Handler<'settings.installation'>;
  'settings.updateInstallation': Handler<'settings.updateInstallation'>;
  'settings.updateMine': Handler<'settings.updateMine'>;
  'settings.accessibilityContact': Handler<'settings.accessibilityContact'>;
  'settings.updateAccessibilityContact': Handler<'settings.updateAccessibilityContact'>;
} = {
  'settings.installation': async (_input, ctx) => readInstallationSettings(ctx.signedIn().db),

  'settings.updateInstallation': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await writeInstallationSettings(db, input, actor.id, ctx.clock.now());
    await audit({ action: 'update', entity: 'installation', details: { modules: input.modules } });
    return readInstallationSettings(db);
  },

  'settings.updateMine': async (input, ctx) => {
    const { db, actor, session, audit } = ctx.signedIn();
    const changes = {
      ...(input.uiLanguage !== undefined ? { uiLanguage: input.uiLanguage } : {}),
      ...(input.autoLockMinutes !== undefined ? { autoLockMinutes: input.autoLockMinutes } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await users(db).update({ id: actor.id }, changes);
      await audit({ action: 'update', entity: 'user', entityId: actor.id, details: { changed: Object.keys(changes) } });
    }
    ctx.session.refreshUser(await getUser(db, actor.id));
    ctx.session.touch(session);
    return ctx.session.status(session.token);
  },

  'settings.accessibilityContact': async (_input, ctx) => readAccessibilityContact(ctx.signedIn().db),

  'settings.updateAccessibilityContact': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const saved = await writeAccessibilityContact(db, input, actor.id, ctx.clock.now());
    // The contact is the organisation's, but the entry still holds no text: only that it changed.
    await audit({ action: 'update', entity: 'accessibilityContact' });
    return saved;
  },
};
