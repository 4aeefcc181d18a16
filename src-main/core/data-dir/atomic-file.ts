import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces `dir/name` so that a crash leaves the old or the new content, never a mix: write a
 * temporary file (owner-only), flush it, rename it over the old one, flush the directory.
 */
export function writeFileAtomic(dir: string, name: string, content: string): void {
  const target = path.join(dir, name);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  fsyncDirectory(dir);
}

/** Flushes a file that was written elsewhere (e.g. by SQLite) before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a directory, so a rename in it survives a crash. */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
