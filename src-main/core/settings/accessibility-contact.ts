import type { EntityManager } from 'typeorm';
import type { AccessibilityContact } from '../../contract';
import { accessibilityContact } from '../../contract/settings';
import { defineSetting, readSettingVersioned, writeSettingVersioned } from './settings-store';

/**
 * The feedback contact the accessibility statement names (BITV 2.0 § 12b). An installation-wide
 * setting, not a table: one text the admin keeps current, versioned so two admins do not
 * overwrite each other.
 */
const CONTACT = defineSetting({ key: 'accessibility.contact', schema: accessibilityContact, defaults: '' });

export async function readAccessibilityContact(db: EntityManager): Promise<AccessibilityContact> {
  const { value, version } = await readSettingVersioned(db, CONTACT);
  return { contact: value, version };
}

/** Saves the contact if nobody saved it since it was loaded (CONFLICT otherwise). */
export async function writeAccessibilityContact(db: EntityManager, input: AccessibilityContact, actorId: number, now: Date): Promise<AccessibilityContact> {
  const version = await writeSettingVersioned(db, CONTACT, input.contact, { version: input.version, actorId, now });
  return { contact: accessibilityContact.parse(input.contact), version };
}
