/**
 * The GitHub Action's entry: action.yml's runs.main, bin/action.js, is its bundle. As in the
 * CLI's entry (src/cli/bin.ts), the node version is checked before main.ts and the rest of the
 * bundle load; a node that is too old gets one ::error annotation with the CLI's wording.
 */
import { enableCompileCache, nodeTooOld } from '../node-floor.js';

const tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld) {
  // A workflow command's message escapes %, CR and LF.
  const message = tooOld.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write('::error title=wasmpack NODE_TOO_OLD::' + message + '\n');
  process.exitCode = 1;
} else {
  enableCompileCache();
  const { run } = await import('./main.js');
  await run();
}
