import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './temp-dirs.js';

/**
 * A C project whose module reports what a runtime gave it: argv[0], each argument, two variables,
 * whether its own file is visible at /echo.wasm (the image root), and it writes "ran" to $MARKER
 * when that is set (so a test can tell that nothing ran). It exits with atoi(argv[1]).
 * Built by the real `wasmpack build` with the C toolchain setup.sh installs.
 */
export const ECHO_C = `#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("argv0=%s\\n", argv[0]);
    for (int i = 1; i < argc; i++) printf("arg=%s\\n", argv[i]);
    const char *greeting = getenv("GREETING"), *extra = getenv("EXTRA"), *marker = getenv("MARKER");
    printf("GREETING=%s\\nEXTRA=%s\\n", greeting ? greeting : "", extra ? extra : "");
    FILE *self = fopen("/echo.wasm", "rb");
    printf("self=%s\\n", self ? "visible" : "missing");
    if (marker) {
        FILE *f = fopen(marker, "w");
        if (f) { fputs("ran\\n", f); fclose(f); }
    }
    return argc > 1 ? atoi(argv[1]) : 0;
}
`;

/** Writes the echo project (env GREETING=from-image, Cmd ["0", "default"]) into a fresh temp dir. */
export async function echoProject(): Promise<string> {
  const dir = await tempDir('wasmpack-echo-');
  await writeFile(join(dir, 'echo.c'), ECHO_C);
  await writeFile(join(dir, 'wasmpack.json'), JSON.stringify({ name: 'echo', language: 'c', env: { GREETING: 'from-image' }, cmd: ['0', 'default'] }));
  return dir;
}

/** The lines the echo module prints for these arguments and variables (self visible). */
export function echoOutput(args: string[], env: { GREETING?: string; EXTRA?: string }, argv0 = '/echo.wasm', self = 'visible'): string {
  return [`argv0=${argv0}`, ...args.map((a) => `arg=${a}`), `GREETING=${env.GREETING ?? ''}`, `EXTRA=${env.EXTRA ?? ''}`, `self=${self}`, ''].join('\n');
}
