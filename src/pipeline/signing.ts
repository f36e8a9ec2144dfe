/*
 * The signing front door for the CLI and the Action: key files, signing a stored image, verifying
 * one. The formats and checks live in src/supply-chain/sign; this file does the file I/O and
 * turns flags into a signer or a trust policy.
 */

import { link, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { WasmpackError } from '../errors.js';
import type { RegistryAccess } from '../targets/connect.js';
import { decryptPrivateKey, generateCosignKeyPair, parsePublicKey } from '../supply-chain/sign/cosign-key.js';
import { keySigner, type Signer } from '../supply-chain/sign/signer.js';
import { keyBundleSigner, signStoredImage, type Attachment, type BundleSigner, type SignResult } from '../supply-chain/sign/sign-image.js';
import { openStore } from '../supply-chain/sign/store.js';
import { predicateTypeFor } from '../supply-chain/sign/predicate-types.js';
import { assertVerified, verifyStoredImage, type CertificateVerifier, type TrustPolicy, type VerifyResult } from '../supply-chain/sign/verify-image.js';
import type { Descriptor } from '../oci/content.js';
import { referenceWithDigest } from '../oci/reference.js';
import { parseTransport } from '../targets/transport-spec.js';
import type { PublishResult } from './publish.js';

export type { Attachment, SignResult, VerifyResult, Signer, BundleSigner, TrustPolicy };

export interface KeyPairPaths {
  privateKey: string;
  publicKey: string;
}

/**
 * Writes PREFIX.key (mode 0600) and PREFIX.pub. Neither file is overwritten without `force`, and
 * a pair is never half-written: both go to temporary names first.
 */
export async function generateKeyFiles(request: { prefix: string; password: string; force?: boolean }): Promise<KeyPairPaths> {
  const paths = { privateKey: `${request.prefix}.key`, publicKey: `${request.prefix}.pub` };
  const pair = generateCosignKeyPair(request.password);
  const suffix = `.${randomBytes(4).toString('hex')}.tmp`;
  const files = [
    { temp: paths.privateKey + suffix, final: paths.privateKey, text: pair.privatePem, mode: 0o600 },
    { temp: paths.publicKey + suffix, final: paths.publicKey, text: pair.publicPem, mode: 0o644 },
  ];
  const linked: string[] = [];
  try {
    if (!request.force) {
      for (const f of files) if (await exists(f.final)) throw keyExists(f.final);
    }
    for (const f of files) await writeFile(f.temp, f.text, { mode: f.mode, flag: 'wx' });
    for (const f of files) {
      if (request.force) await rm(f.final, { force: true });
      // link() fails on an existing file: nothing is overwritten between the check and the write.
      await link(f.temp, f.final).catch((err: NodeJS.ErrnoException) => {
        throw err.code === 'EEXIST' ? keyExists(f.final) : err;
      });
      linked.push(f.final);
    }
  } catch (err) {
    // A pair is both files or neither.
    for (const path of linked) await rm(path, { force: true });
    throw err;
  } finally {
    for (const f of files) await rm(f.temp, { force: true });
  }
  return paths;
}

function keyExists(path: string): WasmpackError {
  return new WasmpackError('KEY_EXISTS', `${path} already exists`, 'choose another prefix (wasmpack key generate PREFIX), or pass --force to replace the pair');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WasmpackError('KEY_NOT_FOUND', `cannot read the key ${path}${code === 'ENOENT' ? ': no such file' : ` (${code})`}`, 'make a pair with wasmpack key generate (or cosign generate-key-pair) and pass its path');
  }
}

/** A signer from a cosign .key file; a wrong password is KEY_PASSWORD before anything is pushed. */
export async function loadSigner(keyFile: string, password: string): Promise<Signer> {
  return keySigner(decryptPrivateKey(await readKeyFile(keyFile), password, keyFile));
}

export async function loadPublicKeyPolicy(keyFile: string): Promise<TrustPolicy> {
  return { kind: 'key', key: parsePublicKey(await readKeyFile(keyFile), keyFile), source: keyFile };
}

