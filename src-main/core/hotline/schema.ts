import type { EntitySchema, MigrationInterface } from 'typeorm';
import {
  CallDraftEntity,
  EmployerContactEntity,
  EmployerEntity,
  HotlineCallEntity,
  OutreachEntity,
  SupportActionEntity,
  TaxonomyEntity,
} from './entities';
import { HotlineModule1764000000000 } from './migrations/1764000000000-hotline';

/** The hotline module's entities and migrations, in order. */
export const HOTLINE_ENTITIES: EntitySchema[] = [
  TaxonomyEntity,
  EmployerEntity,
  EmployerContactEntity,
  HotlineCallEntity,
  CallDraftEntity,
  SupportActionEntity,
  OutreachEntity,
] as EntitySchema[];
export const HOTLINE_MIGRATIONS: (new () => MigrationInterface)[] = [HotlineModule1764000000000];
