import { CONSENT_FORM_VERSION, consentFormText, type CONSENT_TEXT_KEYS } from '../../../src-main/contract';

/**
 * The SHA-256 of the consent text as the core computes it when a consent is recorded
 * (core/consent/consent-text.ts), here with WebCrypto so the form can print it: the paper and the
 * record carry the same check value.
 */
export async function consentTextHash(lng: string, paragraph: (key: (typeof CONSENT_TEXT_KEYS)[number]) => string): Promise<string> {
  const bytes = new TextEncoder().encode(consentFormText(lng, CONSENT_FORM_VERSION, paragraph));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
