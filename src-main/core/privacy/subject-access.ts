import type { EntityManager } from 'typeorm';
import type { ModuleId } from '../../contract';
import type { SubjectAccessEntry, SubjectRecord, SubjectReport } from '../../contract/privacy';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { rowsMentioning, rowsWithReference } from '../db/personal-data-sql';
import type { CoreModule } from '../module';
import { displayNames } from '../users/display-names';
import { CLIENT_SUBJECTS } from './erasure';
import { normaliseReference, referenceVariants } from './reference';
import { restrictionInForce } from './restriction';

/**
 * Subject access (Art. 15): every row the chosen modules store under a client reference (any way
 * of writing it: case, spaces and dots do not matter) and every free-text field that mentions it,
 * plus who opened, changed or exported those records and when. Nothing about anyone else: columns
 * that identify another kind of person (a caller, a contact) are left out of a found row, and a
 * row found by a mention shows only the fields that mention the subject.
 */
export async function subjectReport(db: EntityManager, modules: readonly CoreModule[], reference: string, now: Date): Promise<SubjectReport> {
  const normalised = normaliseReference(reference);
  const variants = referenceVariants(reference);
  const records: SubjectRecord[] = [];
  const accessed = new Map<string, Set<string>>();
  for (const module of modules) {
    const id = module.contract.id as ModuleId;
    for (const table of module.personalData.filter((p) => CLIENT_SUBJECTS.includes(p.subject))) {
      const restrictable = module.restrictable?.find((r) => r.table === table.table);
      // A restricted record is still the subject's: it is in the report, marked since when.
      const restrictedSince = async (row: Record<string, unknown>) =>
        restrictable && typeof row['id'] === 'number' ? ((await restrictionInForce(db, restrictable.recordType, row['id']))?.restrictedAt ?? null) : null;
      const others = new Set(module.personalData.filter((p) => p.table === table.table && !CLIENT_SUBJECTS.includes(p.subject)).flatMap((p) => p.referenceColumns));
      const seen = new Set<unknown>();
      const note = (row: Record<string, unknown>) => {
        if (table.auditEntity && row['id'] !== undefined) {
          const ids = accessed.get(table.auditEntity) ?? new Set<string>();
          ids.add(String(row['id']));
          accessed.set(table.auditEntity, ids);
        }
      };
      for (const row of await rowsWithReference(db, table.table, table.referenceColumns, normalised)) {
        seen.add(row['_rowid']);
        const { _rowid: _r, ...fields } = row;
        for (const column of others) delete fields[column];
        records.push({ module: id, table: table.table, match: 'reference', fields, restrictedSince: await restrictedSince(row) });
        note(row);
      }
      for (const row of await rowsMentioning(db, table.table, table.freeTextColumns, variants)) {
        if (seen.has(row['_rowid'])) continue;
        seen.add(row['_rowid']);
        const mentioning = table.freeTextColumns.filter((c) => variants.some((v) => String(row[c] ?? '').toLowerCase().includes(v.toLowerCase())));
        records.push({ module: id, table: table.table, match: 'mention', fields: Object.fromEntries(mentioning.map((c) => [c, row[c]])), restrictedSince: await restrictedSince(row) });
        note(row);
      }
    }
  }
  return { reference, generatedAt: now.toISOString(), records, accessLog: await accessLog(db, accessed) };
}

async function accessLog(db: EntityManager, accessed: Map<string, Set<string>>): Promise<SubjectAccessEntry[]> {
  const entries: SubjectAccessEntry[] = [];
  const rows = [];
  for (const [entity, ids] of accessed) {
    rows.push(
      ...(await db
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('e')
        .where('e.entity = :entity AND e.entityId IN (:...ids)', { entity, ids: [...ids] })
        .orderBy('e.id', 'ASC')
        .getMany()),
    );
  }
  rows.sort((a, b) => a.id - b.id);
  const names = await displayNames(db, rows.map((r) => r.userId));
  for (const r of rows) entries.push({ at: r.at, userName: r.userId === null ? null : (names.get(r.userId) ?? null), action: r.action, entity: r.entity, entityId: r.entityId });
  return entries;
}
