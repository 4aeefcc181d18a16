import { z } from 'zod';
import { localDate } from './fields';
import { isClientFormLanguage } from './languages';

/**
 * A record of consent to data processing (Art. 6(1)(a), 9(2)(a) GDPR): when, for what, given by
 * whom, and in which language the consent form was shown. Modules expose channels that record it
 * for their own subjects; the core stores and checks it.
 */
export const CONSENT_GIVERS = ['dataSubject', 'legalRepresentative', 'guardian'] as const;

/** The language the form was shown in: one of the registry's client-form languages (a form exists in it). */
export const formLanguage = z.string().refine(isClientFormLanguage, { error: 'validation:formLanguage' });

/** The core's answer to a consent dated after today (the installation's date), on the date field. */
export const CONSENT_IN_FUTURE = 'validation:notInFuture';

export const consentInput = z.strictObject({
  givenOn: localDate,
  purpose: z.string().trim().min(1, { error: 'validation:required' }).max(200, { error: 'validation:tooLong' }),
  givenBy: z.enum(CONSENT_GIVERS),
  formLanguage,
});

export type ConsentInput = z.output<typeof consentInput>;

export interface ConsentView {
  id: number;
  purpose: string;
  givenOn: string;
  givenBy: (typeof CONSENT_GIVERS)[number];
  formLanguage: string;
  /** The consent text's version and SHA-256 in the form language; null for consents recorded before they were kept. */
  formVersion: number | null;
  formTextHash: string | null;
  recordedAt: string;
  recordedByName: string | null;
  withdrawnOn: string | null;
}
