import type { EntitySchema, MigrationInterface } from 'typeorm';
import {
  AssignmentEntity,
  AssignmentHistoryEntity,
  ContactEntity,
  FeedbackEntity,
  InterpreterEntity,
  InterpreterItemEntity,
  InterpreterLanguageEntity,
  RequesterEntity,
  SeriesEntity,
} from './entities';
import { Pool1763900000000 } from './migrations/1763900000000-pool';

/** The pool module's entities and migrations, in order. */
export const POOL_ENTITIES: EntitySchema[] = [
  InterpreterEntity,
  InterpreterLanguageEntity,
  InterpreterItemEntity,
  RequesterEntity,
  ContactEntity,
  SeriesEntity,
  AssignmentEntity,
  AssignmentHistoryEntity,
  FeedbackEntity,
] as EntitySchema[];
export const POOL_MIGRATIONS: (new () => MigrationInterface)[] = [Pool1763900000000];
