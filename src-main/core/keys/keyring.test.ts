import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KDF, OWASP_MINIMUM_KDF } from './kdf';
import * as kr from './keyring';
import { generateRecoveryCode } from './recovery-code';

// Production scrypt parameters throughout: these tests are about the key slots themselves.
const KDF = DEFAULT_KDF;

function flipByte(b64: string, index = 0): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[index % bytes.length]! ^= 0x01;
  return bytes.toString('base64');
}

function replaceSlot(ring: kr.Keyring, id: string, change: (slot: kr.Slot) => kr.Slot): kr.Keyring {
  return { ...ring, slots: ring.slots.map((s) => (s.id === id ? change(s) : s)) };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe('key slots', () => {
  const master = crypto.randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  let ring: kr.Keyring;

  beforeAll(async () => {
    await kr.ready();
    ring = await kr.setUserSlot(kr.emptyKeyring(), 'anna', 'anna-passphrase-1', master, KDF);
    ring = await kr.setUserSlot(ring, 'bela', 'bela-passphrase-2', master, KDF);
    ring = await kr.setRecoverySlot(ring, recoveryCode, master, KDF);
  });

  it('uses scrypt parameters at or above the OWASP minimum', () => {
    expect(KDF.N).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.N);
    expect(KDF.r).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.r);
    expect(KDF.p).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.p);
    for (const slot of ring.slots) expect(slot.kdf.N * slot.kdf.r).toBeGreaterThanOrEqual(2 ** 17 * 8);
  });

  it('stores no user name in the keyring', () => {
    const text = JSON.stringify(ring);
    expect(text).not.toContain('anna');
    expect(text).not.toContain('bela');
  });

  it("unlocks the same master key with each user's password", async () => {
    expect((await kr.unlockWithPassword(ring, 'anna', 'anna-passphrase-1')).current.equals(master)).toBe(true);
    expect((await kr.unlockWithPassword(ring, 'BELA', 'bela-passphrase-2')).current.equals(master)).toBe(true);
  });

  it('refuses a wrong password, an unknown user and another user’s password', async () => {
    await expectCode(kr.unlockWithPassword(ring, 'anna', 'anna-passphrase-X'), 'WRONG_CREDENTIALS');
    await expectCode(kr.unlockWithPassword(ring, 'nobody', 'anna-passphrase-1'), 'WRONG_CREDENTIALS');
    await expectCode(kr.unlockWithPassword(ring, 'anna', 'bela-passphrase-2'), 'WRONG_CREDENTIALS');
  });

  it('refuses a slot with a flipped byte anywhere that matters', async () => {
    const anna = kr.findUserSlot(ring, 'anna')!;
    const tampered: ((s: kr.Slot) => kr.Slot)[] = [
      (s) => ({ ...s, wrappedSecretKey: { ...s.wrappedSecretKey, ciphertext: flipByte(s.wrappedSecretKey.ciphertext, 5) } }),
      (s) => ({ ...s, wrappedSecretKey: { ...s.wrappedSecretKey, tag: flipByte(s.wrappedSecretKey.tag) } }),
      (s) => ({ ...s, wrappedSecretKey: { ...s.wrappedSecretKey, nonce: flipByte(s.wrappedSecretKey.nonce) } }),
      (s) => ({ ...s, kdf: { ...s.kdf, salt: flipByte(s.kdf.salt) } }),
      (s) => ({ ...s, publicKey: flipByte(s.publicKey, 3) }),
      (s) => ({ ...s, sealedMasterKey: flipByte(s.sealedMasterKey, 40) }),
    ];
    for (const change of tampered) {
      await expectCode(kr.unlockWithPassword(replaceSlot(ring, anna.id, change), 'anna', 'anna-passphrase-1'), 'WRONG_CREDENTIALS');
    }
  });

  it("refuses a slot moved under another user's id", async () => {
    const anna = kr.findUserSlot(ring, 'anna')!;
    const bela = kr.findUserSlot(ring, 'bela')!;
    // Bela's lookup entry now carries Anna's wrapped key material.
    const swapped = replaceSlot(ring, bela.id, (s) => ({ ...anna, id: s.id, lookupSalt: s.lookupSalt }));
    await expectCode(kr.unlockWithPassword(swapped, 'bela', 'bela-passphrase-2'), 'WRONG_CREDENTIALS');
    await expectCode(kr.unlockWithPassword(swapped, 'bela', 'anna-passphrase-1'), 'WRONG_CREDENTIALS');
  });

  it('changes a password by rewriting only that slot', async () => {
    const changed = await kr.changeUserPassword(ring, 'anna', 'anna-passphrase-1', 'anna-new-passphrase', KDF);
    expect((await kr.unlockWithPassword(changed, 'anna', 'anna-new-passphrase')).current.equals(master)).toBe(true);
    await expectCode(kr.unlockWithPassword(changed, 'anna', 'anna-passphrase-1'), 'WRONG_CREDENTIALS');
    const untouched = (r: kr.Keyring) => r.slots.filter((s) => s.id !== kr.findUserSlot(ring, 'anna')!.id);
    expect(untouched(changed)).toEqual(untouched(ring));
    await expectCode(kr.changeUserPassword(ring, 'anna', 'wrong-current-pw', 'x-new-passphrase', KDF), 'WRONG_PASSWORD');
  });

  it('unlocks with the recovery code however it is typed, and refuses a wrong one', async () => {
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    expect((await kr.unlockWithRecoveryCode(ring, typed)).current.equals(master)).toBe(true);
    await expectCode(kr.unlockWithRecoveryCode(ring, generateRecoveryCode()), 'WRONG_RECOVERY_CODE');
  });

  it('carries both keys during a rekey and only the new one after it, without any password', async () => {
    const next = crypto.randomBytes(32);
    const during = await kr.addNextMasterKey(ring, master, next);
    const keys = await kr.unlockWithPassword(during, 'bela', 'bela-passphrase-2');
    expect(keys.current.equals(master)).toBe(true);
    expect(keys.next?.equals(next)).toBe(true);
    const after = await kr.promoteNextMasterKey(during, next);
    const finalKeys = await kr.unlockWithRecoveryCode(after, recoveryCode);
    expect(finalKeys.current.equals(next)).toBe(true);
    expect(finalKeys.next).toBeNull();
  });
});
