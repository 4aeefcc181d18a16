import type { EntitySchema, MigrationInterface } from 'typeorm';

/** The hotline module's entities and migrations, in order. */
export const HOTLINE_ENTITIES: EntitySchema[] = [];
export const HOTLINE_MIGRATIONS: (new () => MigrationInterface)[] = [];
