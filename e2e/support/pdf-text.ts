import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The text of a PDF as a reader sees it, through poppler's `pdftotext -layout` (the tool the
 * print checks rely on). Where it is missing and we run as root on Debian/Ubuntu, installs
 * Debian's `poppler-utils` once, as find-browser.ts does for Chromium.
 */
export function pdfText(pdfPath: string): string {
  return execFileSync(pdftotext(), ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
}

function pdftotext(): string {
  const candidates = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', env });
    if (fs.existsSync(candidates[0]!)) return candidates[0]!;
  }
  throw new Error('pdftotext not found: install poppler-utils (Debian/Ubuntu: "sudo apt-get install poppler-utils") and run the tests again.');
}
