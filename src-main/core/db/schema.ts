import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { SettingEntity } from '../settings/setting.entity';
import { UserEntity } from '../users/user.entity';
import { ConsentEntity } from '../consent/consent.entity';
import { TaskEntity } from '../tasks/task.entity';
import { Foundation1763800000000 } from './migrations/1763800000000-foundation';
import { TasksAndConsent1763850000000 } from './migrations/1763850000000-tasks-and-consent';

/** Every entity and every migration, in order. Each module adds its own here. */
export const ENTITIES = [UserEntity, SettingEntity, AuditEntryEntity, TaskEntity, ConsentEntity];

export const MIGRATIONS = [Foundation1763800000000, TasksAndConsent1763850000000];

export const MIGRATION_NAMES: readonly string[] = MIGRATIONS.map((M) => new M().name);
