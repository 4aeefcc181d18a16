import { z } from 'zod';
import { channel, PUBLIC } from './channel';
import * as f from './fields';

/**
 * Where this app's data lives: a data folder on this computer, or a team server in the office.
 * Only the desktop app can choose (its shell answers these calls); browser mode and a team
 * server's own page say they cannot (`switchable: false`).
 */
export interface ConnectionStatus {
  switchable: boolean;
  kind: 'local' | 'server';
  /** The team server's address when connected to one. */
  address: string | null;
}

/** An `https://host[:port]` address of a team server; nothing else (no path, no credentials). */
export const serverAddress = z
  .string()
  .trim()
  .max(200, { error: 'validation:tooLong' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.username === '' && url.password === '' && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, { error: 'validation:serverAddress' });

/** SHA-256 fingerprint as `AB:CD:…` (32 pairs), as the server prints it. */
export const fingerprint = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, { error: 'validation:fingerprint' });

export const connectionChannels = {
  'connection.status': channel<ConnectionStatus>()({ input: f.empty, access: PUBLIC, kind: 'read' }),
  /** The fingerprint the server presents, for the user to compare with the one the admin gave them. */
  'connection.probe': channel<{ fingerprint: string }>()({ input: z.strictObject({ address: serverAddress }), access: PUBLIC, kind: 'session' }),
  /** Trusts that fingerprint (pins it) and works against the team server from now on. */
  'connection.useServer': channel<ConnectionStatus>()({ input: z.strictObject({ address: serverAddress, fingerprint }), access: PUBLIC, kind: 'session' }),
  'connection.useLocal': channel<ConnectionStatus>()({ input: f.empty, access: PUBLIC, kind: 'session' }),
} as const;
