import type { z } from 'zod';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { privacyChannels } from './privacy';
import { restrictionChannels } from './restriction';
import { connectionChannels } from './connection';
import { maintenanceChannels } from './maintenance';
import type { ChannelSpec } from './channel';
import type { Result } from './result';
import { sessionChannels } from './session';
import { settingsChannels } from './settings';
import { importsChannels } from './imports';
import { reportsChannels } from './reports';
import { tasksChannels } from './tasks';
import { MODULE_CONTRACTS, type ModuleChannels } from './modules';
import { usersChannels } from './users';

/** The core's own channels: sessions, users, settings, maintenance, the task list. */
const foundationChannels = {
  ...sessionChannels,
  ...connectionChannels,
  ...usersChannels,
  ...settingsChannels,
  ...maintenanceChannels,
  ...tasksChannels,
  ...reportsChannels,
  ...importsChannels,
  ...auditChannels,
  ...backupChannels,
  ...privacyChannels,
  ...restrictionChannels,
} as const satisfies Record<string, ChannelSpec>;

/**
 * The one contract: every call the renderer may make, `domain.verb` → input schema, access, kind
 * and result type. Main registers handlers from it, the preload and the HTTP bridge expose it,
 * the renderer calls it with full types. Modules add theirs through modules.ts.
 */
export const contract = Object.assign(
  {},
  foundationChannels,
  ...MODULE_CONTRACTS.map((m) => m.channels),
) as typeof foundationChannels & ModuleChannels;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** What a caller passes (before defaults and transforms). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
export type Domain = DomainOf<ChannelName>;

/** `api.users.list(input)` — the shape of `window.bruecke` and of every transport adapter. */
export type Api = {
  [D in Domain]: {
    [C in ChannelName as C extends `${D}.${infer V}` ? V : never]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
  };
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/** Builds the nested API object from a single transport function. Used by preload, bridge and tests. */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CHANNEL_NAMES) {
    const [domain, verb] = name.split('.') as [string, string];
    (api[domain] ??= {})[verb] = (input: unknown) => invoke(name, input);
  }
  return api as unknown as Api;
}

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './result';
export * from './roles';
export * from './languages';
export * from './labels';
export * from './modules';
export type { ModuleContract } from './module-contract';
export type { Access, CallKind, ChannelSpec } from './channel';
export type { CurrentUser, Installation, SessionStatus } from './session';
export type { ConnectionStatus } from './connection';
export type { UserSummary } from './users';
export type { AccessibilityContact, InstallationSettings } from './settings';
export type { TaskPage, TaskView, TeamMember, TeamOverview } from './tasks';
export { TASK_PAGE_SIZE } from './tasks';
export type { ConsentInput, ConsentView } from './consent';
export type { ImportFile, ImportIssue, ImportResult, ImportStageProgress } from './imports';
export type { Report, ReportCell, ReportLabel, ReportRow, ReportTable, ReportSettingsView, ReportUnit, ReportPeriodInput, PeriodKind, CellMark } from './reports';
export { consentInput, CONSENT_GIVERS } from './consent';
export { CONSENT_FORM_VERSION, CONSENT_TEXT_KEYS, consentFormText, shortHash } from './consent-form';
export type { AuditAnchorState, AuditVerification, MaintenanceReport } from './maintenance';
export { AUDIT_ANCHOR_STATES } from './maintenance';
export type { AuditActionName, AuditEntryView, AuditFilter, AuditPage, HistoryEntity } from './audit';
export { AUDIT_ACTIONS, AUDIT_PAGE_SIZE, HISTORY_ENTITIES } from './audit';
export type { BackupListed, BackupOffer, BackupStatus, DamageRestoreResult, OfferedBackup, RestoreTestResult } from './backup';
export type { ErasureResult, PurgePlan, RetentionView, SubjectAccessEntry, SubjectRecord, SubjectReport } from './privacy';
export { ERASURE_REASONS } from './privacy';
export type { RestrictableRecord, RestrictionView } from './restriction';
export { RESTRICTABLE_RECORDS } from './restriction';
