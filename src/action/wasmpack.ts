/**
 * The one place the action touches wasmpack's internals: argument parsing (the CLI's own
 * `build` flags, so options are translated once), the build and push pipelines, credential
 * stores and git. Everything else in src/action/ sees the plain views defined here, so a change
 * in the pipeline's API is a change in this file only.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Cli } from 'clipanion';
import { BuildCommand, buildDocument } from '../cli/commands/build.js';
import { pushDocument } from '../cli/commands/push.js';
import { tlsVerifyFlag } from '../cli/registry-options.js';
import { WasmpackError } from '../errors.js';
import { connectionAccess, credentialStore, type CredentialStore, type RegistryAccess } from '../pipeline/access.js';
import { buildProject, CONFIG_FILE, type BuildRequest, type BuildResult } from '../pipeline/build.js';
import { publish, type PublishResult as PushResult } from '../pipeline/publish.js';
import { parseDestinations } from '../pipeline/push.js';
import { commitTime } from '../pipeline/timestamp.js';
import type { Reporter } from '../report/reporter.js';
import { routeCredentials, type RegistryLogin } from './credentials.js';
import { HINT } from './inputs.js';

export interface ParsedBuild {
  request: BuildRequest;
  /** -o destinations from `args` (archives, layouts), written after the build. */
  outputs: string[];
  registry: { tlsVerify?: boolean; certDir?: string; insecureRegistries: string[]; authfile?: string };
}

/** Flags the action's own inputs and outputs stand for; in `args` they would fight them. */
const ACTION_OWNED: Record<string, string> = {
  '-t': 'images/tags',
  '--tag': 'images/tags',
  '--push': 'push',
  '--creds': 'username/password',
  '--password-stdin': 'username/password',
  '--iidfile': 'the imageid output',
  '--digestfile': 'the digest output',
  '--json': 'the metadata output',
};

/**
 * `wasmpack build` flags -> the pipeline's request, through the CLI's own parser and its
 * flags-to-request mapping (BuildCommand.buildRequest), so `args` means what it means on the
 * command line. `argv` is what the action derived from its inputs; `userArgs` is the `args` input.
 */
export function parseBuildArgs(argv: string[], userArgs: string[]): ParsedBuild {
  for (const word of userArgs) {
    const flag = word.split('=')[0]!;
    const input = ACTION_OWNED[flag];
    if (input) throw new WasmpackError('ACTION_BAD_INPUT', `input "args" has ${flag}, which the action sets itself`, `use ${input} instead; ${HINT}`);
  }
  const cli = new Cli({ binaryName: 'wasmpack', enableCapture: false });
  cli.register(BuildCommand);
  const parse = (words: string[]) => cli.process(['build', ...argv, ...words]);
  let command;
  try {
    command = parse(userArgs);
  } catch {
    // clipanion's own message lists every candidate usage; name the word instead.
    const bad = firstBadWord(userArgs, (words) => {
      try {
        parse(words);
        return true;
      } catch {
        return false;
      }
    });
    throw new WasmpackError('ACTION_BAD_INPUT', `input "args" is not a valid \`wasmpack build\` command line: ${bad === undefined ? userArgs.join(' ') : `unknown flag, extra argument or missing value at "${bad}"`}`, `args takes the flags of \`wasmpack build\` (see \`wasmpack build --help\`); the project directory is the "path" input; ${HINT}`);
  }
  if (!(command instanceof BuildCommand)) throw new WasmpackError('ACTION_BAD_INPUT', 'input "args" does not describe a build', HINT);
  // Destinations are checked before anything is built, as the CLI does.
  parseDestinations(command.outputs ?? []);
  const tlsVerify = tlsVerifyFlag(command.tlsVerify);
  return {
    request: command.buildRequest(),
    outputs: command.outputs ?? [],
    registry: {
      ...(tlsVerify !== undefined ? { tlsVerify } : {}),
      ...(command.certDir ? { certDir: command.certDir } : {}),
      insecureRegistries: command.insecureRegistries ?? [],
      ...(command.authfile ? { authfile: command.authfile } : {}),
    },
  };
}

/**
 * The first word at which the words stop parsing for good: a prefix that fails only because a
 * flag's value comes next (--compression | zstd) is not it.
 */
export function firstBadWord(words: string[], parses: (words: string[]) => boolean): string | undefined {
  for (let i = 1; i <= words.length; i++) {
    if (parses(words.slice(0, i))) continue;
    if (i === words.length || !parses(words.slice(0, i + 1))) return words[i - 1];
  }
  return undefined;
}

export interface AotView {
  target: string;
  cpu: string;
  formatVersion: number;
  wamrcVersion: string;
  size: number;
  runtimes: string;
  /** Tag suffixes of this target's images (-aot-x86_64): each portable tag + suffix. */
  suffixes: string[];
}

