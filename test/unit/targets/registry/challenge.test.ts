import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChallenges, pickChallenge } from '../../../../src/targets/registry/challenge.js';

const table: Array<[string, string | string[], unknown]> = [
  ['docker hub bearer', 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"', [{ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' } }]],
  ['comma inside quotes', 'Bearer realm="https://r/t",scope="repository:a/b:pull,push"', [{ scheme: 'bearer', params: { realm: 'https://r/t', scope: 'repository:a/b:pull,push' } }]],
  ['case-insensitive scheme and names', 'BEARER Realm="x", SERVICE=svc', [{ scheme: 'bearer', params: { realm: 'x', service: 'svc' } }]],
  ['escapes in quoted strings', 'Basic realm="say \\"hi\\" \\\\ there"', [{ scheme: 'basic', params: { realm: 'say "hi" \\ there' } }]],
  ['two challenges in one header', 'Basic realm="r1", Bearer realm="https://t",service="s"', [{ scheme: 'basic', params: { realm: 'r1' } }, { scheme: 'bearer', params: { realm: 'https://t', service: 's' } }]],
  ['several headers', ['Basic realm="a"', 'Bearer realm="b"'], [{ scheme: 'basic', params: { realm: 'a' } }, { scheme: 'bearer', params: { realm: 'b' } }]],
  ['token68', 'Negotiate abc123==, Basic realm="x"', [{ scheme: 'negotiate', params: {}, token68: 'abc123==' }, { scheme: 'basic', params: { realm: 'x' } }]],
  ['bare scheme', 'Basic', [{ scheme: 'basic', params: {} }]],
  ['spaces around =', 'Bearer realm = "x" , service = y', [{ scheme: 'bearer', params: { realm: 'x', service: 'y' } }]],
  ['ECR public malformed scope kept as text', 'Bearer realm="https://public.ecr.aws/token/",service="public.ecr.aws",scope="aws"', [{ scheme: 'bearer', params: { realm: 'https://public.ecr.aws/token/', service: 'public.ecr.aws', scope: 'aws' } }]],
  ['empty', '', []],
];

for (const [name, input, expected] of table) {
  test(`parseChallenges: ${name}`, () => {
    assert.deepEqual(parseChallenges(input), expected);
  });
}

test('pickChallenge prefers Bearer, then Basic, and ignores schemes we cannot speak', () => {
  assert.equal(pickChallenge(parseChallenges('Basic realm="a", Bearer realm="b"'))?.scheme, 'bearer');
  assert.equal(pickChallenge(parseChallenges('Negotiate, Basic realm="a"'))?.scheme, 'basic');
  assert.equal(pickChallenge(parseChallenges('Negotiate abc=')), undefined);
});
