/**
 * The action's typed inputs as `wasmpack build` flags. The action and the CLI then share one
 * parser and one flags-to-request mapping (see wasmpack.ts), so no option is translated twice.
 */
export interface BuildArguments {
  dir: string;
  references: string[];
  format?: 'compat' | 'artifact';
  aot: boolean;
  aotTargets: string[];
  annotations: Record<string, string>;
  labels: Record<string, string>;
  timestamp?: number;
  /** Absent: the CLI's default (spdx). */
  sbom?: 'spdx' | 'cyclonedx' | 'none';
}

export function buildArgv(args: BuildArguments): string[] {
  const argv = [args.dir];
  for (const ref of args.references) argv.push('--tag', ref);
  if (args.format) argv.push('--format', args.format);
  if (args.aot) argv.push('--aot');
  for (const target of args.aotTargets) argv.push('--aot-target', target);
  for (const [k, v] of Object.entries(args.annotations)) argv.push('--annotation', `${k}=${v}`);
  for (const [k, v] of Object.entries(args.labels)) argv.push('--label', `${k}=${v}`);
  if (args.timestamp !== undefined) argv.push('--timestamp', String(args.timestamp));
  if (args.sbom) argv.push('--sbom', args.sbom);
  return argv;
}
