/** The CLI's entry: scripts/bundle.mjs bundles it (with everything it loads) into bin/wasmpack.js. */
import { main } from './main.js';

await main(process.argv.slice(2));
