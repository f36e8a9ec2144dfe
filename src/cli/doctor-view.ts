import type { DoctorReport, InstallHint } from '../pipeline/doctor.js';

/** `wasmpack doctor` for people: one block per area, what is missing with how to install it. */
export function doctorLines(report: DoctorReport): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean | null) => (ok === null ? '?' : ok ? '✓' : '✗');
  lines.push(`wasmpack ${report.wasmpack} on node ${report.node.version} (${report.node.path})${report.node.supported ? '' : `: wasmpack needs node ${report.node.engines}`}`);
  lines.push('', 'Languages (the toolchain `build` picks is marked *):');
  for (const language of report.languages) {
    lines.push(`  ${language.language}:`);
    for (const t of language.toolchains) {
      lines.push(`    ${t.selected ? '*' : ' '} ${mark(t.targetPresent)} ${t.path}  ${t.version ?? 'version unknown'}  ${t.target ?? ''}${t.note ? `  (${t.note})` : ''}`);
    }
    if (language.selected) lines.push(`      build uses ${language.selected.description}: ${language.selected.why}`);
    else lines.push(`      cannot build ${language.language}: ${language.problem?.message.split('\n')[0] ?? 'no toolchain found'}`);
    if (language.install) lines.push(...installLines(language.install, '      '));
  }
  const w = report.wamrc;
  lines.push('', 'AOT (wamrc):');
  if (w.found) lines.push(`  ✓ ${w.path}  wamrc ${w.version ?? 'unknown'}${w.formatVersion !== undefined ? `, AOT format ${w.formatVersion}` : ''}; targets ${w.targets.join(', ')} (default ${w.hostTarget ?? 'none'})`);
  else lines.push(`  ✗ not found: --aot is unavailable (targets it would take: ${w.targets.join(', ')})`, ...installLines(w.install!, '    '));
  lines.push('', 'Runtimes for `wasmpack run`:');
  for (const r of report.runtimes) {
    const what = `${r.runs.join(', ')}${r.defaultFor.length ? `; default for ${r.defaultFor.join(', ')}` : ''}`;
    if (r.found) lines.push(`  ✓ ${r.name.padEnd(9)} ${r.version ?? ''} ${r.path}  (${what})`);
    else lines.push(`  ✗ ${r.name.padEnd(9)} not found  (${what})`, ...(r.install ? installLines(r.install, '      ') : []));
  }
  lines.push('', 'Registry credentials (names only):');
  if (report.credentials.length === 0) lines.push('  none found: `wasmpack login REGISTRY` stores some');
  for (const c of report.credentials) {
    const names = [...c.registries, ...c.helpers.map((h) => `${h.registry} (via docker-credential-${h.helper})`)];
    lines.push(`  ${c.source}: ${c.problem ?? (names.join(', ') || 'no registries')}${c.credsStore ? `; credsStore ${c.credsStore}` : ''}`);
  }
  const p = report.project;
  lines.push('', `Project ${p.dir}:`);
  lines.push(p.buildable ? `  ✓ ${p.language}: builds with ${p.toolchain}` : `  ✗ cannot build: error[${p.problem?.code}] ${p.problem?.message.split('\n')[0]}`);
  return lines;
}

function installLines(hint: InstallHint, indent: string): string[] {
  return [
    `${indent}install (Debian/Ubuntu): ${hint.debian}`,
    `${indent}install (macOS): ${hint.macos}`,
    ...(hint.portable && hint.portable !== hint.macos ? [`${indent}install (anywhere): ${hint.portable}`] : []),
  ];
}
