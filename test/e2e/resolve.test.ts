/**
 * `wasmpack resolve` through the bundle, ko's way: a directory of Kubernetes YAML with two
 * wasmpack:// projects (one named twice) and an ordinary image. Both projects are built once and
 * pushed to a real registry; the printed YAML parses, names them by digest, and skopeo finds those
 * digests in the registry; everything else (comments, key order, the other image) is as it was.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { assertCleanError, REPO_ROOT, wasmpack } from '../helpers/cli.js';
import { skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';

let registry: RunningRegistry;
let root: string;

const DEPLOYMENT = `# hello-c, served by crun's wasm handler
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello # the name kubectl shows
  labels: {app: hello}
spec:
  replicas: 1
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels: {app: hello}
    spec:
      containers:
        - name: hello
          image: wasmpack://services/hello-c
          resources:
            limits: {memory: 64Mi}
`;

const JOBS = `apiVersion: batch/v1
kind: Job
metadata:
  name: tool
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: tool
          image: "wasmpack://./services/tool"
        # the same project again, under another spelling: built once
        - name: hello-again
          image: wasmpack://services/hello-c/
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: docker.io/library/nginx:1.27 # an ordinary image
`;

before(async () => {
  registry = await startRegistry();
  root = await mkdtemp(join(tmpdir(), 'wasmpack-resolve-'));
  await cp(join(REPO_ROOT, 'examples', 'hello-c'), join(root, 'services', 'hello-c'), { recursive: true, filter: (src) => !src.includes('.wasmpack') });
  await mkdir(join(root, 'services', 'tool'), { recursive: true });
  await writeFile(join(root, 'services', 'tool', 'tool.wasm'), MINIMAL_COMMAND);
  await writeFile(join(root, 'services', 'tool', 'wasmpack.json'), JSON.stringify({ name: 'tool', wasm: 'tool.wasm' }));
  await mkdir(join(root, 'k8s'));
  await writeFile(join(root, 'k8s', 'deployment.yaml'), DEPLOYMENT);
  await writeFile(join(root, 'k8s', 'jobs.yml'), JOBS);
  await writeFile(join(root, 'k8s', 'notes.txt'), 'not YAML: resolve reads *.yaml and *.yml only');
});
after(async () => {
  await registry?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

test('resolve -f DIR: builds each project once, pushes, and prints the YAML digest-pinned', async () => {
  const repo = `${registry.host}/resolve`;
  const result = await wasmpack(['resolve', '-f', 'k8s', '-t', repo], { cwd: root });
  assert.equal(result.code, 0, result.stderr);

  const docs = parseAllDocuments(result.stdout) as unknown as Array<{ errors: unknown[]; toJS(): any }>;
  assert.equal(docs.length, 3);
  for (const doc of docs) assert.deepEqual(doc.errors, []);
  const [deployment, job, pod] = docs.map((d) => d.toJS());

  const pinned = new RegExp(`^${repo.replace(/[.]/g, '\\.')}/(hello-c|tool)@sha256:[0-9a-f]{64}$`);
  const hello = deployment.spec.template.spec.containers[0].image as string;
  const tool = job.spec.template.spec.containers[0].image as string;
  assert.match(hello, pinned);
  assert.match(tool, pinned);
  assert.ok(hello.startsWith(`${repo}/hello-c@`) && tool.startsWith(`${repo}/tool@`));
  assert.equal(job.spec.template.spec.containers[1].image, hello, 'the same project under two spellings is one image');
  assert.equal((result.stderr.match(/pushing hello-c to/g) ?? []).length, 1, `hello-c pushed once:\n${result.stderr}`);

  // The registry holds exactly those manifests (skopeo, an independent reader).
  for (const reference of [hello, tool]) {
    const manifest = JSON.parse(await skopeo('inspect', '--tls-verify=false', '--raw', `docker://${reference}`)) as { config: { mediaType: string }; annotations?: Record<string, string> };
    assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json');
    const digest = (await skopeo('inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${reference.replace(/@.*/, ':latest')}`)).trim();
    assert.equal(digest, reference.slice(reference.indexOf('@') + 1), 'the tag and the pinned digest agree');
  }

  // Each pod that runs a Wasm image is ready for crun's handler; the plain pod is untouched.
  for (const template of [deployment.spec.template, job.spec.template]) {
    assert.equal(template.spec.runtimeClassName, 'crun-wasm');
    assert.equal(template.metadata.annotations['module.wasm.image/variant'], 'compat');
  }
  assert.deepEqual(pod, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'docker.io/library/nginx:1.27' }] } });

  // Comments and key order survive.
  const out = result.stdout;
  assert.ok(out.startsWith('# hello-c, served by crun\'s wasm handler\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello # the name kubectl shows\n'), out);
  assert.ok(out.includes('# the same project again, under another spelling: built once'), out);
  assert.ok(out.includes('image: docker.io/library/nginx:1.27 # an ordinary image'), out);
  assert.ok(out.includes(`image: "${tool}"`), `a quoted value stays quoted:\n${out}`);
  assert.deepEqual(Object.keys(deployment), ['apiVersion', 'kind', 'metadata', 'spec']);
  assert.deepEqual(Object.keys(deployment.spec.template.spec.containers[0]), ['name', 'image', 'resources']);
});

test('resolve --runtime-class and --json; a project that fails to build names its wasmpack:// reference', async () => {
  const repo = `${registry.host}/resolve-json`;
  const result = await wasmpack(['resolve', '-f', 'k8s/deployment.yaml', '-t', repo, '--runtime-class', 'wamr', '--json'], { cwd: root });
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as { yaml: string; images: Array<{ path: string; pinned: string; pushedTo: string }> };
  assert.deepEqual(doc.images.map((i) => [i.path, i.pushedTo]), [['services/hello-c', `${repo}/hello-c:latest`]]);
  assert.match(doc.yaml, /runtimeClassName: wamr/);

  await writeFile(join(root, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n    - {name: x, image: "wasmpack://services/missing"}\n');
  const broken = await wasmpack(['resolve', '-f', 'broken.yaml', '-t', repo], { cwd: root });
  assertCleanError(broken, 'NO_PROJECT');
  assert.match(broken.stderr, /building wasmpack:\/\/services\/missing/);
  assert.equal(broken.stdout, '', 'no half-resolved YAML');
  assertCleanError(await wasmpack(['resolve', '-f', 'nowhere', '-t', repo], { cwd: root }), 'NO_YAML');
});

test('a new project\'s k8s/ resolves as the README says: init, then resolve -f k8s/', async () => {
  const project = join(root, 'fresh');
  assert.equal((await wasmpack(['init', project, '--template', 'c'])).code, 0);
  const result = await wasmpack(['resolve', '-f', 'k8s/', '-t', `${registry.host}/fresh`], { cwd: project });
  assert.equal(result.code, 0, result.stderr);
  const docs = (parseAllDocuments(result.stdout) as unknown as Array<{ toJS(): any }>).map((d) => d.toJS());
  assert.deepEqual(docs.map((d) => d.kind), ['Deployment', 'RuntimeClass']);
  const image = docs[0].spec.template.spec.containers[0].image as string;
  assert.match(image, new RegExp(`^${registry.host.replace(/[.]/g, '\\.')}/fresh/fresh@sha256:[0-9a-f]{64}$`));
  await skopeo('inspect', '--tls-verify=false', '--raw', `docker://${image}`);
});

test('a password on stdin serves every project\'s push (it can be read only once)', async () => {
  const secured = await startRegistry({ htpasswd: { user: 'deployer', password: 'resolve-secret-pw' } });
  try {
    const result = await wasmpack(['resolve', '-f', 'k8s', '-t', `${secured.host}/auth`, '--creds', 'deployer', '--password-stdin'], { cwd: root, input: 'resolve-secret-pw\n' });
    assert.equal(result.code, 0, result.stderr);
    const docs = (parseAllDocuments(result.stdout) as unknown as Array<{ toJS(): any }>).map((d) => d.toJS());
    assert.match(docs[0].spec.template.spec.containers[0].image, /\/auth\/hello-c@sha256:/);
    assert.match(docs[1].spec.template.spec.containers[0].image, /\/auth\/tool@sha256:/);
    assert.ok(!result.stderr.includes('resolve-secret-pw') && !result.stdout.includes('resolve-secret-pw'));
  } finally {
    await secured.stop();
  }
});
