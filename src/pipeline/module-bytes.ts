import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Opener } from '../oci/content.js';
import { sha256Stream } from '../oci/digest.js';
import { keepAll, planStrip, stripModule, type StripPlan } from '../wasm/strip.js';
import { streamRanges } from '../wasm/scan.js';
import type { ModuleReport } from '../wasm/validate.js';

/**
 * The module a build packages, as the kept byte ranges of the file the toolchain wrote: stripping
 * is a plan over the section walk (src/wasm/strip.ts), not a second file, and the bytes are read
 * in chunks only when the layer is written. Nothing here holds the module in memory.
 */
export interface PackagedModule {
  /** The file the toolchain (or --wasm) gave. */
  source: string;
  plan: StripPlan;
  /** Size after stripping. */
  size: number;
  open: Opener;
  /** sha256 of the packaged bytes, computed once on first use. */
  digest(): Promise<string>;
  /** A file holding exactly the packaged bytes, for tools that need a path (wamrc): the source itself when nothing is stripped. */
  file(): Promise<string>;
}

export function packagedModule(source: string, report: ModuleReport, options: { strip: boolean; name: string; workDir: string }): PackagedModule {
  const plan = options.strip ? planStrip(report.sections, report.size) : keepAll(report.size);
  const open: Opener = () => streamRanges(source, plan.kept);
  let digest: Promise<string> | undefined;
  let file: Promise<string> | undefined;
  const stripped = plan.after !== plan.before;
  return {
    source,
    plan,
    size: plan.after,
    open,
    digest: () => (digest ??= sha256Stream(open()).then((d) => d.digest)),
    file: () =>
      (file ??= stripped
        ? (async () => {
            const path = join(options.workDir, 'stripped', `${options.name}.wasm`);
            await mkdir(join(options.workDir, 'stripped'), { recursive: true });
            await stripModule(source, path);
            return path;
          })()
        : Promise.resolve(source)),
  };
}
