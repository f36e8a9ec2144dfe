#!/usr/bin/env bash
# Puts the real cosign, both majors users run, where the signing tests find them: 3.x from Debian
# unstable (sid) and 2.x from Debian 13 (trixie). Debian builds cosign as a static Go binary that
# runs here, so each is fetched with a private apt directory (this machine's own apt state and
# sources are left alone) and unpacked with dpkg-deb into a cache outside the repository; nothing
# is installed system-wide. Idempotent: a binary already unpacked is kept.
#   $WASMPACK_COSIGN_DIR (default ~/.cache/wasmpack-dev/cosign)/{3,2}/usr/bin/cosign
set -euo pipefail

CACHE=${WASMPACK_COSIGN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmpack-dev/cosign}
MIRROR=${WASMPACK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# major -> suite
declare -A SUITES=([3]=sid [2]=trixie)

fetch() {
  local major=$1 suite=$2
  local dest="$CACHE/$major"
  if [ -x "$dest/usr/bin/cosign" ]; then return 0; fi
  local apt="$CACHE/apt-$suite"
  mkdir -p "$apt/lists/partial" "$apt/archives/partial"
  echo "deb [signed-by=$KEYRING] $MIRROR $suite main" >"$apt/sources.list"
  local opts=(
    -o "Dir::Etc::sourcelist=$apt/sources.list" -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache"
    -o "Dir::Cache::archives=$apt/archives" -o "APT::Get::List-Cleanup=0"
    -o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)"
  )
  mkdir -p "$apt/cache"
  echo "setup-cosign: fetching cosign from Debian $suite"
  apt-get "${opts[@]}" -qq update
  local work
  work=$(mktemp -d "${TMPDIR:-/tmp}/wasmpack-cosign-XXXXXX")
  (cd "$work" && apt-get "${opts[@]}" -qq download cosign)
  rm -rf "$dest.partial"
  dpkg-deb -x "$work"/cosign_*.deb "$dest.partial"
  dpkg-deb -f "$work"/cosign_*.deb Version >"$dest.partial/VERSION"
  rm -rf "$work"
  "$dest.partial/usr/bin/cosign" version >/dev/null
  mv "$dest.partial" "$dest"
  echo "setup-cosign: cosign $(cat "$dest/VERSION") in $dest"
}

for major in 3 2; do fetch "$major" "${SUITES[$major]}"; done
