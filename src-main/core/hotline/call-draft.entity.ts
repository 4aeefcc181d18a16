import { EntitySchema } from 'typeorm';

/** A call still being typed; saved continuously so nothing is lost on a crash or auto-lock. */
export interface CallDraft {
  id: number;
  ownerUserId: number;
  startedAt: string;
  updatedAt: string;
  /** JSON of contract `DraftData`. */
  data: string;
}

export const CallDraftEntity = new EntitySchema<CallDraft>({
  name: 'HotlineCallDraft',
  tableName: 'hotline_call_draft',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    ownerUserId: { type: 'integer', name: 'owner_user_id' },
    startedAt: { type: 'text', name: 'started_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    data: { type: 'text' },
  },
});
