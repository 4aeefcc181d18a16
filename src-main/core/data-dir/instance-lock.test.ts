import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/test-core';
import { acquireInstanceLock, processStart } from './instance-lock';

/** The instance lock after crashes: taken over when its process is gone, even if its id was reused or the file is empty. */
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function lockFile(dataDir: string): string {
  return path.join(dataDir, 'bruecke.lock');
}

/** Another live process on this machine, as one that got a crashed instance's process id would be. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('the instance lock', () => {
  it('is taken over when its process id now belongs to another live process (PID reuse)', { skip: process.platform !== 'linux' }, () => {
    const dataDir = tempDir();
    const pid = liveProcess();
    expect(processStart(pid)).not.toBeNull();
    // The crashed instance had this id but started at another moment.
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ pid, host: os.hostname(), started: `${processStart(pid)}0` }));
    const lock = acquireInstanceLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('is respected while its process runs', () => {
    const dataDir = tempDir();
    const pid = liveProcess();
    const started = processStart(pid);
    fs.writeFileSync(lockFile(dataDir), JSON.stringify({ pid, host: os.hostname(), ...(started ? { started } : {}) }));
    expect(() => acquireInstanceLock(dataDir)).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED' }));
  });

  it('is taken over when the file is empty or unreadable', () => {
    for (const content of ['', '{"pid":', '\u0000\u0000']) {
      const dataDir = tempDir();
      fs.writeFileSync(lockFile(dataDir), content);
      const lock = acquireInstanceLock(dataDir);
      expect(JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
      lock.release();
      expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    }
  });

  it('is held once, and leaves no temporary file behind', () => {
    const dataDir = tempDir();
    const first = acquireInstanceLock(dataDir);
    expect(() => acquireInstanceLock(dataDir)).toThrow(expect.objectContaining({ code: 'DATA_DIR_LOCKED' }));
    expect(fs.readdirSync(dataDir)).toEqual(['bruecke.lock']);
    first.release();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
