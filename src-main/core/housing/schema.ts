import type { EntitySchema, MigrationInterface } from 'typeorm';

/** The housing module's entities and migrations, in order. */
export const HOUSING_ENTITIES: EntitySchema[] = [];
export const HOUSING_MIGRATIONS: (new () => MigrationInterface)[] = [];
