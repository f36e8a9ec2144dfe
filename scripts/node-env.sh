# Sourced by scripts/setup.sh, test.sh, demo.sh, bench.sh and .ci/run: the node versions wasmpack is
# developed, tested and measured on (24), its floor (22) and one below the floor (20, for the test
# that an old node gets error[NODE_TOO_OLD]), pinned here and nowhere else, and
# where setup.sh unpacks them (the npm registry's node-linux-<arch> packages hold node's official
# binary as package/bin/node; outside the repository, so every checkout shares them).
# After sourcing: node 24 is first on PATH (unless the node on PATH already is >= 24), so npx, npm,
# the bundle, the test runner and every node they spawn run on it; WASMPACK_NODE22 is the node 22
# binary that the floor's smoke test (test/e2e/node22-smoke.test.ts) runs the bundle with, and
# WASMPACK_NODE20 the one test/e2e/node-too-old.test.ts runs it with.
WASMPACK_NODE24_VERSION=24.22.3
WASMPACK_NODE22_VERSION=22.23.5
WASMPACK_NODE20_VERSION=20.20.2
WASMPACK_NODE_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/wasmpack-dev/node"

# The major version of the node on PATH, or 0 when there is none.
wasmpack_path_node_major() {
  local v
  v=$(node -p 'process.versions.node' 2>/dev/null) || { echo 0; return; }
  echo "${v%%.*}"
}

WASMPACK_NODE24_FROM_CACHE=0
case ":$PATH:" in
  *":$WASMPACK_NODE_CACHE/$WASMPACK_NODE24_VERSION/bin:"*) WASMPACK_NODE24_FROM_CACHE=1 ;;
  *) if [ "$(wasmpack_path_node_major)" -lt 24 ]; then
       export PATH="$WASMPACK_NODE_CACHE/$WASMPACK_NODE24_VERSION/bin:$PATH"
       WASMPACK_NODE24_FROM_CACHE=1
     fi ;;
esac
export WASMPACK_NODE22="$WASMPACK_NODE_CACHE/$WASMPACK_NODE22_VERSION/bin/node"
export WASMPACK_NODE20="$WASMPACK_NODE_CACHE/$WASMPACK_NODE20_VERSION/bin/node"
