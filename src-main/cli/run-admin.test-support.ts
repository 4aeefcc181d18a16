import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../core/testing/node-bundle';
import { tempDir } from '../core/testing/test-core';
import { PROJECT_ROOT } from './project-root';

let bundled: string | null = null;

/** The admin tool bundled once per test file and started with plain node: tsx compiled it at every start. */
function adminTool(): string {
  if (bundled) return bundled;
  const dir = tempDir('bruecke-admin-tool-');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  bundled = bundleForNode(path.join(PROJECT_ROOT, 'src-main/cli/admin.ts'), dir);
  return bundled;
}

/** Runs the admin tool as `npm run admin` would, with the secret on standard input (tests only). */
export function runAdmin(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const tool = adminTool();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tool, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRUECKE_LOG: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
