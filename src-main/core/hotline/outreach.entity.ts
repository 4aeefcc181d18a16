import { EntitySchema } from 'typeorm';
import type { OutreachKind } from '../../contract/hotline';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** Flyers handed out, events attended: what makes employers call. */
export interface Outreach extends VersionFields {
  id: number;
  kind: OutreachKind;
  place: string;
  channelId: number;
  count: number;
  date: string;
  notes: string;
  createdAt: string;
}

export const OutreachEntity = new EntitySchema<Outreach>({
  name: 'HotlineOutreach',
  tableName: 'hotline_outreach',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'text' },
    place: { type: 'text' },
    channelId: { type: 'integer', name: 'channel_id' },
    count: { type: 'integer' },
    date: { type: 'text' },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});
