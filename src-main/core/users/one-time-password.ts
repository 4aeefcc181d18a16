import crypto from 'node:crypto';

// No look-alikes (0/o, 1/l/i): it is read aloud or typed from a slip of paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 random characters in groups of four (about 79 bits), e.g. `k7mq-3xtp-9wae-hc2n`. */
export function generateOneTimePassword(): string {
  const chars: string[] = [];
  while (chars.length < 16) {
    const byte = crypto.randomBytes(1)[0]!;
    // Rejection sampling keeps every character equally likely.
    if (byte < 256 - (256 % ALPHABET.length)) chars.push(ALPHABET[byte % ALPHABET.length]!);
  }
  return chars.join('').match(/.{4}/g)!.join('-');
}
