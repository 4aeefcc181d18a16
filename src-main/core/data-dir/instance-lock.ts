import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';

const LOCK_FILE = 'bruecke.lock';

export interface InstanceLock {
  release(): void;
}

interface LockContent {
  pid: number;
  host: string;
  /**
   * When that process started (Linux: boot id and start time in clock ticks from /proc), so a lock
   * whose process id now belongs to another live process is recognised as left behind.
   */
  started?: string;
}

/**
 * The start of process `pid` as the OS reports it, or null where the OS does not tell (then only
 * the process id is compared, as before).
 */
export function processStart(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields[19];
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return startTicks ? `${boot}/${startTicks}` : null;
  } catch {
    return null;
  }
}

/**
 * One process per data directory: the app, browser mode and the admin CLI all take this lock.
 * The file holds only a process id, the host name and the process's start time. It is written in
 * full before it appears (a hard link from a complete temporary file), so an empty or unreadable
 * lock file is never a live instance's: it is taken over, like a lock whose process has ended or
 * whose process id now belongs to a process started later (PID reuse).
 */
export function acquireInstanceLock(dataDir: string): InstanceLock {
  const file = path.join(dataDir, LOCK_FILE);
  const started = processStart(process.pid);
  const content: LockContent = { pid: process.pid, host: os.hostname(), ...(started ? { started } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createComplete(file, JSON.stringify(content));
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            fs.rmSync(file, { force: true });
          } catch {
            // The directory may already be gone (throwaway demo folders).
          }
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        throw new AppError('DATA_DIR_NOT_WRITABLE', `cannot create ${LOCK_FILE}`);
      }
      if (code !== 'EEXIST') throw error;
      if (attempt === 0 && isStale(file)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new AppError('DATA_DIR_LOCKED', 'another Brücke instance uses this data directory');
    }
  }
  throw new AppError('DATA_DIR_LOCKED', 'another Brücke instance uses this data directory');
}

/** Creates `file` with `content`, failing with EEXIST if it exists; never visible half-written. */
function createComplete(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
  try {
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isStale(file: string): boolean {
  let lock: Partial<LockContent>;
  try {
    lock = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockContent>;
  } catch {
    // Empty or unreadable: our locks appear complete, so no live instance wrote this one.
    return true;
  }
  if (typeof lock !== 'object' || lock === null) return true;
  const { pid, host, started } = lock;
  if (host !== os.hostname()) return false; // another machine's instance on a shared folder: we cannot tell
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // ESRCH: no such process. EPERM: it runs (as another user).
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // Alive: the same process only if it started when the lock says.
  if (typeof started !== 'string') return false;
  const now = processStart(pid);
  return now !== null && now !== started;
}

/**
 * After the core's worker thread died (core/host/worker-core.ts), its lock would stay with this
 * still-running process, and a restart of the core in the same process would find the directory
 * "in use". Removes the lock only when this process wrote it; another instance's lock stays.
 */
export function releaseLockLeftByThisProcess(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE);
  try {
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockContent>;
    if (lock.pid === process.pid && lock.host === os.hostname()) fs.rmSync(file, { force: true });
  } catch {
    // No lock, or not one of ours to judge: leave it.
  }
}

/** Fails with DATA_DIR_NOT_WRITABLE when files cannot be created in the directory. */
export function ensureWritableDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const probe = path.join(dataDir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    throw new AppError('DATA_DIR_NOT_WRITABLE', 'data directory is not writable');
  }
}
