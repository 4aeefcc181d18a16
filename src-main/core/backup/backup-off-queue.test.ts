import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARLA } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, tempDir, type TestClient, type TestCore } from '../testing/test-core';
import { listBackups } from './backup-manifest';

let t: TestCore;
let admin: TestClient;

beforeEach(async () => {
  t = await startModuleCore(['pool'], [CARLA]);
  admin = await colleague(t, ADMIN, 'admin-pc');
  const folder = path.join(tempDir('bruecke-backups-'), 'share');
  await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
  await admin.must('backup.newCode', {});
});
afterEach(() => t.cleanup());

describe('a backup and the router queue', () => {
  it('does not hold the queue: a colleague’s call made after the backup started is answered before it ends', async () => {
    const finished: string[] = [];
    const backup = admin.must('backup.run', {}).then((made) => {
      finished.push('backup');
      return made;
    });
    const list = t.must('pool.interpretersList', { search: '', status: null }).then(() => finished.push('colleague'));
    await Promise.all([backup, list]);
    expect(finished).toEqual(['colleague', 'backup']);
    expect(listBackups((await admin.must('backup.status', {})).folder)).toHaveLength(1);
  });
});
