import { CHANNEL_NAMES, contract, ROLES, type ChannelName, type Role } from '../../contract';

/** Who may call a channel, as the contract says: every role, the signed-out caller. */
export const CALLERS = [...ROLES, 'signed out'] as const;
export type Caller = (typeof CALLERS)[number];

export function mayCall(channel: ChannelName, caller: Caller): boolean {
  const access = contract[channel].access;
  if (access.kind === 'public') return true;
  if (caller === 'signed out') return false;
  return !access.roles || access.roles.includes(caller as Role);
}

/** The README's access table, generated: one row per channel, ✓ where the caller may call it. */
export function permissionTable(): string {
  const header = `| channel | ${CALLERS.join(' | ')} |`;
  const rule = `| --- | ${CALLERS.map(() => ':-:').join(' | ')} |`;
  const rows = [...CHANNEL_NAMES].sort().map((c) => `| \`${c}\` | ${CALLERS.map((who) => (mayCall(c, who) ? '✓' : '')).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}
