/*
 * The consent form's text is versioned: whoever changes a consent text in locales/<lng>/forms.json
 * raises CONSENT_FORM_VERSION (the pinned hashes in consent-text.test.ts fail until they do). Each
 * recorded consent keeps the version and the SHA-256 of the text shown in the client's language,
 * and the paper form prints both, so one can prove later which words a client read and signed.
 */
export const CONSENT_FORM_VERSION = 1;

/** The paragraphs that make up the consent, in the order printed (labels and signature lines are not the consent). */
export const CONSENT_TEXT_KEYS = ['title', 'intro', 'data', 'voluntary', 'withdraw', 'rights', 'agree'] as const;

/**
 * The text as hashed: version and language on the first line, then each paragraph on a line of
 * its own, NFC-normalised so the same words typed differently hash the same.
 */
export function consentFormText(lng: string, version: number, paragraph: (key: (typeof CONSENT_TEXT_KEYS)[number]) => string): string {
  return [`bruecke-consent v${version} ${lng}`, ...CONSENT_TEXT_KEYS.map((k) => paragraph(k).normalize('NFC'))].join('\n');
}

/** The first hex digits of the hash, as printed on the form and shown beside a consent. */
export const shortHash = (hash: string) => hash.slice(0, 16);
