/** The packaged module's digest comes from whichever read came first, and is the same either way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packagedModule } from '../../../src/pipeline/module-bytes.js';
import { collect } from '../../../src/streams.js';
import { sha256 } from '../../../src/oci/digest.js';
import { validateModule } from '../../../src/wasm/validate.js';
import { tempDir } from '../../helpers/temp-dirs.js';
import { customSection, MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';

test('digest(): from the first full open(), from stored(), or from a read of its own, always the kept bytes', async () => {
  const dir = await tempDir('wasmpack-module-bytes-');
  const path = join(dir, 'app.wasm');
  await writeFile(path, Buffer.concat([MINIMAL_COMMAND, customSection('name', Buffer.from([0, 1, 97]))]));
  const report = await validateModule(path);
  const make = (name: string) => packagedModule(path, report, { strip: true, name, workDir: join(dir, name) });

  const streamed = make('streamed');
  const bytes = await collect(streamed.open());
  assert.ok(bytes.length < (await readFile(path)).length, 'the strip plan dropped the custom section');
  assert.equal(await streamed.digest(), sha256(bytes));

  const stored = make('stored');
  const written = await stored.stored();
  assert.equal(await stored.digest(), written.digest);
  assert.equal(written.digest, sha256(bytes));

  assert.equal(await make('alone').digest(), sha256(bytes));
});
