import { Command, Option } from 'clipanion';
import { integer } from '../base.js';
import { RegistryCommand } from '../registry-options.js';

export class ResolveCommand extends RegistryCommand {
  static override paths = [['resolve']];
  static operands = '-f FILE|DIR [-t REPO]';
  static override usage = Command.Usage({
    category: 'Build & publish',
    description: 'Build and push the wasmpack:// images in Kubernetes YAML; print it digest-pinned',
    details: `
      Reads Kubernetes YAML (-f FILE, or -f DIR for its *.yaml files) and builds every project
      named by an image \`wasmpack://PATH\` (PATH a project directory relative to the current
      directory; each built once, two at a time), pushes it to -t REPO/<directory name>:latest
      (default: the project's own tags in wasmpack.json), and prints the YAML with each reference
      replaced by REGISTRY/REPOSITORY@sha256:... . Every pod that runs one gets
      runtimeClassName (--runtime-class, default crun-wasm) and the pod annotation
      module.wasm.image/variant: compat where they are missing. Comments, key order and other
      images are left as they are. See README#kubernetes for the node's side.
    `,
    examples: [
      ['Build, push and deploy in one step', '$0 resolve -f k8s/ -t ghcr.io/acme | kubectl apply -f -'],
      ['Resolve one file against a local registry', '$0 resolve -f k8s/deployment.yaml -t localhost:5000/demo'],
      ['Use another RuntimeClass', '$0 resolve -f k8s/ -t ghcr.io/acme --runtime-class wasmtime'],
    ],
  });

  files = Option.Array('-f,--filename', { description: 'YAML file, or a directory of *.yaml files (repeatable)' });
  repo = Option.String('-t,--repo', { description: 'Repository prefix to push to: REPO/<project directory name>:latest' });
  runtimeClass = Option.String('--runtime-class', { description: 'runtimeClassName for pods that run a Wasm image (default crun-wasm)' });
  jobs = Option.String('--jobs', { description: 'Projects built at once, 1-16 (default 2)' });

  async run(): Promise<number> {
    const jobs = integer('--jobs', this.jobs, { min: 1, max: 16 });
    const { resolveKubernetes } = await import('../../pipeline/resolve.js');
    // Asked once for every project: a --password-stdin password can be read only once.
    let access: ReturnType<typeof this.registryAccess> | undefined;
    const result = await resolveKubernetes(
      { files: this.files ?? [], ...(this.repo ? { repo: this.repo } : {}), ...(this.runtimeClass ? { runtimeClass: this.runtimeClass } : {}), ...(jobs !== undefined ? { jobs } : {}) },
      { reporter: this.reporter, env: process.env, signal: this.signal, access: () => (access ??= this.registryAccess()) },
    );
    for (const image of result.images) this.reporter.succeed(`wasmpack://${image.path} -> ${image.pinned}`);
    if (this.json) this.output([], { yaml: result.yaml, images: result.images });
    else this.context.stdout.write(result.yaml);
    return 0;
  }
}
