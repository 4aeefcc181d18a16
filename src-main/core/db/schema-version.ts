import type { DataSource } from 'typeorm';

/** The newest applied migration's name: a backup's manifest says which schema it holds. */
export async function appliedSchemaVersion(dataSource: DataSource): Promise<string> {
  const rows = (await dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`)) as { name: string }[];
  return rows[0]?.name ?? '';
}
