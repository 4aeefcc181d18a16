import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_FORM_LANGUAGES, CONSENT_FORM_VERSION, consentFormText, consentInput } from '../../contract';
import { addUser, openTestDatabase } from '../testing/test-database';
import { consentsFor, recordConsent } from './consent-service';
import { ConsentEntity } from './consent.entity';
import { consentTextHash } from './consent-text';

/*
 * The hashes of version 1 of the consent text. A changed consent text must come with a new
 * CONSENT_FORM_VERSION and new hashes here: a consent recorded under version 1 proves these words.
 */
const VERSION_1 = Object.fromEntries(CLIENT_FORM_LANGUAGES.map((lng) => [lng, consentTextHash(lng)]));
const PINNED: Record<string, string> = {
  de: '20a2d2b6d1e347c0e76999455e3b99519c6593dd27c78b7eb03181a05b3715d8',
  en: '6af8bd75831c0a44f1180bb5aa32295a505e6f709324d401764050edd136fd8f',
  ar: 'd2316cab34fe0027b6f3cbd8909f6b89ac272e72e388ede30bfef59d2a387c40',
  tr: '2d7a441a818aec75ae752b73e003f66f68b205234dd2e63079f0de5e87787a97',
  uk: 'e489ef8caf2282eff0864fcdf5f6b6f9ba49c158b3d8095750a4bf69c802fdaf',
  ru: 'dc7efc2ba8a0b7dcc2a31bbe78c88fefa284a6a0ceb975cc730f7e76eb6e592d',
  fa: 'd038d082f066cfa06538ba1c517ecbf94d865d12a625a5ed5fe4b3185150bc42',
  ti: 'e257673fa31a5a77c4f57abe12554f403cc39aeed1da360d4fa0fa323c74989d',
  ku: 'a010bd26bf9d82263c03532c945e9cdaff62095db23ee40381826e67474c9d83',
  ps: '3d91c6bd50880ed3bc0e86bf28cde69ac961cccc583f41b910d9cb38727427b0',
  so: '82234cdfc54d871941dd23b8854e757b922c69c47cf0043fb557113fba4ca654',
  ta: '5901d32855b01ef2599d72cbf734f490738707a176f85b109f88f9b6cead0d15',
};

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

describe('the consent form text', () => {
  it('has a text, and so a hash, in every client-form language; each language its own', () => {
    const hashes = Object.values(VERSION_1);
    expect(hashes.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(new Set(hashes).size).toBe(CLIENT_FORM_LANGUAGES.length);
    expect(consentTextHash('xx')).toBeNull();
  });

  it('is the text whose hash the pinned list holds for this version (raise the version when a text changes)', () => {
    expect(CONSENT_FORM_VERSION).toBe(1);
    expect(VERSION_1).toEqual(PINNED);
  });

  it('hashes the words, not their Unicode spelling, and changes with a word or the version', () => {
    const text = (v: number, agree: string) => consentFormText('de', v, (k) => (k === 'agree' ? agree : k));
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(sha(text(1, 'Ich willige ein.'))).toBe(sha(text(1, 'Ich willige ein.')));
    // "ü" precomposed and as u + combining diaeresis: the same word.
    expect(sha(text(1, 'zur\u00fcck'))).toBe(sha(text(1, 'zuru\u0308ck')));
    expect(sha(text(1, 'Ich willige ein.'))).not.toBe(sha(text(1, 'Ich willige nicht ein.')));
    expect(sha(text(1, 'x'))).not.toBe(sha(text(2, 'x')));
  });

  it('is stored with each consent: version and hash of the text in the form language', async () => {
    const user = await addUser(db, 'hanna', ['caseworker']);
    const subject = { module: 'housing' as const, type: 'moveOutCase', id: 3 };
    await recordConsent(db.manager, subject, consentInput.parse({ givenOn: '2026-11-20', purpose: 'p', givenBy: 'dataSubject', formLanguage: 'ti' }), user.id, new Date('2026-11-23T08:00:00Z'));
    const [view] = await consentsFor(db.manager, subject);
    expect(view).toMatchObject({ formLanguage: 'ti', formVersion: 1, formTextHash: VERSION_1.ti });
    const [row] = await db.getRepository(ConsentEntity).find();
    expect([row?.formVersion, row?.formTextHash]).toEqual([1, VERSION_1.ti]);
  });
});
