import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestClockControl } from '../core/host/worker-core';
import { createApiHandler, type CoreCaller } from './http-api';

export interface BridgeOptions {
  core: CoreCaller;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Test mode only: lets end-to-end tests move the core's clock. Never set by a production build. */
  testClock?: TestClockControl;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode's transport: the same contract as the Electron preload, over HTTP on 127.0.0.1.
 * Every API call needs the per-launch token (handed to the page in the URL fragment, which
 * browsers never send), which only admits the log-in screen: each tab then signs in for itself
 * and holds its own session. Host and Origin must name this loopback server (DNS rebinding).
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = crypto.randomBytes(32).toString('base64url');
  let port = 0;
  const local = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const handler = createApiHandler({
    core: options.core,
    rendererDir: options.rendererDir,
    mode: 'local',
    allowedHosts: local,
    allowedOrigins: () => new Set([...local()].map((h) => `http://${h}`)),
    launchToken: token,
    ...(options.testClock ? { testClock: options.testClock } : {}),
  });
  const server = http.createServer(handler);
  // Malformed requests (bad request lines, oversized headers) get a 400 from Node, never a crash.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function rendererDirFrom(root: string): string {
  return path.join(root, 'out', 'renderer');
}

export function rendererIsBuilt(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}
