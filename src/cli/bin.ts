/**
 * The CLI's entry: scripts/bundle.mjs bundles it (with everything it loads) into bin/wasmpack.js.
 * A static import is evaluated before the module that imports it, so the node version is checked
 * here and everything else is imported dynamically, after the check and the compile cache.
 */
import { enableCompileCache, nodeTooOld } from '../node-floor.js';

const tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld) {
  process.stderr.write(tooOld + '\n');
  process.exitCode = 1;
} else {
  enableCompileCache();
  const argv = process.argv.slice(2);
  // `--version` alone is answered here: scripts call it, and it should cost node's start-up only.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    const { packageVersion } = await import('../package-info.js');
    process.stdout.write(`${packageVersion()}\n`);
  } else {
    const { main } = await import('./main.js');
    await main(argv);
  }
}
