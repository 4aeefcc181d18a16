import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';

const LOCK_FILE = 'bruecke.lock';

export interface InstanceLock {
  release(): void;
}

/**
 * One process per data directory: the app, browser mode and the admin CLI all take this lock.
 * The file holds only a process id and host name. A lock left by a process that no longer runs on
 * this host (a crash) is taken over.
 */
export function acquireInstanceLock(dataDir: string): InstanceLock {
  const file = path.join(dataDir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, host: os.hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, content);
      fs.closeSync(fd);
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

function isStale(file: string): boolean {
  try {
    const { pid, host } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    if (host !== os.hostname() || typeof pid !== 'number') return false;
    if (pid === process.pid) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A lock we cannot parse is left alone (another host may own it).
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
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
