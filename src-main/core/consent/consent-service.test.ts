import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentInput } from '../../contract';
import { addUser, openTestDatabase } from '../testing/test-database';
import { activeConsent, consentsFor, recordConsent, withdrawConsent } from './consent-service';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

const NOW = new Date('2026-11-23T08:00:00Z');
const subject = { module: 'hotline' as const, type: 'hotlineCall', id: 7 };

describe('consent records', () => {
  it('records, finds and withdraws consent for one purpose of one subject', async () => {
    const user = await addUser(db, 'hanna', ['hotline']);
    const input = consentInput.parse({ givenOn: '2026-11-20', purpose: 'hotline.namedCase', givenBy: 'dataSubject', formLanguage: 'ar' });
    expect(await activeConsent(db.manager, subject, 'hotline.namedCase')).toBeNull();
    const consent = await recordConsent(db.manager, subject, input, user.id, NOW);
    expect((await activeConsent(db.manager, subject, 'hotline.namedCase'))?.id).toBe(consent.id);
    expect(await activeConsent(db.manager, { ...subject, id: 8 }, 'hotline.namedCase')).toBeNull();
    expect(await activeConsent(db.manager, subject, 'other.purpose')).toBeNull();
    await withdrawConsent(db.manager, consent.id, '2026-11-22', user.id);
    expect(await activeConsent(db.manager, subject, 'hotline.namedCase')).toBeNull();
    expect(await consentsFor(db.manager, subject)).toEqual([
      expect.objectContaining({ formLanguage: 'ar', givenBy: 'dataSubject', withdrawnOn: '2026-11-22', recordedByName: 'hanna' }),
    ]);
  });

  it('refuses a consent dated in the future and malformed form languages', async () => {
    const user = await addUser(db, 'hanna', ['hotline']);
    const future = consentInput.parse({ givenOn: '2026-12-01', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'de' });
    await expect(recordConsent(db.manager, subject, future, user.id, NOW)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ path: 'consent.givenOn', message: 'validation:notInFuture' }] },
    });
    // "Today" is Rheine's date: ten past midnight on 7 December there is still 6 December in UTC.
    const justAfterMidnight = new Date('2026-12-06T23:10:00Z');
    const today = consentInput.parse({ givenOn: '2026-12-07', purpose: 'q', givenBy: 'dataSubject', formLanguage: 'de' });
    await expect(recordConsent(db.manager, subject, today, user.id, justAfterMidnight)).resolves.toMatchObject({ givenOn: '2026-12-07' });
    const tomorrow = consentInput.parse({ givenOn: '2026-12-08', purpose: 'r', givenBy: 'dataSubject', formLanguage: 'de' });
    await expect(recordConsent(db.manager, subject, tomorrow, user.id, justAfterMidnight)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // A date the calendar has not, or far outside the dates anyone records, is refused by the contract.
    expect(consentInput.safeParse({ givenOn: '2026-02-30', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'de' }).success).toBe(false);
    expect(consentInput.safeParse({ givenOn: '0001-01-01', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'de' }).success).toBe(false);
    expect(consentInput.safeParse({ givenOn: '2026-11-01', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'Arabic' }).success).toBe(false);
    expect(consentInput.safeParse({ givenOn: '1.11.2026', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'ar' }).success).toBe(false);
  });
});
