import { z } from 'zod';
import { channel, SIGNED_IN } from './channel';
import * as f from './fields';
import type { ModuleId } from './modules';

/**
 * The one task list: call-backs, post-move contacts, missing feedback, expiring documents — every
 * module's reminders are tasks of the core, shown together on the start page.
 */
export interface TaskView {
  id: number;
  module: ModuleId;
  /** `<module>.<what>`, e.g. `hotline.callBack`; the UI translates `tasks:kind.<kind>`. */
  kind: string;
  /** Short, non-sensitive text written by the module (e.g. an employer's name and a call number). */
  title: string;
  /** What the task is about, so the UI can open it: e.g. `{ type: 'hotlineCall', id: 12 }`. */
  subject: { type: string; id: number };
  ownerUserId: number | null;
  ownerName: string | null;
  dueAt: string;
  status: 'open' | 'done' | 'cancelled';
  overdue: boolean;
  completedAt: string | null;
  outcome: string | null;
}

export const tasksChannels = {
  /** Open tasks that are mine or unassigned in my modules, overdue first, then by due date. */
  'tasks.mine': channel<TaskView[]>()({
    input: z.strictObject({ includeUnassigned: z.boolean().default(true) }),
    access: SIGNED_IN,
    kind: 'read',
  }),
  'tasks.complete': channel<TaskView>()({
    input: z.strictObject({ id: f.id, outcome: z.string().trim().max(2000).optional() }),
    access: SIGNED_IN,
    kind: 'write',
  }),
} as const;
