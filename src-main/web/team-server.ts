import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createApiHandler, type CoreCaller } from './http-api';
import type { ServerCertificate } from './tls-certificate';

export interface TeamServerOptions {
  core: CoreCaller;
  rendererDir: string;
  certificate: ServerCertificate;
  /** Interface to listen on; the office network's address, or 0.0.0.0 for all. */
  host: string;
  port: number;
  /**
   * Names workstations use to reach the server (`brücke.buero.local:8443`, `10.0.0.5:8443`).
   * Requests naming any other Host or Origin are refused (DNS rebinding, foreign pages).
   */
  allowedHosts: readonly string[];
}

export interface TeamServer {
  port: number;
  /** The first allowed address, for the start message. */
  url: string;
  close(): Promise<void>;
}

/**
 * The core for an office network: the same router over HTTPS only (a plain HTTP request fails
 * the TLS handshake), TLS 1.2 or newer. Workstations connect with the desktop app (which pins the
 * certificate's fingerprint) or a browser; every person signs in with their own session.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  let port = options.port;
  const hosts = () => new Set(options.allowedHosts.map((h) => (/:\d+$/.test(h) ? h : `${h}:${port}`)));
  const handler = createApiHandler({
    core: options.core,
    rendererDir: options.rendererDir,
    mode: 'team',
    allowedHosts: hosts,
    allowedOrigins: () => new Set([...hosts()].map((h) => `https://${h}`)),
  });
  const server = https.createServer({ cert: options.certificate.cert, key: options.certificate.key, minVersion: 'TLSv1.2' }, handler);
  // Workstations keep their connections open between calls; a server that closed idle ones after
  // Node's default 5 s would race the next request on them (a reset instead of an answer).
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 80_000;
  server.on('clientError', (_error, socket) => socket.destroy());
  // A workstation that speaks plain HTTP, or does not trust the certificate, ends its own handshake.
  server.on('tlsClientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const [first] = [...hosts()];
  return {
    port,
    url: `https://${first ?? `localhost:${port}`}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
