import { afterEach, describe, expect, it } from 'vitest';
import { colleague, createStaff, type Person } from '../testing/staff';
import { ADMIN, setUp, startTestCore, type TestCore } from '../testing/test-core';

const CARLA: Person = { username: 'carla', displayName: 'Carla Fallarbeit', password: 'Wohnen-Passphrase-7', roles: ['caseworker'] };
const CONTACT = 'Stadt Rheine, Barrierefreiheit, barrierefrei@rheine.example, 05971 000-0';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

describe('the accessibility statement’s feedback contact', () => {
  it('is set by an admin, read by everyone signed in, refused to others, and audited without its text', async () => {
    t = await startTestCore();
    await setUp(t, ['housing']);
    await createStaff(t, [CARLA]);
    const anna = await colleague(t, ADMIN, '10.0.0.1');
    const carla = await colleague(t, CARLA, '10.0.0.2');

    expect(await carla.must('settings.accessibilityContact', {})).toEqual({ contact: '', version: 1 });
    expect(await anna.must('settings.updateAccessibilityContact', { contact: `  ${CONTACT} `, version: 1 })).toEqual({ contact: CONTACT, version: 2 });
    expect(await carla.must('settings.accessibilityContact', {})).toEqual({ contact: CONTACT, version: 2 });

    // Only an admin changes it; a stale save is a conflict; too long names the field.
    expect(await carla.call('settings.updateAccessibilityContact', { contact: 'x', version: 2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await anna.call('settings.updateAccessibilityContact', { contact: 'alt', version: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await anna.call('settings.updateAccessibilityContact', { contact: 'x'.repeat(501), version: 2 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'contact', message: 'validation:tooLong' }] } },
    });

    const audit = await anna.must('audit.list', { filter: { entity: 'accessibilityContact' } });
    expect(audit.entries.map((e) => [e.action, e.userName])).toEqual([['update', ADMIN.displayName]]);
    expect(JSON.stringify(audit)).not.toContain('barrierefrei@');
  });
});
