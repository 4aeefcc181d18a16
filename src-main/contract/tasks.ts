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

/** One colleague's share of the open tasks, in the modules the caller works in. */
export interface TeamMember {
  /** null: tasks nobody has taken yet. */
  userId: number | null;
  displayName: string | null;
  open: number;
  overdue: number;
}

export interface TeamOverview {
  members: TeamMember[];
  /** Who tasks can be handed to: active colleagues serving at least one of the caller's modules. */
  colleagues: { userId: number; displayName: string; modules: ModuleId[] }[];
}

export const TASK_PAGE_SIZE = 50;

/** One page of a task list: `rows` from `offset`, of `total` open tasks, `overdue` of them overdue. */
export interface TaskPage {
  rows: TaskView[];
  total: number;
  overdue: number;
  offset: number;
  pageSize: number;
}

export const tasksChannels = {
  /**
   * A page of the open tasks that are mine or unassigned in my modules, by due date (so overdue
   * first), with how many there are in all and how many of them are overdue.
   */
  'tasks.mine': channel<TaskPage>()({
    input: z.strictObject({ includeUnassigned: z.boolean().default(true), offset: z.number().int().min(0).max(1_000_000).default(0) }),
    access: SIGNED_IN,
    kind: 'read',
  }),
  /** The team view: open and overdue tasks per person (and unassigned) in my modules. */
  'tasks.team': channel<TeamOverview>()({ input: f.empty, access: SIGNED_IN, kind: 'read' }),
  /** One person's open tasks (or the unassigned ones) in my modules, overdue first, a page at a time. */
  'tasks.ofPerson': channel<{ rows: TaskView[]; total: number }>()({
    input: z.strictObject({ userId: f.id.nullable(), offset: z.number().int().min(0).max(1_000_000).default(0) }),
    access: SIGNED_IN,
    kind: 'read',
  }),
  /** Hands a task (a call-back, a follow-up …) to a colleague who serves its module; it then shows on their start page. */
  'tasks.handOver': channel<TaskView>()({
    input: z.strictObject({ id: f.id, toUserId: f.id }),
    access: SIGNED_IN,
    kind: 'write',
  }),
  'tasks.complete': channel<TaskView>()({
    input: z.strictObject({ id: f.id, outcome: z.string().trim().max(2000).optional() }),
    access: SIGNED_IN,
    kind: 'write',
  }),
} as const;
