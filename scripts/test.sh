#!/usr/bin/env bash
# The test command: installs what the tests need (scripts/setup.sh, node 24 and 22 included), then
# on node 24 (scripts/node-env.sh puts it first on PATH) type-checks and compiles, bundles the CLI
# into bin/ (the end-to-end tests run bin/wasmpack.js, the bundle), and runs unit, integration and
# end-to-end tests against real toolchains and a real registry; the bundle's smoke test also runs
# it on node 22 (WASMPACK_NODE22).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/node-env.sh
echo "test: node $(node -p process.version) ($(command -v node)); node 22 for the smoke test: $WASMPACK_NODE22"
rm -rf dist
npx tsc -p tsconfig.json
node scripts/bundle.mjs
node scripts/run-tests.mjs "$@"