export interface BuildView {
  name: string;
  digest: string;
  /** The config digest (docker's image ID). */
  imageId: string;
  format: string;
  /** os/architecture from the config: wasi/wasm, or wasip1/wasm for an artifact. */
  platform: string;
  /** Manifest + config + layers, in bytes. */
  size: number;
  moduleSize: number;
  /** The local layout entry: oci:<dir>:<tag>. */
  layout: string;
  localTag: string;
  /** The references it was tagged with (the -t flags, else the config file's `tags`). */
  tags: string[];
  toolchain: string;
  timestamp: number;
  aot?: AotView[];
  aotReferrers: number;
}

export interface PushedView {
  /** The repository reference it went to (the first tag's reference). */
  destination: string;
  tags: string[];
  extraTags: string[];
  blobs: { pushed: number; skipped: number; mounted: number };
  bytesUploaded?: number;
}

export interface Build {
  view: BuildView;
  /** Pushes to registry references; the result is recorded for `metadata`. */
  push(references: string[], access: RegistryAccess): Promise<PushedView[]>;
  /** Writes the -o destinations of `args` (archives, layouts). */
  writeOutputs(outputs: string[], access: RegistryAccess): Promise<PushedView[]>;
  /** The `build --json` document, with `outputs` and `pushed` as `build -o ... --push --json` has them. */
  metadata(): Record<string, unknown>;
  cleanup(): Promise<void>;
}

export async function build(parsed: ParsedBuild, deps: { reporter: Reporter; env: NodeJS.ProcessEnv; signal?: AbortSignal }): Promise<Build> {
  const result = await buildProject(parsed.request, { reporter: deps.reporter, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}) });
  let pushed: PushResult | undefined;
  let written: PushResult | undefined;
  // The graph the build returned goes out from memory, as `build --push` does.
  const send = (destinations: string[], access: RegistryAccess) => publish(result.graph, parseDestinations(destinations), { access, reporter: deps.reporter });
  return {
    view: view(result),
    async push(references, access) {
      pushed = await send(references, access);
      return pushedViews(pushed);
    },
    async writeOutputs(outputs, access) {
      written = await send(outputs, access);
      return pushedViews(written);
    },
    metadata: () => ({ ...buildDocument(result), ...(written ? { outputs: pushDocument(written).pushed } : {}), ...(pushed ? { pushed: pushDocument(pushed).pushed } : {}) }),
    // The build removes its own scratch directory; the graph reads the project's layout.
    cleanup: async () => {},
  };
}

function pushedViews(result: PushResult): PushedView[] {
  return result.pushed.map((p) => ({
    destination: p.destination,
    tags: p.tags,
    extraTags: p.extraTags ?? [],
    blobs: { pushed: p.result.pushed, skipped: p.result.skipped, mounted: p.result.mounted },
    ...(p.stats ? { bytesUploaded: p.stats.blobBytesUploaded } : {}),
  }));
}

function view(result: BuildResult): BuildView {
  const document = buildDocument(result);
  const config = JSON.parse(result.image.config.bytes.toString('utf8')) as { os?: string; architecture?: string };
  const aot = result.aot?.results.map((r) => ({
    target: r.target,
    cpu: r.cpu,
    formatVersion: r.formatVersion,
    wamrcVersion: r.wamrcVersion,
    size: r.size,
    runtimes: r.runtimes,
    suffixes: [...new Set(result.aot!.images.extraTagged.filter((t) => t.target === r.target).map((t) => t.suffix))],
  }));
  return {
    name: result.name,
    digest: result.digest,
    imageId: result.image.config.descriptor.digest,
    format: result.format,
    platform: `${config.os ?? '?'}/${config.architecture ?? '?'}`,
    size: document.size as number,
    moduleSize: result.module.size,
    layout: `oci:${result.layout}:${result.localTag}`,
    localTag: result.localTag,
    tags: result.tags.map((t) => t.text),
    toolchain: result.toolchain,
    timestamp: result.timestamp,
    ...(aot ? { aot } : {}),
    aotReferrers: result.aot?.images.referrers.length ?? 0,
  };
}

/**
 * Registry access for the push: the credentials the inputs give, for their hosts only, over the
 * usual sources (auth files, DOCKER_AUTH_CONFIG, credential helpers), plus the TLS flags of `args`.
 */
export function registryAccess(logins: RegistryLogin[], parsed: ParsedBuild, env: NodeJS.ProcessEnv, signal?: AbortSignal): RegistryAccess {
  const environment = { env, homedir: homedir() };
  const fallback = credentialStore(parsed.registry.authfile ? { authfile: parsed.registry.authfile } : {}, environment);
  const byHost = new Map<string, CredentialStore>();
  for (const login of logins) {
    const store = credentialStore({ creds: { username: login.username, password: login.password } }, environment);
    for (const host of login.hosts) byHost.set(host, store);
  }
  return connectionAccess({ ...parsed.registry, ...(signal ? { signal } : {}) }, routeCredentials(byHost, fallback));
}

/** The commit time of what is checked out in `dir`, when git can say. */
export function gitCommitTime(dir: string, env: NodeJS.ProcessEnv): Promise<number | undefined> {
  return commitTime(dir, env);
}

/** The files a project's config can come from (src/config/load.ts), for `file=` on errors. */
export function configFileCandidates(dir: string): string[] {
  return [join(dir, CONFIG_FILE), join(dir, 'Cargo.toml')];
}
