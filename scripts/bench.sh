#!/usr/bin/env bash
# The benchmark (npm run bench): wasmpack next to buildah and skopeo in one run; prints tables and a
# final `BENCH_JSON {...}` line. Not part of the test run. See bench/README.md.
# Env: BENCH_ITERATIONS (10), BENCH_LARGE_MB (256, 0 skips), BENCH_JSON_OUT, IWASM, WAMRC.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh   # node 24 first on PATH; setup installs it when it is missing
[ "$(wasmpack_path_node_major)" -ge 24 ] || { bash scripts/setup.sh >&2; source scripts/node-env.sh; }

# Compile when dist is missing or older than any TypeScript source. tsc still emits when someone
# else's file has a type error, so its exit status alone does not decide; the outputs do.
needed=(dist/bench/run.js dist/src/cli/main.js dist/test/helpers/registry.js)
stale=0
for f in "${needed[@]}"; do [[ -f "$f" ]] || stale=1; done
if [[ $stale == 0 ]] && [[ -n "$(find src bench test/helpers -name '*.ts' -newer dist/bench/run.js -print -quit)" ]]; then
  stale=1
fi
if [[ $stale == 1 ]]; then
  echo "bench: compiling with tsc" >&2
  npx tsc -p tsconfig.json >&2 || echo "bench: tsc reported type errors (outputs were still emitted)" >&2
  for f in "${needed[@]}"; do
    [[ -f "$f" ]] || { echo "bench: $f missing after tsc" >&2; exit 1; }
  done
  touch dist/bench/run.js
fi

# The benchmark times bin/wasmpack.js, the bundle: make sure it is the bundle of these sources.
node scripts/bundle.mjs --check 2>/dev/null || { echo "bench: bundling (bin/ was stale)" >&2; node scripts/bundle.mjs; }

exec node dist/bench/run.js
