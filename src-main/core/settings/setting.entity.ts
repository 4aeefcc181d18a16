import { EntitySchema } from 'typeorm';

/** Installation-wide settings as key → JSON value (organisation, modules, later retention …). */
export interface Setting {
  key: string;
  value: string;
}

export const SettingEntity = new EntitySchema<Setting>({
  name: 'Setting',
  tableName: 'setting',
  columns: {
    key: { type: 'text', primary: true },
    value: { type: 'text' },
  },
});
