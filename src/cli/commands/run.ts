import { fileURLToPath } from 'node:url';
import { Command, Option } from 'clipanion';
import { RUNTIMES, type RuntimeName } from '../../pipeline/runtimes.js';
import { keyValues, oneOf } from '../base.js';
import { assertLocalFileExists } from '../local-file.js';
import { RegistryCommand } from '../registry-options.js';

/** podman run's convention: 125 means the engine failed, so a module's own 1 stays distinguishable. */
const ENGINE_FAILED = 125;

export class RunCommand extends RegistryCommand {
  static override paths = [['run']];
  static operands = 'IMAGE|DIR|FILE [-- ARGS...]';
  static placeholders = { '--dir': 'HOST[:GUEST]' };
  static override usage = Command.Usage({
    category: 'Run & inspect',
    description: 'Run an image\'s module the way a container engine would (node:wasi by default)',
    details: `
      IMAGE is a registry reference, oci:DIR[:TAG], oci-archive:FILE[:TAG], a project directory (its
      last build) or a .wasm/.aot file. The module gets the image's Entrypoint, its Cmd (replaced by
      ARGS after --), its Env (plus --env) and the image's files as "/"; --dir HOST[:GUEST] adds host
      directories. The default runtime is node's WASI (preview1); .aot files need iwasm, WASI 0.2
      components jco (or --runtime wasmtime). The module's exit code is wasmpack's; 125 means
      wasmpack itself failed before the module ran (an error[CODE] on stderr).
    `,
    examples: [
      ['Run the last build of this project', '$0 run .'],
      ['Run a pushed image with an argument', '$0 run localhost:5000/app:1.0 -- --verbose'],
      ['Run with an extra variable and a host directory', '$0 run oci:build/oci:app --env LEVEL=debug --dir ./data:/data'],
      ['Run an AOT tag under iwasm', '$0 run ghcr.io/acme/app:1.0-aot-x86_64'],
      ['Run under wasmtime', '$0 run app.wasm --runtime wasmtime'],
    ],
  });

  target = Option.String({ name: 'IMAGE|DIR|FILE' });
  args = Option.Rest({ name: 'ARGS' });
  env = Option.Array('--env,-e', { description: 'Environment K=V for the module, added to the image\'s (repeatable)' });
  dirs = Option.Array('--dir', { description: 'Host directory HOST[:GUEST] the module may use (repeatable)' });
  runtime = Option.String('--runtime', { description: `${RUNTIMES.join(', ')} (default: node; iwasm for .aot, jco for components)` });

  private started = false;

  override async execute(): Promise<number> {
    const code = await super.execute();
    return !this.started && code === 1 ? ENGINE_FAILED : code;
  }

  async run(): Promise<number> {
    const runtime = oneOf('--runtime', this.runtime, RUNTIMES) as RuntimeName | undefined;
    await assertLocalFileExists(this.target, 'run');
    const env = keyValues('--env', this.env);
    const { runImage } = await import('../../pipeline/run.js');
    const result = await runImage(
      { target: this.target, args: this.args, env, dirs: this.dirs ?? [], ...(runtime ? { runtime } : {}) },
      {
        access: await this.registryAccess(),
        reporter: this.reporter,
        env: process.env,
        nodeHost: fileURLToPath(new URL('../wasi-host.js', import.meta.url)),
        onStart: () => {
          this.started = true;
        },
      },
    );
    return result.code;
  }
}
