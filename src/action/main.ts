/**
 * The GitHub Action's entry (action.yml runs bin/action.js, which calls `run`): inputs and the
 * event -> tags and annotations -> build -> push (unless a pull request or push: false) ->
 * outputs and job summary. A failure is one ::error annotation with wasmpack's code and hint.
 * `run` is also what @github/local-action imports and calls.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import { imageTimestamp, repositoryAnnotations } from './annotations.js';
import { buildArgv } from './build-args.js';
import { Workflow } from './commands.js';
import { readContext } from './context.js';
import { registryLogins } from './credentials.js';
import { failureAnnotation, type ConfigFile } from './failure.js';
import { HINT, readInputs } from './inputs.js';
import { logReporter } from './log-reporter.js';
import { actionOutputs, aotImages, pinnedImage } from './outputs.js';
import { decidePush } from './push-policy.js';
import { failureMarkdown, repositoryOf, summaryMarkdown } from './summary.js';
import { planSigning, readSigningInputs, signaturesOutput, signingMarkdown, signPushed, type SignedView } from './signing.js';
import { eventTags, imageReferences } from './tags.js';
import { build, configFileCandidates, gitCommitTime, parseBuildArgs, registryAccess, type Build, type PushedView } from './wasmpack.js';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where log lines and workflow commands go; the step's stdout by default. */
  write?: (text: string) => void;
}

