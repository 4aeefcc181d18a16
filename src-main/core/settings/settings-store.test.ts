import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestDatabase } from '../testing/test-database';
import { SettingEntity } from './setting.entity';
import { defineSetting, readSetting, writeSetting } from './settings-store';

const RULES = defineSetting({
  key: 'test.settings',
  schema: z.strictObject({ bufferMinutes: z.number().int().min(0), strict: z.boolean() }),
  defaults: { bufferMinutes: 30, strict: true },
});

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

const store = (value: string) => db.getRepository(SettingEntity).save({ key: RULES.key, value });

describe('settings read through their schema', () => {
  it('give the defaults while nothing is stored, and what was written after', async () => {
    expect(await readSetting(db.manager, RULES)).toEqual({ bufferMinutes: 30, strict: true });
    await writeSetting(db.manager, RULES, { bufferMinutes: 45, strict: false });
    expect(await readSetting(db.manager, RULES)).toEqual({ bufferMinutes: 45, strict: false });
  });

  it('fill keys an older version did not store from the defaults', async () => {
    await store(JSON.stringify({ bufferMinutes: 10 }));
    expect(await readSetting(db.manager, RULES)).toEqual({ bufferMinutes: 10, strict: true });
  });

  it('never trust a stored value the schema refuses: broken JSON, wrong types, out of range', async () => {
    for (const bad of ['{not json', JSON.stringify({ bufferMinutes: 'ten' }), JSON.stringify({ bufferMinutes: -5 }), '[1,2]']) {
      await store(bad);
      expect(await readSetting(db.manager, RULES), bad).toEqual({ bufferMinutes: 30, strict: true });
    }
  });

  it('refuse to write a value that breaks the schema', async () => {
    await expect(writeSetting(db.manager, RULES, { bufferMinutes: -1, strict: true })).rejects.toThrow();
    expect(await readSetting(db.manager, RULES)).toEqual({ bufferMinutes: 30, strict: true });
  });
});
