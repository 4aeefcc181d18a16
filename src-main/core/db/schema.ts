import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { SettingEntity } from '../settings/setting.entity';
import { UserEntity } from '../users/user.entity';
import { ConsentEntity } from '../consent/consent.entity';
import { TaskEntity } from '../tasks/task.entity';
import { Foundation1763800000000 } from './migrations/1763800000000-foundation';
import { TasksAndConsent1763850000000 } from './migrations/1763850000000-tasks-and-consent';
import { HOTLINE_ENTITIES, HOTLINE_MIGRATIONS } from '../hotline/schema';
import { HOUSING_ENTITIES, HOUSING_MIGRATIONS } from '../housing/schema';
import { POOL_ENTITIES, POOL_MIGRATIONS } from '../pool/schema';

/** Every entity and every migration, in order. Each module adds its own here. */
export const ENTITIES = [
  UserEntity,
  SettingEntity,
  AuditEntryEntity,
  TaskEntity,
  ConsentEntity,
  ...POOL_ENTITIES,
  ...HOTLINE_ENTITIES,
  ...HOUSING_ENTITIES,
];

/**
 * Core migrations first, then each module's own. Modules' timestamps differ in their range
 * (pool 17639…, hotline 17640…, housing 17641…) and depend only on core tables.
 */
export const MIGRATIONS = [
  Foundation1763800000000,
  TasksAndConsent1763850000000,
  ...POOL_MIGRATIONS,
  ...HOTLINE_MIGRATIONS,
  ...HOUSING_MIGRATIONS,
];