/** Runs the action once; resolves to the exit code and sets process.exitCode when it fails. */
export async function run(options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const workflow = new Workflow({ write: options.write ?? ((text) => void process.stdout.write(text)), env });
  // The runner cancels a step with SIGINT, then SIGTERM: stop the toolchain and the upload.
  const controller = new AbortController();
  const onSignal = () => controller.abort(new WasmpackError('INTERRUPTED', 'the step was cancelled'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let configFiles: string[] = [];
  let workspace = cwd;
  try {
    await runSteps(workflow, env, cwd, controller.signal, (files, root) => {
      configFiles = files;
      workspace = root;
    });
    return 0;
  } catch (err) {
    if (controller.signal.aborted) {
      workflow.error('error[INTERRUPTED]: the step was cancelled; nothing half-written was kept', { title: 'wasmpack INTERRUPTED' });
    } else {
      const failure = failureAnnotation(err, { configFiles: await readConfigFiles(configFiles), workspace });
      workflow.error(failure.message, failure.properties);
      await workflow.appendSummary(failureMarkdown(failure.message)).catch(() => undefined);
    }
    process.exitCode = 1;
    return 1;
  } finally {
    workflow.endGroup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function runSteps(workflow: Workflow, env: NodeJS.ProcessEnv, cwd: string, signal: AbortSignal, located: (configFiles: string[], workspace: string) => void): Promise<void> {
  const inputs = readInputs(env);
  workflow.mask(inputs.password);
  workflow.mask(inputs.githubToken);
  const signingInputs = readSigningInputs(env);
  workflow.mask(signingInputs.signKey);
  workflow.mask(signingInputs.signKeyPassword);
  const context = await readContext(env, cwd);
  const dir = resolve(context.workspace, inputs.path);
  located(configFileCandidates(dir), context.workspace);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new WasmpackError('ACTION_PATH_NOT_FOUND', `input "path" is ${JSON.stringify(inputs.path)}, but ${dir} is not a directory`, `set "path" to the project directory relative to the repository root (GITHUB_WORKSPACE), and run actions/checkout before this step; ${HINT}`);
  }

  const computed = imageReferences(inputs.images, eventTags(context), inputs.tags);
  // Toolchains (and build scripts) get the environment without the inputs, which hold the secrets.
  const pipelineEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('INPUT_')));
  const timestamp = imageTimestamp({ env, gitCommitTime: await gitCommitTime(dir, pipelineEnv), context });
  const argv = buildArgv({
    dir,
    references: computed,
    aot: inputs.aot,
    aotTargets: inputs.aotTargets,
    annotations: { ...repositoryAnnotations(context), ...inputs.annotations },
    labels: inputs.labels,
    ...(inputs.format ? { format: inputs.format } : {}),
    ...(timestamp !== undefined ? { timestamp } : {}),
    sbom: inputs.sbom,
  });
  const parsed = parseBuildArgs(argv, inputs.args);
  if (computed.length) workflow.log(`references: ${computed.join(', ')}`);

  workflow.group(`wasmpack build ${inputs.path}`);
  const reporter = logReporter(workflow);
  const built = await build(parsed, { reporter, env: pipelineEnv, signal });
  try {
    // Without images or tags inputs, the config file's `tags` are the destinations, as for the CLI.
    const references = computed.length ? computed : built.view.tags;
    const decision = decidePush(inputs.push, context, references);
    const logins = decision.push ? registryLogins(references, inputs, context) : [];
    const access = () => registryAccess(logins, parsed, pipelineEnv, signal);

    let outputs: PushedView[] | undefined;
    if (parsed.outputs.length) {
      workflow.group(`write ${parsed.outputs.join(', ')}`);
      outputs = await built.writeOutputs(parsed.outputs, access());
    }
    // A job that must sign but cannot (no id-token permission, no key) fails before it pushes.
    const plan = planSigning(signingInputs, env, decision.push);
    const signing = plan.mode !== 'none';
    let pushed: PushedView[] | undefined;
    if (decision.push) {
      workflow.group(`push ${references.length} reference${references.length === 1 ? '' : 's'}`);
      for (const login of logins) workflow.log(`credentials for ${login.hosts.join(', ')}: ${login.from}`);
      // Signed, the SBOM goes out as a signed attestation only (below), never also bare.
      pushed = await built.push(references, access(), { signed: signing });
    }
    const bareSbom = pushed?.length && !signing ? built.view.sbomReferrer : undefined;
    let signed: SignedView[] = [];
    if (pushed?.length && plan.mode !== 'none') {
      workflow.group(`sign (${plan.mode})`);
      const images = pushed.map((p) => ({ repository: repositoryOf(p.destination), digest: built.view.digest }));
      const documents = [built.documents.sbom, inputs.provenance ? built.documents.provenance : undefined].filter((d) => d !== undefined);
      signed = await signPushed(plan, signingInputs, images, documents, { access: access(), env, mask: (secret) => workflow.mask(secret) });
      for (const s of signed) workflow.log(`signed ${s.image}: ${[s.signature ? 'signature' : '', ...s.attestations.map((a) => a.predicateType)].filter(Boolean).join(', ')}`);
    }
    workflow.endGroup();
    if (!decision.push) workflow.notice(`built ${built.view.name}, not pushed: ${decision.because}`, { title: 'wasmpack' });
    await report(workflow, built, references, pushed, outputs, decision.push ? undefined : decision.because, bareSbom);
    if (plan.mode !== 'none') await workflow.setOutput('signatures', signaturesOutput(signed));
    await workflow.appendSummary(signingMarkdown(signed, plan));
  } finally {
    await built.cleanup();
  }
}

async function report(workflow: Workflow, built: Build, references: string[], pushed: PushedView[] | undefined, outputs: PushedView[] | undefined, notPushedBecause: string | undefined, sbom: string | undefined): Promise<void> {
  const { view } = built;
  const values = actionOutputs({ view, references, metadata: built.metadata(), ...(sbom ? { sbom } : {}) });
  workflow.group('outputs');
  for (const [name, value] of Object.entries(values)) {
    workflow.log(`${name}: ${name === 'metadata' || name === 'aot' ? `${value.length} bytes of JSON` : value.replace(/\n/g, ' ')}`);
    await workflow.setOutput(name, value);
  }
  workflow.endGroup();
  await workflow.appendSummary(
    summaryMarkdown({
      view,
      image: pinnedImage(view, references),
      references,
      ...(pushed ? { pushed } : {}),
      ...(notPushedBecause ? { notPushedBecause } : {}),
      ...(outputs ? { outputs } : {}),
      aot: aotImages(view, references),
      ...(sbom ? { sbom } : {}),
    }),
  );
  workflow.log(pinnedImage(view, references));
}

async function readConfigFiles(paths: string[]): Promise<ConfigFile[]> {
  return Promise.all(paths.map(async (path) => ({ path, ...(await readFile(path, 'utf8').then((text) => ({ text })).catch(() => ({}))) })));
}
