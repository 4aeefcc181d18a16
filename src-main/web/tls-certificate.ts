import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API;
// since the core (and TypeORM, which loaded it before) runs in its own worker thread, the
// transport's thread loads it here.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { writeFileAtomic } from '../core/data-dir/atomic-file';

export const SERVER_CERT_FILE = 'server-cert.pem';
export const SERVER_KEY_FILE = 'server-key.pem';

export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, `AB:CD:…` as browsers and `openssl x509 -fingerprint -sha256` show it. */
  fingerprint: string;
  /** Whether Brücke generated it (then clients pin the fingerprint on first connect). */
  selfSigned: boolean;
}

export function fingerprintOf(certPem: string): string {
  return new crypto.X509Certificate(certPem).fingerprint256;
}

/** The office's own certificate and key, read from the files the admin named. */
export function readCertificate(certFile: string, keyFile: string): ServerCertificate {
  const cert = fs.readFileSync(certFile, 'utf8');
  const key = fs.readFileSync(keyFile, 'utf8');
  return { cert, key, fingerprint: fingerprintOf(cert), selfSigned: false };
}

/** The self-signed certificate in the data directory, if one was generated already. */
export function readSelfSigned(dataDir: string): ServerCertificate | null {
  const certFile = path.join(dataDir, SERVER_CERT_FILE);
  const keyFile = path.join(dataDir, SERVER_KEY_FILE);
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return null;
  return { ...readCertificate(certFile, keyFile), selfSigned: true };
}

/**
 * The team server's certificate when the office has none: generated once (ECDSA P-256, ten
 * years, for this machine's names and addresses plus `extraNames`) with the library's X.509
 * builder over Node's WebCrypto, and kept in the data directory (key owner-only). Clients pin its
 * fingerprint on first connect, as SSH does with host keys.
 */
export async function ensureSelfSigned(dataDir: string, extraNames: readonly string[] = []): Promise<ServerCertificate> {
  const existing = readSelfSigned(dataDir);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const webcrypto = crypto.webcrypto;
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as crypto.webcrypto.CryptoKeyPair;
  const names = new Set(['localhost', os.hostname(), '127.0.0.1', '::1', ...extraNames, ...localAddresses()]);
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(notBefore.getTime() + 10 * 365 * 24 * 3_600_000);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: crypto.randomBytes(16).toString('hex'),
      name: `CN=${os.hostname().replace(/[,=+<>#;"\\]/g, '-')} (Brücke team server)`,
      notBefore,
      notAfter,
      signingAlgorithm: algorithm,
      keys: keys as never,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension([...names].map((value) => ({ type: net.isIP(value) ? 'ip' : 'dns', value }))),
      ],
    },
    webcrypto as never,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/(.{64})/g, '$1\n').trim()}\n-----END PRIVATE KEY-----\n`;
  const cert = certificate.toString('pem');
  // Key first: a certificate without its key is useless, a key without a certificate is regenerated.
  writeFileAtomic(dataDir, SERVER_KEY_FILE, key);
  writeFileAtomic(dataDir, SERVER_CERT_FILE, cert);
  return { cert, key, fingerprint: fingerprintOf(cert), selfSigned: true };
}

function localAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
    .map((i) => i.address.split('%')[0]!);
}
