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

/**
 * Where people report accessibility barriers (BITV 2.0 § 12b: the statement names a feedback
 * contact). Free text chosen by the admin: an address, a telephone number, an e-mail; empty until set.
 */
export const accessibilityContact = z.string().trim().max(500, { error: 'validation:tooLong' });

export interface AccessibilityContact {
  contact: string;
  version: number;
}

export const updateAccessibilityContactInput = z.strictObject({
  contact: accessibilityContact,
  version: f.version,
});

export const settingsChannels = {
  'settings.installation': channel<InstallationSettings>()({ input: f.empty, access: SIGNED_IN, kind: 'read' }),
  'settings.updateInstallation': channel<InstallationSettings>()({
    input: updateInstallationInput,
    access: ADMIN_ONLY,
    kind: 'write',
  }),
  /** The feedback contact of the accessibility statement; every signed-in person reads it there. */
  'settings.accessibilityContact': channel<AccessibilityContact>()({ input: f.empty, access: SIGNED_IN, kind: 'read' }),
  'settings.updateAccessibilityContact': channel<AccessibilityContact>()({
    input: updateAccessibilityContactInput,
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
