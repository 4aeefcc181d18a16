import type { EntitySchema, MigrationInterface } from 'typeorm';

/** The pool module's entities and migrations, in order. */
export const POOL_ENTITIES: EntitySchema[] = [];
export const POOL_MIGRATIONS: (new () => MigrationInterface)[] = [];
