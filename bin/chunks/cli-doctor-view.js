import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/cli/doctor-view.ts
function doctorLines(report) {
  let lines = [], mark = /* @__PURE__ */ __name((ok) => ok === null ? "?" : ok ? "\u2713" : "\u2717", "mark");
  lines.push(`wasmpack ${report.wasmpack} on node ${report.node.version} (${report.node.path})${report.node.supported ? "" : `: wasmpack needs node ${report.node.engines}`}`), lines.push("", "Languages (the toolchain `build` picks is marked *):");
  for (let language of report.languages) {
    lines.push(`  ${language.language}:`);
    for (let t of language.toolchains)
      lines.push(`    ${t.selected ? "*" : " "} ${mark(t.targetPresent)} ${t.path}  ${t.version ?? "version unknown"}  ${t.target ?? ""}${t.note ? `  (${t.note})` : ""}`);
    language.selected ? lines.push(`      build uses ${language.selected.description}: ${language.selected.why}`) : lines.push(`      cannot build ${language.language}: ${language.problem?.message.split(`
`)[0] ?? "no toolchain found"}`), language.install && lines.push(...installLines(language.install, "      "));
  }
  let w = report.wamrc;
  lines.push("", "AOT (wamrc):"), w.found ? lines.push(`  \u2713 ${w.path}  wamrc ${w.version ?? "unknown"}${w.formatVersion !== void 0 ? `, AOT format ${w.formatVersion}` : ""}; targets ${w.targets.join(", ")} (default ${w.hostTarget ?? "none"})`) : lines.push(`  \u2717 not found: --aot is unavailable (targets it would take: ${w.targets.join(", ")})`, ...installLines(w.install, "    ")), lines.push("", "Runtimes for `wasmpack run`:");
  for (let r of report.runtimes) {
    let what = `${r.runs.join(", ")}${r.defaultFor.length ? `; default for ${r.defaultFor.join(", ")}` : ""}`;
    r.found ? lines.push(`  \u2713 ${r.name.padEnd(9)} ${r.version ?? ""} ${r.path}  (${what})`) : lines.push(`  \u2717 ${r.name.padEnd(9)} not found  (${what})`, ...r.install ? installLines(r.install, "      ") : []);
  }
  lines.push("", "Registry credentials (names only):"), report.credentials.length === 0 && lines.push("  none found: `wasmpack login REGISTRY` stores some");
  for (let c of report.credentials) {
    let names = [...c.registries, ...c.helpers.map((h) => `${h.registry} (via docker-credential-${h.helper})`)];
    lines.push(`  ${c.source}: ${c.problem ?? (names.join(", ") || "no registries")}${c.credsStore ? `; credsStore ${c.credsStore}` : ""}`);
  }
  let p = report.project;
  return lines.push("", `Project ${p.dir}:`), lines.push(p.buildable ? `  \u2713 ${p.language}: builds with ${p.toolchain}` : `  \u2717 cannot build: error[${p.problem?.code}] ${p.problem?.message.split(`
`)[0]}`), lines;
}
__name(doctorLines, "doctorLines");
function installLines(hint, indent) {
  return [
    `${indent}install (Debian/Ubuntu): ${hint.debian}`,
    `${indent}install (macOS): ${hint.macos}`,
    ...hint.portable && hint.portable !== hint.macos ? [`${indent}install (anywhere): ${hint.portable}`] : []
  ];
}
__name(installLines, "installLines");
export {
  doctorLines
};
