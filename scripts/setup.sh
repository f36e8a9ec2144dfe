#!/usr/bin/env bash
# Installs everything wasmpack's tests and demo need on a fresh Debian 12 machine, idempotently:
# the C and Rust wasm toolchains, Go from bookworm-backports, the registry server and the
# independent readers (skopeo, umoci, buildah, podman, containerd), then the npm packages
# (jco among them, for WASI 0.2 components). Safe to run again. No service is started: the tests
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
  binaryen                                             # wasm-opt: the --wasm-opt step, and proof clang does not run it unasked
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

# zstd-napi carries zstd's source: build it rather than letting prebuild-install try a download.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm_config_build_from_source=true npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: ready"
