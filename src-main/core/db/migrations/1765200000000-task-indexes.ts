import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the task list at regional scale (300,000 tasks), chosen from `EXPLAIN QUERY PLAN`:
 * - the start page reads one person's (and nobody's) open tasks by due date: owner first, so the
 *   `owner = ? OR owner IS NULL` filter is two index ranges already in due order;
 * - the team view and the modules' open/overdue counts group a module's open tasks by owner and
 *   compare due dates: covered by one index, no table rows read;
 * - indicators look up a subject's first completed task (days to the first follow-up).
 */
export class TaskIndexes1765200000000 implements MigrationInterface {
  name = 'TaskIndexes1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "task_owner_open_due" ON "task" ("owner_user_id", "status", "due_at", "module")`);
    await q.query(`CREATE INDEX "task_module_open" ON "task" ("module", "status", "owner_user_id", "due_at")`);
    await q.query(`CREATE INDEX "task_subject_done" ON "task" ("subject_type", "status", "subject_id", "completed_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "task_subject_done"`);
    await q.query(`DROP INDEX "task_module_open"`);
    await q.query(`DROP INDEX "task_owner_open_due"`);
  }
}
