import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline as streamPipeline } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Content, Opener } from '../oci/content.js';
import { hashingTap, sha256Stream } from '../oci/digest.js';
import { fileOpener } from '../targets/files.js';
import { keepAll, planStrip, type StripPlan } from '../wasm/strip.js';
import { streamRanges } from '../wasm/scan.js';
import type { ModuleReport } from '../wasm/validate.js';

/**
 * The module a build packages, as the kept byte ranges of the file the toolchain wrote: stripping
 * is a plan over the section walk (src/wasm/strip.ts), not a second file, and the bytes are read
 * in chunks only when something needs them. Nothing here holds the module in memory.
 */
export interface PackagedModule {
  /** The file the toolchain (or --wasm) gave. */
  source: string;
  plan: StripPlan;
  /** Size after stripping. */
  size: number;
  /** The kept ranges of the source, streamed: what a compat layer frames. */
  open: Opener;
  /**
   * The packaged bytes written once to a scratch file, hashed on the way: for the artifact
   * format (the module is the layer: a layout links the file, nothing is read twice) and for
   * wamrc, which needs a path. Done on first use only.
   */
  stored(): Promise<Content & { digest: string; size: number; location: string }>;
  /**
   * The packaged bytes' digest (the SBOM's and the provenance's subject), taken from whichever
   * read came first: the first full open() is hashed as it streams (the compat layer's pass), and
   * stored() hashes as it writes, so a build reads the module for it only when neither ran.
   */
  digest(): Promise<string>;
}

export function packagedModule(source: string, report: ModuleReport, options: { strip: boolean; name: string; workDir: string }): PackagedModule {
  const plan = options.strip ? planStrip(report.sections, report.size) : keepAll(report.size);
  const raw: Opener = () => streamRanges(source, plan.kept);
  let seen: string | undefined;
  let stored: ReturnType<PackagedModule['stored']> | undefined;
  let hashed: Promise<string> | undefined;
  // Only until one full read has been hashed: later reads pass through untouched.
  const open: Opener = () => {
    if (seen !== undefined) return raw();
    const hashing = hashingTap();
    return streamPipeline(raw(), hashing.tap, (err) => {
      const result = hashing.result();
      if (!err && result.size === plan.after) seen = result.digest;
    });
  };
  return {
    source,
    plan,
    size: plan.after,
    open,
    stored: () => (stored ??= store(raw, join(options.workDir, 'module'), `${options.name}.wasm`)),
    digest: async () => seen ?? (stored ? (await stored).digest : await (hashed ??= sha256Stream(raw()).then((r) => r.digest))),
  };
}

async function store(open: Opener, dir: string, name: string): ReturnType<PackagedModule['stored']> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const hashing = hashingTap();
  await pipeline(open(), hashing.tap, createWriteStream(path));
  return { open: fileOpener(path), ...hashing.result(), location: path, hashedAsWritten: true };
}
