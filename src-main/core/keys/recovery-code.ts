import crypto from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CODE_LENGTH = 30; // 150 bits of randomness

/**
 * A recovery code: 30 characters of RFC 4648 base32 (no 0/1/8/9 that look like letters),
 * shown in groups of five. Each character takes one random byte's low 5 bits (256 is a
 * multiple of 32, so there is no bias).
 */
export function generateRecoveryCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += BASE32[byte & 31];
  return formatRecoveryCode(code);
}

/** "ABCDEABCDE…" → "ABCDE-ABCDE-…" */
export function formatRecoveryCode(normalised: string): string {
  return normalised.match(/.{1,5}/g)?.join('-') ?? normalised;
}

/** What the user typed → the canonical form used as the slot's secret. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