export interface SignRequest {
  /** A registry reference or oci:DIR[:TAG]. */
  image: string;
  signer?: Signer;
  /** Keyless signing brings its own; default: the key signer's DSSE bundles. */
  bundleSigner?: BundleSigner;
  attachments?: readonly Attachment[];
  /** The image's descriptor when the caller just pushed it (saves a HEAD). */
  subject?: Descriptor;
  /** false: attestations only, no `.sig` signature (cosign attest). */
  signature?: boolean;
}

/** --attest TYPE=FILE: the documents, read and typed; a missing file fails before anything is written. */
export async function readAttachments(pairs: ReadonlyArray<readonly [string, string]>): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const [type, file] of pairs) {
    const { predicateType, mediaType } = predicateTypeFor(type);
    const bytes = await readFile(file).catch(() => {
      throw new WasmpackError('ATTEST_FILE', `cannot read ${file}`, 'name an existing JSON document after TYPE=');
    });
    out.push({ artifactType: mediaType, mediaType, bytes, predicateType });
  }
  return out;
}

export async function signImage(request: SignRequest, deps: { access: RegistryAccess }): Promise<SignResult> {
  const bundleSigner = request.bundleSigner ?? (request.signer ? keyBundleSigner(request.signer) : undefined);
  if (!bundleSigner) throw new WasmpackError('SIGN_NO_KEY', 'nothing to sign with', 'pass --key FILE (a cosign private key)');
  const store = openStore(request.image, deps.access);
  try {
    return await signStoredImage(store, { ...(request.signer && request.signature !== false ? { signer: request.signer } : {}), bundleSigner, ...(request.attachments ? { attachments: request.attachments } : {}), ...(request.subject ? { subject: request.subject } : {}) });
  } finally {
    await store.close();
  }
}

export interface VerifyFlags {
  key?: string;
  identity?: string;
  identityRegExp?: string;
  issuer?: string;
}

/** Turns --key / --certificate-* into a policy; undefined when none was given. */
export async function trustPolicy(flags: VerifyFlags, options: { trustedRoot?: string } = {}): Promise<TrustPolicy | undefined> {
  const identityGiven = flags.identity !== undefined || flags.identityRegExp !== undefined || flags.issuer !== undefined;
  if (flags.key !== undefined && identityGiven) {
    throw new WasmpackError('VERIFY_FLAGS', '--key and --certificate-identity/--certificate-oidc-issuer were both given', 'verify with a key (--key cosign.pub) or a keyless identity, one at a time');
  }
  if (flags.key !== undefined) return loadPublicKeyPolicy(flags.key);
  if (!identityGiven) return undefined;
  if (!flags.issuer || (flags.identity === undefined) === (flags.identityRegExp === undefined)) {
    throw new WasmpackError('VERIFY_FLAGS', 'keyless verification needs --certificate-oidc-issuer and exactly one of --certificate-identity or --certificate-identity-regexp', 'for GitHub Actions: --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/heads/main');
  }
  if (flags.identityRegExp !== undefined) {
    try {
      new RegExp(flags.identityRegExp);
    } catch {
      throw new WasmpackError('VERIFY_FLAGS', `--certificate-identity-regexp is not a regular expression: ${flags.identityRegExp}`, 'write a JavaScript regular expression, e.g. ^https://github.com/acme/');
    }
  }
  return {
    kind: 'identity',
    issuer: flags.issuer,
    ...(flags.identity !== undefined ? { identity: flags.identity } : {}),
    ...(flags.identityRegExp !== undefined ? { identityRegExp: flags.identityRegExp } : {}),
    verifier: await certificateVerifier(options.trustedRoot),
  };
}

/** Verifies IMAGE under `policy`; throws VERIFY_* unless a signature or attestation for its digest holds. */
export async function verifyImage(request: { image: string; policy: TrustPolicy }, deps: { access: RegistryAccess }): Promise<VerifyResult> {
  const store = openStore(request.image, deps.access);
  try {
    const result = await verifyStoredImage(store, request.policy);
    assertVerified(result, request.policy);
    return result;
  } finally {
    await store.close();
  }
}


