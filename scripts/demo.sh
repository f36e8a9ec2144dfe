#!/usr/bin/env bash
# The main job, end to end on this machine: build examples/hello-rust into a Wasm OCI image with
# wasmpack, push it to a local docker-registry that this script starts, pull it back with skopeo
# (an independent client), unpack it with umoci and run the module under node:wasi.
# Usage: bash scripts/demo.sh [EXAMPLE]   (hello-rust, hello-c, sleep-rust, hello-go, json-rust)
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-hello-rust}

bash scripts/setup.sh
source scripts/node-env.sh   # node 24 first on PATH
npx tsc -p tsconfig.json

work=$(mktemp -d /tmp/wasmpack-demo.XXXXXX)
registry_pid=
cleanup() {
  [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
cat > "$work/registry.yml" <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
YAML
/usr/bin/docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
node -e "(async()=>{for(let i=0;i<100;i++){try{if((await fetch('http://127.0.0.1:$port/v2/')).ok)return}catch{}await new Promise(r=>setTimeout(r,100))}process.exit(1)})()" \
  || { echo "the registry did not start:"; cat "$work/registry.log"; exit 1; }
echo "== registry listening on 127.0.0.1:$port"

ref="127.0.0.1:$port/$example:demo"
wasmpack() { node bin/wasmpack.js "$@"; }

echo "== wasmpack build examples/$example -t $ref"
wasmpack build "examples/$example" -t "$ref" --env GREETING=demo --env SLEEP_TIME=1
echo "== wasmpack push (from examples/$example)"
digest=$(wasmpack push -C "examples/$example" | sed 's/.*@//')
echo "pushed $ref@$digest"
echo "== wasmpack inspect: the image and the SBOM stored beside it as a referrer"
wasmpack inspect "$ref" | grep -E '^(Digest|Platform|Entrypoint)|Referrers|SBOM'

echo "== skopeo reads it back from the registry"
skopeo inspect --tls-verify=false "docker://$ref" | grep -E '"(Digest|Os|Architecture)"'
skopeo copy -q --src-tls-verify=false "docker://127.0.0.1:$port/$example@$digest" "oci:$work/pulled:demo"
umoci raw unpack --rootless --image "$work/pulled:demo" "$work/rootfs" >/dev/null 2>&1
env_json=$(skopeo inspect --config --raw "oci:$work/pulled:demo" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const c=JSON.parse(s).config;console.log(JSON.stringify(Object.fromEntries((c.Env||[]).map(e=>[e.slice(0,e.indexOf('=')),e.slice(e.indexOf('=')+1)]))))})")
entry=$(skopeo inspect --config --raw "oci:$work/pulled:demo" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).config.Entrypoint[0]))")

echo "== running $entry from the pulled image under node:wasi (env $env_json)"
node --no-warnings scripts/run-wasi.mjs "$work/rootfs$entry" "$env_json"
echo "== done: $ref@$digest"
