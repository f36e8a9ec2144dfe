/**
 * How to install what `wasmpack doctor` finds missing: one command per platform, and the
 * toolchain's own installer (rustup, wasi-sdk, a release tarball, npm) where it has one.
 */
export interface InstallHint {
  /** Debian 12 / Ubuntu. */
  debian: string;
  macos: string;
  /** rustup, wasi-sdk, a release download or npm: works on any Linux or macOS. */
  portable?: string;
}

export type Installable = 'rust' | 'c' | 'go' | 'wamrc' | 'iwasm' | 'wasmtime' | 'wasmedge' | 'wasmer' | 'jco';

const WASI_SDK = 'download wasi-sdk from https://github.com/WebAssembly/wasi-sdk/releases, unpack it and export WASI_SDK_PATH=/path/to/wasi-sdk';
const WAMR_RELEASES = 'https://github.com/bytecodealliance/wasm-micro-runtime/releases';

export const INSTALL: Record<Installable, InstallHint> = {
  rust: {
    debian: 'sudo apt-get install rustc cargo libstd-rust-dev-wasm32 lld-14 (then RUSTUP_TOOLCHAIN=/usr if rustup shadows it)',
    macos: 'brew install rustup && rustup-init -y && rustup target add wasm32-wasip1',
    portable: 'rustup target add wasm32-wasip1',
  },
  c: {
    debian: 'sudo apt-get install clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32',
    macos: WASI_SDK,
    portable: WASI_SDK,
  },
  go: {
    debian: 'Debian 12: enable bookworm-backports, then sudo apt-get install -t bookworm-backports golang-1.23-go; Ubuntu 24.04: sudo apt-get install golang-1.23-go',
    macos: 'brew install go (or brew install tinygo-org/tools/tinygo for smaller modules)',
    portable: 'download Go >= 1.21 from https://go.dev/dl/ into /usr/local/go, or TinyGo from https://tinygo.org/getting-started/install/',
  },
  wamrc: {
    debian: `download wamrc-<version>-x86_64-ubuntu-22.04.tar.gz from ${WAMR_RELEASES} and export WAMRC=/path/to/wamrc`,
    macos: `download wamrc-<version>-x86_64-macos-*.tar.gz from ${WAMR_RELEASES} and export WAMRC=/path/to/wamrc`,
    portable: 'build wamr-compiler from the WAMR sources (wamr-compiler/README.md) and put wamrc on PATH',
  },
  iwasm: {
    debian: `download iwasm-<version>-x86_64-ubuntu-22.04.tar.gz from ${WAMR_RELEASES} (the same release as wamrc) and export IWASM=/path/to/iwasm`,
    macos: `download iwasm-<version>-x86_64-macos-*.tar.gz from ${WAMR_RELEASES} and export IWASM=/path/to/iwasm`,
    portable: 'build product-mini/platforms/<os> from the WAMR sources and put iwasm on PATH',
  },
  wasmtime: { debian: 'curl https://wasmtime.dev/install.sh -sSf | bash', macos: 'brew install wasmtime' },
  wasmedge: { debian: 'curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash', macos: 'brew install wasmedge' },
  wasmer: { debian: 'curl https://get.wasmer.io -sSfL | sh', macos: 'brew install wasmer' },
  jco: { debian: 'npm install -g @bytecodealliance/jco', macos: 'npm install -g @bytecodealliance/jco', portable: 'npm install -g @bytecodealliance/jco' },
};
