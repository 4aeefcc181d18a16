import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

/** Runs the admin tool as `npm run admin` would, with the secret on standard input (tests only). */
export function runAdmin(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src-main/cli/admin.ts'), ...args], {
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
