/**
 * The real cosign, both majors, as scripts/setup-cosign.sh leaves them: 3.x (Debian sid) and 2.x
 * (Debian trixie) under ~/.cache/wasmpack-dev/cosign/{3,2}/usr/bin/cosign, or where COSIGN3 /
 * COSIGN2 point. A missing binary fails the test with the command that installs it: the signing
 * checks must never be skipped.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type CosignMajor = 3 | 2;

export function cosignBinary(major: CosignMajor): string {
  const fromEnv = process.env[`COSIGN${major}`];
  const cache = process.env.WASMPACK_COSIGN_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasmpack-dev', 'cosign');
  const path = fromEnv || join(cache, String(major), 'usr', 'bin', 'cosign');
  if (!existsSync(path)) throw new Error(`cosign ${major}.x not found at ${path}: run scripts/setup.sh (it calls scripts/setup-cosign.sh)`);
  return path;
}

export interface CosignResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cosign(major: CosignMajor, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CosignResult> {
  return new Promise((resolve) => {
    execFile(cosignBinary(major), args, { env: { ...process.env, HOME: process.env.HOME, ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** A trusted root with no authorities: cosign then trusts only the key it is given, offline. */
export const EMPTY_TRUSTED_ROOT = '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}';

/** Offline flags each major needs with its defaults (SUPPLY-CHAIN.md). */
export async function offlineFiles(dir: string): Promise<{ trustedRoot: string; signingConfig: string }> {
  const trustedRoot = join(dir, 'empty-trusted-root.json');
  await writeFile(trustedRoot, EMPTY_TRUSTED_ROOT);
  const signingConfig = join(dir, 'signing-config.json');
  const made = await cosign(3, ['signing-config', 'create', '--out', signingConfig]);
  if (made.code !== 0) throw new Error(`cosign signing-config create failed: ${made.stderr}`);
  return { trustedRoot, signingConfig };
}

/** `cosign verify --key` with the major's defaults, offline. */
export function cosignVerify(major: CosignMajor, pub: string, ref: string, trustedRoot: string): Promise<CosignResult> {
  const offline = major === 3 ? ['--insecure-ignore-tlog=true', '--trusted-root', trustedRoot] : ['--insecure-ignore-tlog=true'];
  return cosign(major, ['verify', '--key', pub, ...offline, '--allow-http-registry', ref]);
}

export function cosignVerifyAttestation(major: CosignMajor, pub: string, type: string, ref: string, trustedRoot: string): Promise<CosignResult> {
  const offline = major === 3 ? ['--insecure-ignore-tlog=true', '--trusted-root', trustedRoot] : ['--new-bundle-format', '--trusted-root', trustedRoot, '--insecure-ignore-tlog=true'];
  return cosign(major, ['verify-attestation', '--key', pub, '--type', type, ...offline, '--allow-http-registry', ref]);
}

/** `cosign sign --key` offline: 3.x with an empty signing config (a bundle referrer), 2.x without tlog (a .sig layer). */
export function cosignSign(major: CosignMajor, key: string, password: string, ref: string, signingConfig: string): Promise<CosignResult> {
  const offline = major === 3 ? ['--signing-config', signingConfig] : ['--tlog-upload=false'];
  return cosign(major, ['sign', '--key', key, ...offline, '--allow-http-registry', '-y', ref], { COSIGN_PASSWORD: password });
}

export function cosignAttest(major: CosignMajor, key: string, password: string, type: string, predicate: string, ref: string, signingConfig: string): Promise<CosignResult> {
  const offline = major === 3 ? ['--signing-config', signingConfig] : ['--new-bundle-format', '--tlog-upload=false'];
  return cosign(major, ['attest', '--key', key, '--type', type, '--predicate', predicate, ...offline, '--allow-http-registry', '-y', ref], { COSIGN_PASSWORD: password });
}
