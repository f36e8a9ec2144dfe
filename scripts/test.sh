#!/usr/bin/env bash
# The test command: installs what the tests need (scripts/setup.sh), type-checks and compiles,
# bundles the CLI into bin/ (the end-to-end tests run bin/wasmpack.js, the bundle), then runs
# unit, integration and end-to-end tests against real toolchains and a real registry.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -rf dist
npx tsc -p tsconfig.json
node scripts/bundle.mjs
node scripts/run-tests.mjs "$@"
