import crypto from 'node:crypto';

/**
 * scrypt parameters for deriving a key-encryption key from a password.
 * OWASP's minimum for scrypt is N=2^17, r=8, p=1 (128 MiB of memory per derivation).
 */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

export const OWASP_MINIMUM_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/** Derives 32 bytes with scrypt on libuv's thread pool, so the event loop keeps serving. */
export function deriveKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      secret.normalize('NFC'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
