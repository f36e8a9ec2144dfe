#!/usr/bin/env bash
# Installs everything wasmpack's tests and demo need on a fresh Debian 12 machine, idempotently:
# the C and Rust wasm toolchains, Go from bookworm-backports, the registry server and the
# independent readers (skopeo, umoci, buildah, podman, containerd), then the npm packages
# (jco among them, for WASI 0.2 components), and node 24 (the runtime the tests run on, when the
# node on PATH is older), node 22 (the floor, for the bundle's smoke test) and node 20 (below the
# floor, for the NODE_TOO_OLD test) from the npm
# registry into a cache outside the repository (scripts/node-env.sh pins them). Safe to run again. No service is started: the tests
# start a private containerd themselves (test/helpers/containerd.ts), as CI has no systemd.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  git ca-certificates openssl apache2-utils        # htpasswd -B for the registry's basic auth
  clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32  # C -> wasm32-wasi
  rustc cargo libstd-rust-dev-wasm32 lld-14            # Debian's Rust with the wasm32-wasi target
  docker-registry skopeo umoci buildah                 # a real registry and independent readers
  podman containerd                                    # the engines that pull our images (podman 4.3, containerd 1.6)
  time                                                 # GNU time: the benchmark's peak RSS (ru_maxrss)
  librust-serde-json-dev                               # crates for examples/json-rust (cargo's Debian registry)
  zstd                                                 # an independent zstd decoder for the layer tests
  binaryen                                             # wasm-opt: the --wasm-opt step, and proof clang does not run it unasked
  zsh fish                                             # the shells `wasmpack completion` writes for (tested in them)
)
GO_PACKAGE=golang-1.23-go                              # GOOS=wasip1 needs Go >= 1.21 (backports)

missing() {
  local out=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p"); done
  echo "${out[@]:-}"
}

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

todo=$(missing "${APT_PACKAGES[@]}" "$GO_PACKAGE")
if [ -n "$todo" ]; then
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" | sudo_ tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
  fi
  echo "setup: installing $todo"
  sudo_ apt-get update -qq
  # shellcheck disable=SC2086
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $todo >/dev/null
fi

# node's official binaries from the npm registry (package/bin/node), unpacked once per version.
install_node() {
  local version=$1 dir="$WASMPACK_NODE_CACHE/$1"
  if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" -p 'process.versions.node' 2>/dev/null)" = "$version" ]; then return; fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) echo "setup: no node package for $(uname -m); install node $version yourself" >&2; exit 1 ;;
  esac
  echo "setup: installing node $version into $dir"
  local scratch
  scratch=$(mktemp -d)
  (cd "$scratch" && npm pack "node-linux-$arch@$version" --silent --no-audit --no-fund >/dev/null)
  tar -xzf "$scratch"/node-linux-*.tgz -C "$scratch"
  "$scratch/package/bin/node" -e 0
  mkdir -p "$WASMPACK_NODE_CACHE"
  rm -rf "$dir" && mv "$scratch/package" "$dir"
  rm -rf "$scratch"
}
source scripts/node-env.sh
[ "$WASMPACK_NODE24_FROM_CACHE" = 1 ] && install_node "$WASMPACK_NODE24_VERSION"
install_node "$WASMPACK_NODE22_VERSION"
install_node "$WASMPACK_NODE20_VERSION"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/setup-cosign.sh                         # cosign 3 (sid) and 2 (trixie) into a cache, for the signing tests
echo "setup: ready"
