import type { Result } from '../contract';
import { localClient, type LocalClient } from '../core/client';
import { createCore, type Core } from '../core/core';
import { readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { readSecret } from './read-secret';

/** The admin tool's way into the core: one client, signed in with a password from standard input. */
export class CliError extends Error {}

export function unwrap<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) {
    const damage = result.error.details?.damage;
    // A damaged database: what was found, so whoever restores knows what they are looking at.
    const found = damage ? `\ndamage found: ${damage.kind}${damage.pages?.length ? ` (pages ${damage.pages.join(', ')})` : ''}; nothing was written` : '';
    throw new CliError(`${what} failed: ${result.error.code}${result.error.message ? ` (${result.error.message})` : ''}${found}`);
  }
  return result.value as T;
}

export function required(argv: string[], name: string): string {
  const value = readOption(argv, name);
  if (!value) throw new CliError(`missing ${name}\n\n(see npm run admin -- help)`);
  return value;
}

/** The core on the data directory, and this command as its one client (with a session of its own once signed in). */
export interface Opened {
  core: Core;
  client: LocalClient;
}

export async function openCore(argv: string[]): Promise<Opened> {
  const core = await createCore({ dataDir: resolveDataDir(argv) });
  const client = localClient(core);
  const status = unwrap<{ state: string; reason?: string }>(await client.call('session.status', {}), 'status');
  if (status.state === 'unavailable') {
    await core.close();
    throw new CliError(`the data directory cannot be used: ${status.reason}`);
  }
  return { core, client };
}

export async function signIn({ client }: Opened, argv: string[]): Promise<void> {
  const username = required(argv, '--user');
  const password = await readSecret(`Password for ${username}: `);
  unwrap(await client.call('session.login', { username, password }), 'log-in');
}

