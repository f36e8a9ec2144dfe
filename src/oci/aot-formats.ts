/* Which WAMR release loads which AOT format version: the loader demands an exact match. */

/**
 * WAMR's AOT_CURRENT_VERSION (core/config.h) per release, read from the release tags. The loader
 * accepts only its own version ("unknown binary version" otherwise).
 * Note: the main branch moved to 6 in March 2026 while core/version.h still says 2.4.3, so a
 * wamrc built from main reports "2.4.3" and writes 6.
 */
export const WAMR_AOT_FORMATS: ReadonlyArray<{ format: number; releases: string; short: string; first?: string; last?: string; mainReports?: string }> = [
  { format: 3, releases: 'WAMR 1.x through 2.2.x', short: '1.x-2.2.x', last: '2.2.99' },
  { format: 4, releases: 'WAMR 2.3.0 through 2.4.0', short: '2.3.0-2.4.0', first: '2.3.0', last: '2.4.0' },
  { format: 5, releases: 'WAMR 2.4.1 and later 2.4.x releases (2.4.1-2.4.5 checked)', short: '2.4.1+', first: '2.4.1', last: '2.4.99' },
  // No release writes 6; a wamrc built from main still reports 2.4.3 (core/version.h).
  { format: 6, releases: 'WAMR built from the main branch after 2.4.x (from March 2026; no release yet)', short: 'newer main', mainReports: '2.4.3' },
];

/** The table in one line, for hints: "WAMR 1.x-2.2.x = 3, 2.3.0-2.4.0 = 4, ...". */
export function aotFormatSummary(): string {
  return `WAMR ${WAMR_AOT_FORMATS.map((r) => `${r.short} = ${r.format}`).join(', ')}`;
}

/**
 * The AOT format a wamrc of this release writes, from the table above: one answer for a known
 * release, two where a build from main reports the same version, none for a newer release.
 */
export function formatForWamrVersion(major: number, minor: number, patch: number): { formatVersion?: number; acceptedFormats: number[]; note?: string } {
  const version = `${major}.${minor}.${patch}`;
  const row = WAMR_AOT_FORMATS.find((r) => (r.first === undefined || compareVersions(version, r.first) >= 0) && r.last !== undefined && compareVersions(version, r.last) <= 0);
  if (!row) return { acceptedFormats: [], note: `wamrc ${version} is newer than the WAMR releases wasmpack knows; the AOT format version is taken from the .aot header` };
  const fromMain = WAMR_AOT_FORMATS.find((r) => r.mainReports === version);
  if (fromMain) {
    return { formatVersion: row.format, acceptedFormats: [row.format, fromMain.format], note: `wamrc ${version} writes format ${row.format} as a release and ${fromMain.format} when built from WAMR main after March 2026` };
  }
  return { formatVersion: row.format, acceptedFormats: [row.format] };
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export interface RuntimeCompatibility {
  formatVersion: number;
  known: boolean;
  /** "AOT format 5: loads in WAMR 2.4.1 and later 2.4.x releases ..." */
  text: string;
}

/** Which WAMR versions can load an .aot of this format version (text for inspect / build summary). */
export function compatibleRuntimes(formatVersion: number): RuntimeCompatibility {
  const row = WAMR_AOT_FORMATS.find((r) => r.format === formatVersion);
  if (!row) {
    return {
      formatVersion,
      known: false,
      text: `AOT format ${formatVersion}: no WAMR release wasmpack knows writes it; run it only with iwasm/libiwasm from the same WAMR build as the wamrc that made it`,
    };
  }
  return { formatVersion, known: true, text: `AOT format ${formatVersion}: loads only in ${row.releases} (iwasm, libiwasm, crun built with that WAMR)` };
}

