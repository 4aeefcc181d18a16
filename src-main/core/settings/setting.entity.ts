import { EntitySchema } from 'typeorm';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** Installation-wide settings as key → JSON value (organisation, modules, later retention …). */
export interface Setting extends VersionFields {
  key: string;
  value: string;
}

export const SettingEntity = new EntitySchema<Setting>({
  name: 'Setting',
  tableName: 'setting',
  columns: {
    key: { type: 'text', primary: true },
    value: { type: 'text' },
    ...VERSION_COLUMNS,
  },
});
