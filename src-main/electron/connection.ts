import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contract, fail, ok, type ConnectionStatus, type Result } from '../contract';
import { fingerprint, serverAddress } from '../contract/connection';
import type { CallOutcome, ClientInfo } from '../core/core';
import { writeFileAtomic } from '../core/data-dir/atomic-file';
import { createLogger } from '../core/log';
import { connectTeamServer, FingerprintMismatch, presentedFingerprint, type TeamConnection } from '../web/team-client';

const log = createLogger('electron/connection');

/** Where this desktop app works: a data folder here, or a team server pinned by its fingerprint. */
export type ConnectionChoice = { kind: 'local' } | { kind: 'server'; address: string; fingerprint: string };

export const CONNECTION_FILE = 'connection.json';

const choiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('server'), address: serverAddress, fingerprint }),
]);

/** The saved choice in the app's own settings folder, or null at first start (or if unreadable). */
export function readChoice(configDir: string): ConnectionChoice | null {
  try {
    return choiceSchema.parse(JSON.parse(fs.readFileSync(path.join(configDir, CONNECTION_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export function writeChoice(configDir: string, choice: ConnectionChoice): void {
  fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
  writeFileAtomic(configDir, CONNECTION_FILE, JSON.stringify(choice, null, 2));
}

/** What a failed network call means for the person at the screen. */
function networkFailure(error: unknown): Result<never> {
  if (error instanceof FingerprintMismatch) return fail('SERVER_CERTIFICATE_CHANGED', 'the team server presented another certificate');
  return fail('SERVER_UNREACHABLE', 'the team server did not answer');
}

/**
 * The desktop app's one core, whichever it is: a local core on a data folder, or the team server
 * through the pinned HTTPS transport. The renderer does not know which; the shell answers the
 * `connection.*` calls itself, and a change of target ends the window's session.
 */
/** A local core as the shell holds it: in a worker thread (core/host), or in-process in tests. */
export interface LocalCore {
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
  close(): Promise<void>;
}

export class SwitchableCore {
  private local: Promise<LocalCore> | null = null;
  private remote: TeamConnection | null = null;

  constructor(
    private readonly options: { configDir: string; openLocal: () => Promise<LocalCore>; initial: ConnectionChoice },
    private choice: ConnectionChoice = options.initial,
  ) {
    this.activate(choice);
  }

  private activate(choice: ConnectionChoice): void {
    this.choice = choice;
    if (choice.kind === 'server') this.remote = connectTeamServer(choice.address, choice.fingerprint);
    else this.local = this.options.openLocal();
  }

  private status(): ConnectionStatus {
    return { switchable: true, kind: this.choice.kind, address: this.choice.kind === 'server' ? this.choice.address : null };
  }

  async call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome> {
    if (channel.startsWith('connection.')) return this.connectionCall(channel, input);
    if (this.remote) {
      try {
        return await this.remote.call(channel, input, client);
      } catch (error) {
        return { result: networkFailure(error) };
      }
    }
    return (await this.local!).call(channel, input, client);
  }

  private async connectionCall(channel: string, input: unknown): Promise<CallOutcome> {
    if (!(channel in contract)) return { result: fail('UNKNOWN_CHANNEL') };
    const parsed = contract[channel as keyof typeof contract].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { result: fail('INVALID_INPUT', 'input does not match the schema', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }) };
    }
    const value = parsed.data as { address?: string; fingerprint?: string };
    switch (channel) {
      case 'connection.status':
        return { result: ok(this.status()) };
      case 'connection.probe':
        try {
          return { result: ok({ fingerprint: await presentedFingerprint(value.address!) }) };
        } catch (error) {
          return { result: networkFailure(error) };
        }
      case 'connection.useServer': {
        const next = connectTeamServer(value.address!, value.fingerprint!);
        try {
          // Talk to it once before trusting it: a wrong pin or no server changes nothing here.
          await next.call('session.status', {}, { session: null, address: 'local' });
        } catch (error) {
          next.close();
          return { result: networkFailure(error) };
        }
        next.close();
        await this.switchTo({ kind: 'server', address: value.address!, fingerprint: value.fingerprint! });
        return { result: ok(this.status()), session: null };
      }
      case 'connection.useLocal':
        await this.switchTo({ kind: 'local' });
        return { result: ok(this.status()), session: null };
      default:
        return { result: fail('UNKNOWN_CHANNEL') };
    }
  }

  private async switchTo(choice: ConnectionChoice): Promise<void> {
    writeChoice(this.options.configDir, choice);
    await this.close();
    this.activate(choice);
    log.info(`now working ${choice.kind === 'server' ? 'with a team server' : 'on a local data folder'}`);
  }

  async close(): Promise<void> {
    this.remote?.close();
    this.remote = null;
    const local = this.local;
    this.local = null;
    if (local) await (await local).close();
  }
}
