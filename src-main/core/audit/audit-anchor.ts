import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../data-dir/atomic-file';

/** Beside the database in the data directory; holds no names, only a count and a hash, sealed. */
export const AUDIT_ANCHOR_FILE = 'audit-anchor';

/**
 * The chain head as last committed: how many entries, the id of the last one and its hash. Kept
 * outside the database so that entries removed from the end of the table (with the key, triggers
 * dropped), an older copy of the database put back, or commits lost with a deleted `-wal` show
 * as a database behind its anchor.
 */
export interface AuditHead {
  entries: number;
  lastId: number;
  hash: string;
}

export type AnchorRead = { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'ok'; head: AuditHead; key: Buffer };

const VERSION = 1;
const INFO = 'bruecke audit anchor v1';

// Its own key, derived from the master key: the master key itself is never used for two purposes.
function anchorKey(masterKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), INFO, 32));
}

function seal(masterKey: Buffer, head: AuditHead): string {
  const key = anchorKey(masterKey);
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(INFO));
  const body = Buffer.concat([cipher.update(JSON.stringify(head), 'utf8'), cipher.final()]);
  key.fill(0);
  return JSON.stringify({ v: VERSION, nonce: nonce.toString('base64'), body: body.toString('base64'), tag: cipher.getAuthTag().toString('base64') });
}

function unseal(masterKey: Buffer, text: string): AuditHead | null {
  const key = anchorKey(masterKey);
  try {
    const file = JSON.parse(text) as { v?: unknown; nonce?: unknown; body?: unknown; tag?: unknown };
    if (file.v !== VERSION || typeof file.nonce !== 'string' || typeof file.body !== 'string' || typeof file.tag !== 'string') return null;
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(file.nonce, 'base64'));
    decipher.setAAD(Buffer.from(INFO));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(file.body, 'base64')), decipher.final()]).toString('utf8');
    const head = JSON.parse(plain) as AuditHead;
    if (!Number.isSafeInteger(head.entries) || !Number.isSafeInteger(head.lastId) || typeof head.hash !== 'string') return null;
    return head;
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

/**
 * Reads the anchor under any of `keys` (during an interrupted rekey it may be sealed under the
 * next key already). A file none of them opens was changed, damaged or belongs elsewhere.
 */
export function readAnchor(dataDir: string, keys: readonly Buffer[]): AnchorRead {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, AUDIT_ANCHOR_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  for (const key of keys) {
    const head = unseal(key, text);
    if (head) return { kind: 'ok', head, key };
  }
  return { kind: 'unreadable' };
}

/** Temp file, fsync, rename, directory fsync: a crash leaves the old anchor or the new one. */
export function writeAnchor(dataDir: string, masterKey: Buffer, head: AuditHead): void {
  writeFileAtomic(dataDir, AUDIT_ANCHOR_FILE, seal(masterKey, head));
}
