/**
 * An independent look at what a registry holds, over plain node:http (not wasmpack's client):
 * every repository, every tag, the manifest each tag points at, and whether every blob and child
 * manifest it references is there. The invariant the fault suite checks after every push: no tag
 * references content the registry does not have.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';

const ACCEPT = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.docker.distribution.manifest.list.v2+json'].join(', ');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, method: 'GET' | 'HEAD', authorization?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { accept: ACCEPT, ...(authorization ? { authorization } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface AuditResult {
  tags: number;
  /** "repo:tag -> missing sha256:..." for every reference to absent content. */
  problems: string[];
}

export interface AuditAccess {
  /** http://127.0.0.1:PORT of the registry itself (not a proxy). */
  url: string;
  creds?: { user: string; password: string };
}

function auth(access: AuditAccess): string | undefined {
  return access.creds ? `Basic ${Buffer.from(`${access.creds.user}:${access.creds.password}`).toString('base64')}` : undefined;
}

export async function listRepositories(access: AuditAccess): Promise<string[]> {
  const res = await get(`${access.url}/v2/_catalog?n=1000`, 'GET', auth(access));
  if (res.status !== 200) throw new Error(`_catalog answered ${res.status}`);
  return (JSON.parse(res.body.toString()) as { repositories?: string[] }).repositories ?? [];
}

export async function listTags(access: AuditAccess, repository: string): Promise<string[]> {
  const res = await get(`${access.url}/v2/${repository}/tags/list?n=1000`, 'GET', auth(access));
  if (res.status === 404) return [];
  if (res.status !== 200) throw new Error(`tags/list of ${repository} answered ${res.status}`);
  return (JSON.parse(res.body.toString()) as { tags?: string[] | null }).tags ?? [];
}

/** The digest of the manifest a tag points at (computed from its bytes), or undefined. */
export async function tagDigest(access: AuditAccess, repository: string, tag: string): Promise<string | undefined> {
  const res = await get(`${access.url}/v2/${repository}/manifests/${tag}`, 'GET', auth(access));
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`manifest ${repository}:${tag} answered ${res.status}`);
  return `sha256:${createHash('sha256').update(res.body).digest('hex')}`;
}

/** Walks every tag of the given repositories (all of them by default) down to its blobs. */
export async function auditRegistry(access: AuditAccess, repositories?: string[]): Promise<AuditResult> {
  const result: AuditResult = { tags: 0, problems: [] };
  for (const repository of repositories ?? (await listRepositories(access))) {
    for (const tag of await listTags(access, repository)) {
      result.tags++;
      await checkManifest(access, repository, tag, `${repository}:${tag}`, result.problems);
    }
  }
  return result;
}

async function checkManifest(access: AuditAccess, repository: string, reference: string, what: string, problems: string[]): Promise<void> {
  const res = await get(`${access.url}/v2/${repository}/manifests/${reference}`, 'GET', auth(access));
  if (res.status !== 200) {
    problems.push(`${what} -> manifest ${reference} answered ${res.status}`);
    return;
  }
  const doc = JSON.parse(res.body.toString()) as { config?: { digest: string }; layers?: Array<{ digest: string }>; manifests?: Array<{ digest: string }> };
  for (const blob of [...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])]) {
    const head = await get(`${access.url}/v2/${repository}/blobs/${blob.digest}`, 'HEAD', auth(access));
    if (head.status !== 200) problems.push(`${what} -> missing blob ${blob.digest} (${head.status})`);
  }
  for (const child of doc.manifests ?? []) await checkManifest(access, repository, child.digest, `${what} -> ${child.digest}`, problems);
}
