import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Browser mode as built for plain Node (electron.vite.config.ts, `main` input `web`). */
export const BUILT_WEB = path.join(ROOT, 'out', 'main', 'web.js');

export interface ApiClient {
  call(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

/** A client of the bridge: the launch token, the CSRF token and a session of its own, like one tab. */
export function apiClient(origin: string, token: string): ApiClient {
  let csrf: string | null = null;
  let session: string | null = null;
  return {
    async call(channel, input) {
      csrf ??= ((await (await fetch(`${origin}/csrf`)).json()) as { csrf: string }).csrf;
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'X-Bruecke-CSRF': csrf,
          ...(session ? { 'X-Bruecke-Session': session } : {}),
        },
        body: JSON.stringify(input),
      });
      if (response.status !== 200) throw new Error(`${channel}: HTTP ${response.status} ${await response.text()}`);
      const envelope = (await response.json()) as { result: { ok: boolean; value?: unknown; error?: { code: string } }; session?: string | null };
      if (envelope.session !== undefined) session = envelope.session;
      return envelope.result;
    },
  };
}

export interface AppServer {
  /** The launch URL with its token fragment. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** What the server printed while starting (the demo log-in, with `--demo`). */
  startupOutput: string;
  /** The test script as one client of the bridge, with a session of its own. */
  script: ApiClient;
  /** Moves the core's clock (browser test mode only). */
  shiftClock(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts browser mode as a user would, from the built app (`out/main/web.js` in plain Node, what
 * `npm run start:web` runs; global-setup built it) in its own process on a fresh data directory,
 * in test mode so the clock can be moved, and waits for the printed URL.
 */
export async function startAppServer(
  options: {
    dataDir?: string;
    extraArgs?: string[];
    env?: NodeJS.ProcessEnv;
    startTimeoutMs?: number;
    /** What Node runs instead of the built entry (e.g. the `npm run start:web` launcher through tsx). */
    entry?: string[];
  } = {},
): Promise<AppServer> {
  const dataDir = options.dataDir ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-e2e-')), 'data');
  const child = spawn(
    process.execPath,
    [...(options.entry ?? [BUILT_WEB]), '--data-dir', dataDir, ...(options.extraArgs ?? ['--no-open'])],
    { cwd: ROOT, env: { ...process.env, BRUECKE_TEST_MODE: '1', BRUECKE_LOG: 'silent', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const { url, output } = await waitForUrl(child, options.startTimeoutMs ?? 30_000).catch(async (error: unknown) => {
    // A server that never printed its address must not outlive the test.
    await stopChild(child);
    throw error;
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const origin = parsed.origin;
  return {
    url,
    origin,
    token,
    dataDir,
    startupOutput: output,
    script: apiClient(origin, token),
    async shiftClock(ms) {
      const { csrf } = (await (await fetch(`${origin}/csrf`)).json()) as { csrf: string };
      const response = await fetch(`${origin}/__test/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Bruecke-CSRF': csrf },
        body: JSON.stringify({ shiftMs: ms }),
      });
      if (!response.ok) throw new Error(`could not move the clock: ${response.status}`);
    },
    stop: () => stopChild(child),
  };
}

// A limit against a hang, not a speed check: seeding the demo (--demo) takes half a minute on a busy machine.
function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