/** sigstore-js's verifier, loaded only for keyless checks (it is large). */
async function certificateVerifier(trustedRoot: string | undefined): Promise<CertificateVerifier> {
  const { sigstoreCertificateVerifier } = await import('../supply-chain/sign/keyless-verify.js');
  return sigstoreCertificateVerifier(trustedRoot);
}

/**
 * --sign-key on push and build --push: every registry repository just pushed to gets the
 * signature (once per repository: tags of one repository share the `.sig` tag) and, when given,
 * the attestations. Layouts and archives written beside are left alone.
 */
export async function signPublished(published: PublishResult, request: { signer: Signer; attachments?: readonly Attachment[] }, deps: { access: RegistryAccess }): Promise<SignResult[]> {
  const done = new Set<string>();
  const results: SignResult[] = [];
  for (const p of published.pushed) {
    let spec;
    try {
      spec = parseTransport(p.destination);
    } catch {
      continue;
    }
    if (spec.transport !== 'registry') continue;
    const repository = `${spec.reference.registry}/${spec.reference.repository}`;
    if (done.has(repository)) continue;
    done.add(repository);
    results.push(await signImage({ image: `${repository}@${p.digest}`, signer: request.signer, ...(request.attachments ? { attachments: request.attachments } : {}) }, deps));
  }
  return results;
}

/**
 * pull and run with --key or an identity: IMAGE is verified first, then named by the digest that
 * verified, so the bytes fetched and run are exactly the ones the signature covers.
 */
export async function verifiedSource(image: string, policy: TrustPolicy, deps: { access: RegistryAccess }): Promise<{ image: string; result: VerifyResult }> {
  const spec = parseTransport(image);
  if (spec.transport !== 'registry' && spec.transport !== 'oci') {
    throw new WasmpackError('VERIFY_UNSUPPORTED_SOURCE', `signatures are checked for images in a registry or an OCI layout, not ${image}`, 'pull or run the image from its registry (or oci:DIR[:TAG]) with --key / --certificate-identity');
  }
  const result = await verifyImage({ image, policy }, deps);
  if (spec.transport === 'oci') return { image, result };
  return { image: referenceWithDigest(spec.reference, result.subject.digest).toString(), result };
}

/** A signer from key text (the Action's sign-key secret), or from a path when the text is not PEM. */
export async function signerFromText(text: string, password: string, source: string): Promise<Signer> {
  if (!text.includes('-----BEGIN')) return loadSigner(text.trim(), password);
  return keySigner(decryptPrivateKey(text, password, source));
}

/**
 * Keyless signing in GitHub Actions: sigstore-js with the job's OIDC token. Fulcio and Rekor are
 * Sigstore's public-good instances unless WASMPACK_SIGSTORE_FULCIO_URL / _REKOR_URL name others
 * (a private Sigstore, or a test's mock).
 */
export async function keylessSigner(env: NodeJS.ProcessEnv): Promise<BundleSigner> {
  const { githubIdToken, keylessBundleSigner } = await import('../supply-chain/sign/keyless.js');
  // Fail now, with the permission to add, rather than inside sigstore-js.
  const first = await githubIdToken(env);
  let used = false;
  return keylessBundleSigner({
    token: async () => {
      if (!used) {
        used = true;
        return first;
      }
      return githubIdToken(env);
    },
    ...(env.WASMPACK_SIGSTORE_FULCIO_URL ? { fulcioURL: env.WASMPACK_SIGSTORE_FULCIO_URL } : {}),
    ...(env.WASMPACK_SIGSTORE_REKOR_URL ? { rekorURL: env.WASMPACK_SIGSTORE_REKOR_URL } : {}),
  });
}

export type { RegistryAccess };

/**
 * The SBOM and provenance a build produced (BuildResult.supplyChain, when the build makes them),
 * as attachments to sign: with a key on, they go out as signed in-toto attestations.
 */
export function buildAttachments(build: object): Attachment[] {
  const documents = (build as { supplyChain?: { sbom?: Attachment; provenance?: Attachment } }).supplyChain;
  return [documents?.sbom, documents?.provenance].filter((d): d is Attachment => d !== undefined);
}
