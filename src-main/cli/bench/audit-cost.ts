import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendAudit } from '../../core/audit/audit-log';
import { writeAnchor } from '../../core/audit/audit-anchor';
import { currentHead } from '../../core/audit/audit-head';
import { localClient } from '../../core/client';
import { createCore } from '../../core/core';
import { databasePath } from '../../core/db/open-database';
import * as keyring from '../../core/keys/keyring';
import { signedIn } from './calls';
import { BENCH_ADMIN, openBench, type Dataset } from './dataset';
import { openRaw, percentile, timeCall, timeSql } from './measure';

/**
 * `npm run bench -- --audit-cost`: what a read-only list call spends on its audit trail. The
 * router call (page read + hash-chained audit entry committed with synchronous = FULL + the audit
 * anchor file written, flushed and renamed) is timed whole, and then each part alone on the same
 * data set: the page's SQL, one `appendAudit` in its own commit, one `writeAnchor`. Figures only;
 * nothing is changed by it.
 */
export async function measureAuditCost(dataset: Dataset, runs: number, say: (line: string) => void): Promise<Record<string, number>> {
  const input = { status: 'open', employerId: null, query: '', page: 1 };
  const core = await createCore({ dataDir: dataset.dataDir });
  let callP50: number;
  try {
    const client = localClient(core);
    await signedIn(client, BENCH_ADMIN.username, BENCH_ADMIN.password);
    callP50 = percentile((await timeCall(client, 'callsList open', 'hotline.callsList', () => input, runs)).samples, 50);
  } finally {
    await core.close();
  }
  const { current: key } = await keyring.unlockWithPassword(keyring.readKeyring(dataset.dataDir), BENCH_ADMIN.username, BENCH_ADMIN.password);
  const raw = openRaw(databasePath(dataset.dataDir), key);
  const pageSql = percentile(
    timeSql(raw, `SELECT c.*, e.name FROM hotline_call c JOIN hotline_employer e ON e.id = c.employer_id WHERE c.status = 'open' ORDER BY c.started_at DESC, c.id DESC LIMIT 25`, [], runs).map(
      (ms, i) => ms + timeSql(raw, `SELECT COUNT(*) FROM hotline_call WHERE status = 'open'`, [], runs)[i]!,
    ),
    50,
  );
  raw.close();

  const db = await openBench(dataset.dataDir);
  const audit: number[] = [];
  const anchor: number[] = [];
  const anchorDir = fs.mkdtempSync(path.join(path.dirname(dataset.dataDir), 'anchor-'));
  try {
    const head = await currentHead(db.manager);
    for (let i = 0; i < runs + 3; i++) {
      let started = performance.now();
      await appendAudit(db.manager, { userId: null, action: 'list', entity: 'hotlineCall' }, new Date());
      const a = performance.now() - started;
      started = performance.now();
      writeAnchor(anchorDir, key, head);
      const w = performance.now() - started;
      if (i >= 3) {
        audit.push(a);
        anchor.push(w);
      }
    }
  } finally {
    await db.destroy();
    fs.rmSync(anchorDir, { recursive: true, force: true });
  }
  const figures = {
    callP50: callP50,
    pageSqlP50: pageSql,
    auditAppendP50: percentile(audit, 50),
    anchorWriteP50: percentile(anchor, 50),
    loadAverage1m: os.loadavg()[0]!,
  };
  say(`hotline.callsList open through the router: p50 ${figures.callP50.toFixed(2)} ms`);
  say(`  its page and count in SQL alone:          p50 ${figures.pageSqlP50.toFixed(2)} ms`);
  say(`  one audit entry in its own commit:        p50 ${figures.auditAppendP50.toFixed(2)} ms`);
  say(`  one audit-anchor write (flush + rename):  p50 ${figures.anchorWriteP50.toFixed(2)} ms`);
  say(`  load average (1 min): ${figures.loadAverage1m.toFixed(1)}`);
  return figures;
}
