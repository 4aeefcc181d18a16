import type { EntityManager } from 'typeorm';
import type { ConsentInput, ConsentView, ModuleId } from '../../contract';
import { CONSENT_IN_FUTURE } from '../../contract/consent';
import { CONSENT_FORM_VERSION } from '../../contract/consent-form';
import { AppError } from '../errors';
import { toLocalDate } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { ConsentEntity, type Consent } from './consent.entity';
import { consentTextHash } from './consent-text';

export interface ConsentSubject {
  module: ModuleId;
  type: string;
  id: number;
}

const consents = (db: EntityManager) => db.getRepository(ConsentEntity);

/** Records consent for a module's subject; the module audits it with the subject's change. */
export async function recordConsent(
  db: EntityManager,
  subject: ConsentSubject,
  input: ConsentInput,
  actorId: number,
  now: Date,
): Promise<Consent> {
  // Against the installation's date, not UTC's: just after midnight in Rheine, today is still yesterday in UTC.
  // The path is the field's as both recording channels nest it (`consent`).
  if (input.givenOn > toLocalDate(now)) {
    throw new AppError('INVALID_INPUT', 'consent date lies in the future', { issues: [{ path: 'consent.givenOn', message: CONSENT_IN_FUTURE }] });
  }
  return consents(db).save({
    module: subject.module,
    subjectType: subject.type,
    subjectId: subject.id,
    purpose: input.purpose,
    givenOn: input.givenOn,
    givenBy: input.givenBy,
    formLanguage: input.formLanguage,
    // The text this version of the form shows in that language, so the record proves what was read.
    formVersion: CONSENT_FORM_VERSION,
    formTextHash: consentTextHash(input.formLanguage),
    recordedAt: now.toISOString(),
    recordedBy: actorId,
    withdrawnOn: null,
    withdrawnRecordedBy: null,
  });
}

export async function withdrawConsent(db: EntityManager, consentId: number, withdrawnOn: string, actorId: number): Promise<void> {
  const consent = await consents(db).findOneBy({ id: consentId });
  if (!consent) throw new AppError('NOT_FOUND');
  if (consent.withdrawnOn) throw new AppError('CONFLICT', 'consent already withdrawn');
  await consents(db).update({ id: consentId }, { withdrawnOn, withdrawnRecordedBy: actorId });
}

/** Marks every consent still in force for this subject and purpose withdrawn (a restore re-applying an erasure; nobody recorded it in this database). */
export async function withdrawConsentsInForce(db: EntityManager, subject: ConsentSubject, purpose: string, withdrawnOn: string): Promise<void> {
  const open = (await consents(db).find({ where: { module: subject.module, subjectType: subject.type, subjectId: subject.id, purpose } })).filter((c) => c.withdrawnOn === null);
  for (const c of open) await consents(db).update({ id: c.id }, { withdrawnOn, withdrawnRecordedBy: null });
}

export async function consentOf(db: EntityManager, consentId: number): Promise<Consent | null> {
  return consents(db).findOneBy({ id: consentId });
}

/** The consent in force for this subject and purpose, if any. */
export async function activeConsent(db: EntityManager, subject: ConsentSubject, purpose: string): Promise<Consent | null> {
  const found = await consents(db).find({
    where: { module: subject.module, subjectType: subject.type, subjectId: subject.id, purpose },
    order: { id: 'DESC' },
  });
  return found.find((c) => c.withdrawnOn === null) ?? null;
}

export async function consentsFor(db: EntityManager, subject: ConsentSubject): Promise<ConsentView[]> {
  const list = await consents(db).find({
    where: { module: subject.module, subjectType: subject.type, subjectId: subject.id },
    order: { id: 'ASC' },
  });
  const names = await displayNames(db, list.map((c) => c.recordedBy));
  return list.map((c) => ({
    id: c.id,
    purpose: c.purpose,
    givenOn: c.givenOn,
    givenBy: c.givenBy,
    formLanguage: c.formLanguage,
    formVersion: c.formVersion,
    formTextHash: c.formTextHash,
    recordedAt: c.recordedAt,
    recordedByName: names.get(c.recordedBy) ?? null,
    withdrawnOn: c.withdrawnOn,
  }));
}
