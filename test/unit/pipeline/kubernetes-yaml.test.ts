import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { parseYamlFile, rewriteFiles, wasmpackReferences } from '../../../src/pipeline/kubernetes-yaml.js';

const DEPLOYMENT = `# The hello service (comments survive)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello   # trailing comment
spec:
  replicas: 2
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels:
        app: hello
    spec:
      containers:
        - name: hello
          image: wasmpack://./hello
          args: ["--verbose"]
        - name: sidecar
          image: "docker.io/library/busybox:1.36"
---
apiVersion: v1
kind: Pod
metadata:
  name: plain
spec:
  containers:
    - name: web
      image: nginx:1.27
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            module.wasm.image/variant: compat-smart
        spec:
          runtimeClassName: wamr
          restartPolicy: Never
          containers:
            - name: job
              image: 'wasmpack://jobs/nightly'
`;

const PINNED_HELLO = 'localhost:5000/acme/hello@sha256:' + 'a'.repeat(64);
const PINNED_NIGHTLY = 'localhost:5000/acme/nightly@sha256:' + 'b'.repeat(64);

function rewrite(): string {
  const file = parseYamlFile('k8s.yaml', DEPLOYMENT);
  assert.deepEqual(wasmpackReferences([file]), ['./hello', 'jobs/nightly']);
  return rewriteFiles([file], { resolved: new Map([['./hello', PINNED_HELLO], ['jobs/nightly', PINNED_NIGHTLY]]), runtimeClass: 'crun-wasm' });
}

test('references are pinned; the pod template gains the variant annotation and the RuntimeClass', () => {
  const docs = parseAllDocuments(rewrite()) as ReturnType<typeof parseAllDocuments> & unknown[];
  const [deployment, pod, cron] = (docs as Array<{ toJS(): any }>).map((d) => d.toJS());
  const template = deployment.spec.template;
  assert.equal(template.spec.containers[0].image, PINNED_HELLO);
  assert.equal(template.spec.containers[1].image, 'docker.io/library/busybox:1.36');
  assert.equal(template.spec.runtimeClassName, 'crun-wasm');
  assert.deepEqual(template.metadata, { labels: { app: 'hello' }, annotations: { 'module.wasm.image/variant': 'compat' } });
  // Nothing on the Deployment itself: CRI reads the pod's annotations, not the workload's.
  assert.equal(deployment.metadata.annotations, undefined);
  assert.equal(deployment.spec.runtimeClassName, undefined);
  // An ordinary pod is left alone.
  assert.deepEqual(pod, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'plain' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } });
  // What the YAML already says stays.
  const jobPod = cron.spec.jobTemplate.spec.template;
  assert.equal(jobPod.spec.containers[0].image, PINNED_NIGHTLY);
  assert.equal(jobPod.spec.runtimeClassName, 'wamr');
  assert.equal(jobPod.metadata.annotations['module.wasm.image/variant'], 'compat-smart');
});

test('comments, key order, quoting and flow style survive', () => {
  const out = rewrite();
  assert.ok(out.startsWith('# The hello service (comments survive)\napiVersion: apps/v1\nkind: Deployment\n'), out);
  assert.ok(out.includes('name: hello # trailing comment'), out);
  assert.ok(out.includes('matchLabels: { app: hello }'), out);
  assert.ok(out.includes('image: "docker.io/library/busybox:1.36"'), out);
  assert.ok(out.includes(`image: '${PINNED_NIGHTLY}'`), out);
  assert.ok(out.includes('schedule: "0 3 * * *"'), out);
  assert.equal(out.split('\n---\n').length, 3, 'three documents');
  const deploymentKeys = out.slice(0, out.indexOf('---')).match(/^\S+:/gm);
  assert.deepEqual(deploymentKeys, ['apiVersion:', 'kind:', 'metadata:', 'spec:']);
  const podSpec = out.slice(out.indexOf('    spec:'), out.indexOf('---'));
  assert.ok(podSpec.indexOf('containers:') < podSpec.indexOf('runtimeClassName: crun-wasm'), 'added keys come after the existing ones');
});

test('invalid YAML is a coded error naming the file', () => {
  assert.throws(() => parseYamlFile('bad.yaml', 'a: [1, 2\nb: c'), { code: 'YAML_INVALID', message: /bad\.yaml/ });
});
