import { z } from 'zod';
import { ADMIN_ONLY, channel, SIGNED_IN } from './channel';
import * as f from './fields';
import { modules } from './modules';
import type { Installation, SessionStatus } from './session';

export const updateInstallationInput = z.strictObject({
  organisationName: f.organisationName,
  modules,
  version: f.version,
});

/** The organisation page as loaded: the installation and the version its save sends back. */
export interface InstallationSettings extends Installation {
  version: number;
}

export const updateMySettingsInput = z.strictObject({
  uiLanguage: f.uiLanguage.optional(),
  autoLockMinutes: f.autoLockMinutes.optional(),
});

export const settingsChannels = {
  'settings.installation': channel<InstallationSettings>()({ input: f.empty, access: SIGNED_IN, kind: 'read' }),
  'settings.updateInstallation': channel<InstallationSettings>()({
    input: updateInstallationInput,
    access: ADMIN_ONLY,
    kind: 'write',
  }),
  /** The signed-in user's own preferences (UI language, auto-lock). */
  'settings.updateMine': channel<SessionStatus>()({
    input: updateMySettingsInput,
    access: { kind: 'signedIn', duringPasswordChange: true },
    kind: 'write',
  }),
} as const;
