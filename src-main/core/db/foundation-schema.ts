import { AuditChainStartEntity } from '../audit/audit-chain-start.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditChainStart1766100000000 } from '../audit/migrations/1766100000000-audit-chain-start';
import { ConsentEntity } from '../consent/consent.entity';
import { SettingEntity } from '../settings/setting.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';
import { Foundation1763800000000 } from './migrations/1763800000000-foundation';
import { TasksAndConsent1763850000000 } from './migrations/1763850000000-tasks-and-consent';
import { RecordVersions1764300000000 } from './migrations/1764300000000-record-versions';
import { TaskIndexes1765200000000 } from './migrations/1765200000000-task-indexes';
import { ConsentFormText1766400000000 } from './migrations/1766400000000-consent-form-text';
import type { DatabaseSchema } from './open-database';
import { ErasureLedgerEntity } from '../privacy/erasure-ledger.entity';
import { ErasureLedger1765600000000 } from '../privacy/migrations/1765600000000-erasure-ledger';
import { ErasureScope1766600000000 } from '../privacy/migrations/1766600000000-erasure-scope';
import { Restriction1766100000001 } from '../privacy/migrations/1766100000001-restriction';
import { RestrictionEntity } from '../privacy/restriction.entity';

/**
 * The core's own tables: users, settings, the audit trail, the task list and consent records.
 * Modules' tables come from their descriptors; their migrations run after these and depend only
 * on these.
 */
export const FOUNDATION_SCHEMA: DatabaseSchema = {
  entities: [UserEntity, SettingEntity, AuditEntryEntity, TaskEntity, ConsentEntity, ErasureLedgerEntity, AuditChainStartEntity, RestrictionEntity],
  migrations: [Foundation1763800000000, TasksAndConsent1763850000000, RecordVersions1764300000000, TaskIndexes1765200000000, ErasureLedger1765600000000, AuditChainStart1766100000000, Restriction1766100000001, ConsentFormText1766400000000, ErasureScope1766600000000],
};
