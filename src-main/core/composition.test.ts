import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, MODULE_CONTRACTS, moduleOfChannel, TASK_KINDS } from '../contract';
import { APP, compose } from './composition';
import { openDatabase } from './db/open-database';
import type { CoreModule } from './module';
import { CORE_MODULES } from './modules';
import { tempDir } from './testing/test-core';

describe('the composition of the core', () => {
  it('has one descriptor per contract module and one handler per channel', () => {
    expect(APP.modules.map((m) => m.contract.id)).toEqual(MODULE_CONTRACTS.map((m) => m.id));
    expect(Object.keys(APP.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('names every channel once: no module shadows another one or the core', () => {
    const declared = MODULE_CONTRACTS.reduce((n, m) => n + Object.keys(m.channels).length, 0);
    expect(CHANNEL_NAMES.filter((c) => moduleOfChannel(c) !== null)).toHaveLength(declared);
    expect(new Set(TASK_KINDS).size).toBe(TASK_KINDS.length);
  });

  it('refuses a set of modules with one missing, or a channel handled twice', () => {
    expect(() => compose(CORE_MODULES.slice(1))).toThrow(/module pool has 0 core descriptors/);
    const [pool, ...rest] = CORE_MODULES as [CoreModule, ...CoreModule[]];
    const hijacker: CoreModule = { ...pool, handlers: { ...pool.handlers, 'session.status': pool.handlers['pool.quality' as never] } as never };
    expect(() => compose([hijacker, ...rest])).toThrow(/session.status has two handlers/);
  });

  it("points each module's declarations at real tables, columns and its own channels", async () => {
    const db = await openDatabase({ file: path.join(tempDir(), 'declarations.db'), key: crypto.randomBytes(32), create: true, schema: APP.schema });
    try {
      const columnsOf = async (table: string) => ((await db.query(`PRAGMA table_info("${table}")`)) as { name: string }[]).map((c) => c.name);
      for (const module of APP.modules) {
        const id = module.contract.id;
        for (const t of module.personalData) {
          const columns = await columnsOf(t.table);
          expect(columns.length, `${id}: table ${t.table}`).toBeGreaterThan(0);
          for (const c of [...t.referenceColumns, ...t.freeTextColumns]) expect(columns, `${id}: ${t.table}.${c}`).toContain(c);
        }
        for (const r of module.retention) {
          expect(r.id.startsWith(`${id}.`), r.id).toBe(true);
          const columns = await columnsOf(r.table);
          expect(columns, `${r.id}: ${r.table}.${r.startColumn}`).toContain(r.startColumn);
          if (r.startWhen) expect(columns, `${r.id}: ${r.table}.${r.startWhen.column}`).toContain(r.startWhen.column);
        }
        for (const target of module.importTargets) {
          expect(moduleOfChannel(target.channel), target.id).toBe(id);
          expect(contract[target.channel].kind, target.id).toBe('write');
        }
        for (const channel of module.indicators.channels) {
          expect(moduleOfChannel(channel), channel).toBe(id);
          expect(contract[channel].kind, channel).toBe('read');
        }
        if (module.settings) expect(module.settings.key).toBe(`${id}.settings`);
      }
    } finally {
      await db.destroy();
    }
  });
});
