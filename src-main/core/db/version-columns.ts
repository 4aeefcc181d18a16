/**
 * The columns of every editable record (see versioned.ts), kept apart from the code that uses
 * them so entities can import them without pulling in services.
 */
export const VERSION_COLUMNS = {
  version: { type: 'integer', default: 1 },
  updatedAt: { type: 'text', name: 'updated_at', default: '' },
  updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
} as const;

export interface VersionFields {
  version: number;
  updatedAt: string;
  updatedBy: number | null;
}

/** The columns a migration adds to an existing table (updated_at only where it is missing). */
export function versionColumnsSql(table: string, options: { hasUpdatedAt: boolean }): string[] {
  return [
    `ALTER TABLE "${table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1`,
    `ALTER TABLE "${table}" ADD COLUMN "updated_by" INTEGER REFERENCES "user" ("id") ON DELETE SET NULL`,
    ...(options.hasUpdatedAt ? [] : [`ALTER TABLE "${table}" ADD COLUMN "updated_at" TEXT NOT NULL DEFAULT ''`]),
  ];
}
