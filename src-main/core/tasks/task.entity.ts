import { EntitySchema } from 'typeorm';
import type { ModuleId } from '../../contract';

/** A reminder or follow-up of any module: the core's one task list. */
export interface Task {
  id: number;
  module: ModuleId;
  kind: string;
  title: string;
  subjectType: string;
  subjectId: number;
  ownerUserId: number | null;
  dueAt: string;
  status: 'open' | 'done' | 'cancelled';
  createdAt: string;
  createdBy: number;
  completedAt: string | null;
  completedBy: number | null;
  outcome: string | null;
}

export const TaskEntity = new EntitySchema<Task>({
  name: 'Task',
  tableName: 'task',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    module: { type: 'text' },
    kind: { type: 'text' },
    title: { type: 'text' },
    subjectType: { type: 'text', name: 'subject_type' },
    subjectId: { type: 'integer', name: 'subject_id' },
    ownerUserId: { type: 'integer', name: 'owner_user_id', nullable: true },
    dueAt: { type: 'text', name: 'due_at' },
    status: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by' },
    completedAt: { type: 'text', name: 'completed_at', nullable: true },
    completedBy: { type: 'integer', name: 'completed_by', nullable: true },
    outcome: { type: 'text', nullable: true },
  },
});
