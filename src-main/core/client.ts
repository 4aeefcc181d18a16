import type { ChannelName, InputOf, OutputOf, Result } from '../contract';
import type { Core } from './core';

/** One client of the core that keeps its own session, like a browser tab: the CLI, the demo, tests. */
export interface LocalClient {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Typed call that throws unless the result is ok (scripts and tests). */
  must<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  readonly session: string | null;
}

export function localClient(core: Pick<Core, 'call'>, address = 'local'): LocalClient {
  let session: string | null = null;
  const call = async (channel: string, input: unknown) => {
    const outcome = await core.call(channel, input, { session, address });
    if (outcome.session !== undefined) session = outcome.session;
    return outcome.result;
  };
  return {
    call,
    async must(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}${result.error.message ? ` (${result.error.message})` : ''}`);
      return result.value as never;
    },
    get session() {
      return session;
    },
  };
}
