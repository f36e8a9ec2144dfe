import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureMarkdown, summaryMarkdown } from '../../../src/action/summary.js';
import { buildView } from './fixtures.js';

test('a pushed build: image, digest, platform, size, and a row per repository with its tags and blob counts', () => {
  const view = buildView();
  const md = summaryMarkdown({
    view,
    image: `ghcr.io/acme/app:1.0@${view.digest}`,
    references: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:latest'],
    pushed: [{ destination: 'ghcr.io/acme/app:1.0', tags: ['1.0', 'latest'], extraTags: [], blobs: { pushed: 2, skipped: 0, mounted: 0 } }],
    aot: [],
  });
  assert.match(md, /^### wasmpack: hello\n/);
  assert.match(md, new RegExp(`\\| Image \\| \`ghcr.io/acme/app:1.0@${view.digest}\` \\|`));
  assert.match(md, new RegExp(`\\| Digest \\| \`${view.digest}\` \\|`));
  assert.match(md, /\| Platform \| `wasi\/wasm` \|/);
  assert.match(md, /\| Size \| 12\.5 KiB /);
  assert.match(md, /\| Created \| 2024-05-01T10:00:00Z \|/);
  assert.match(md, /#### Pushed\n\n\| Repository \| Tags \| Blobs uploaded \/ already there \/ mounted \|\n\|---\|---\|---\|\n\| `ghcr.io\/acme\/app` \| `1.0` `latest` \| 2 \/ 0 \/ 0 \|/);
  assert.doesNotMatch(md, /not pushed/i);
  assert.doesNotMatch(md, /SBOM/, 'no SBOM line unless a bare SBOM was pushed');
});

test('a bare SBOM referrer pushed beside the image is listed with its digest', () => {
  const view = buildView();
  const sbom = `sha256:${'5'.repeat(64)}`;
  const md = summaryMarkdown({ view, image: `r/a:1@${view.digest}`, references: ['r/a:1'], pushed: [{ destination: 'r/a:1', tags: ['1'], extraTags: [], blobs: { pushed: 1, skipped: 0, mounted: 0 } }], aot: [], sbom });
  assert.match(md, new RegExp(`SBOM referrer \\(unsigned\\): \`${sbom}\``));
});

test('a pull request build says it was built, not pushed, why, and what it would be tagged', () => {
  const md = summaryMarkdown({ view: buildView(), image: 'x', references: ['ghcr.io/acme/app:pr-7'], notPushedBecause: 'pull_request event', aot: [] });
  assert.match(md, /\*\*Built, not pushed\*\* \(pull_request event\)\./);
  assert.match(md, /Would be tagged: `ghcr.io\/acme\/app:pr-7`/);
  assert.doesNotMatch(md, /#### Pushed/);
});

test('AOT images get their own table; a port in a repository is not mistaken for a tag', () => {
  const md = summaryMarkdown({
    view: buildView({ aotReferrers: 1 }),
    image: 'x',
    references: [],
    pushed: [{ destination: 'localhost:5000/app:1.0', tags: ['1.0'], extraTags: ['1.0-aot-x86_64'], blobs: { pushed: 2, skipped: 1, mounted: 0 } }],
    aot: [{ target: 'x86_64', cpu: 'x86-64-v2', formatVersion: 5, wamrcVersion: '2.2.0', size: 2048, runtimes: 'WAMR 2.x | 3.x', references: ['localhost:5000/app:1.0-aot-x86_64'] }],
  });
  assert.match(md, /\| `localhost:5000\/app` \| `1.0` `1.0-aot-x86_64` \| 2 \/ 1 \/ 0 \|/);
  assert.match(md, /#### AOT images\n\n\| Target \| CPU \| AOT format \| Size \| Loads on \| References \|/);
  assert.match(md, /\| x86_64 \| x86-64-v2 \| 5 \| 2\.0 KiB \| WAMR 2\.x \\\| 3\.x \| `localhost:5000\/app:1.0-aot-x86_64` \|/);
  assert.match(md, /AOT referrers attached to the image: 1/);
});

test('a failed run\'s summary carries the error and its hint verbatim in a code block', () => {
  assert.equal(failureMarkdown('error[NO_PROJECT]: x\nhint: y'), '### wasmpack failed\n\n```\nerror[NO_PROJECT]: x\nhint: y\n```\n');
  assert.match(failureMarkdown('has ``` inside'), /^### wasmpack failed\n\n~~~~\nhas ``` inside\n~~~~\n$/);
});
