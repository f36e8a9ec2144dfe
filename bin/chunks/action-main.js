import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  BuildCommand,
  buildDocument
} from "./shared-cli-commands-build.js";
import {
  bareSboms,
  buildProject,
  commitTime,
  withoutBareSboms
} from "./shared-packageurl-js.js";
import "./shared-supply-chain-documents.js";
import "./shared-toolchains-module-name.js";
import {
  CONFIG_FILE
} from "./shared-toolchains-rust-toolchain.js";
import "./shared-pipeline-scavenge.js";
import "./shared-toolchains-wamrc.js";
import "./shared-wasm-binary.js";
import "./shared-wasm-aot-header.js";
import "./shared-pipeline-push.js";
import {
  parseDestinations
} from "./shared-pipeline-destinations.js";
import "./shared-pipeline-last-build.js";
import {
  publish
} from "./shared-pipeline-publish.js";
import "./shared-pipeline-copy-graph.js";
import "./shared-targets-copy.js";
import "./shared-targets-transport-spec.js";
import {
  pushDocument
} from "./shared-cli-commands-push.js";
import "./shared-cli-commands-sign.js";
import "./shared-cli-signing-options.js";
import {
  tlsVerifyFlag
} from "./shared-cli-registry-options.js";
import "./shared-cli-base.js";
import {
  formatBytes
} from "./shared-report-console.js";
import {
  connectionAccess,
  credentialStore
} from "./shared-auth-credential-helper.js";
import "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import {
  require_advanced
} from "./shared-typanion.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import {
  Annotation
} from "./shared-streamx.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import {
  parseReference
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  formatError,
  isWasmpackError,
  redact
} from "./shared-errors.js";
import "./shared-package-info.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/action/main.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/action/context.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];
function isPullRequest(context) {
  return PULL_REQUEST_EVENTS.includes(context.eventName);
}
__name(isPullRequest, "isPullRequest");
function contextFrom(env, payload, cwd) {
  let event = payload && typeof payload == "object" ? payload : {}, ref = env.GITHUB_REF ?? "", context = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref,
    sha: env.GITHUB_SHA ?? "",
    workspace: resolve(cwd, env.GITHUB_WORKSPACE || "."),
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    repository: env.GITHUB_REPOSITORY ?? "",
    actor: env.GITHUB_ACTOR ?? ""
  }, number = event.pull_request?.number ?? event.number ?? /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  number !== void 0 && /^\d+$/.test(String(number)) && (context.pullRequest = Number(number));
  let time = typeof event.head_commit?.timestamp == "string" ? Date.parse(event.head_commit.timestamp) : NaN;
  return Number.isFinite(time) && (context.headCommitTime = Math.floor(time / 1e3)), context;
}
__name(contextFrom, "contextFrom");
async function readContext(env, cwd) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH)
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  return contextFrom(env, payload, cwd);
}
__name(readContext, "readContext");

// src/action/inputs.ts
var isSbomChoice = /* @__PURE__ */ __name((value) => value === "spdx" || value === "cyclonedx" || value === "none", "isSbomChoice"), HINT = "see README#action-inputs";
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
__name(input, "input");
function listInput(env, name) {
  return input(env, name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
__name(listInput, "listInput");
function linesInput(env, name) {
  return input(env, name).split(`
`).map((s) => s.trim()).filter((s) => s !== "");
}
__name(linesInput, "linesInput");
var TRUE = ["true", "True", "TRUE"], FALSE = ["false", "False", "FALSE"];
function booleanInput(env, name, fallback) {
  let value = input(env, name);
  if (value === "") return fallback;
  if (TRUE.includes(value)) return !0;
  if (FALSE.includes(value)) return !1;
  throw badInput(name, `must be true or false, got "${value}"`);
}
__name(booleanInput, "booleanInput");
function autoBooleanInput(env, name) {
  let value = input(env, name);
  if (!(value === "" || value.toLowerCase() === "auto")) {
    if (TRUE.includes(value)) return !0;
    if (FALSE.includes(value)) return !1;
    throw badInput(name, `must be true, false or auto, got "${value}"`);
  }
}
__name(autoBooleanInput, "autoBooleanInput");
function keyValueInput(env, name) {
  let out = {};
  for (let line of linesInput(env, name)) {
    let at = line.indexOf("=");
    if (at <= 0) throw badInput(name, `expects one KEY=VALUE per line, got "${line}"`);
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}
__name(keyValueInput, "keyValueInput");
function readInputs(env) {
  let format = input(env, "format");
  if (format !== "" && format !== "compat" && format !== "artifact") throw badInput("format", `must be compat or artifact, got "${format}"`);
  let sbom = (input(env, "sbom") || "spdx").toLowerCase();
  if (!isSbomChoice(sbom)) throw badInput("sbom", `must be spdx, cyclonedx or none, got "${sbom}"`);
  return {
    path: input(env, "path") || ".",
    images: listInput(env, "images").map((image) => image.toLowerCase()),
    tags: listInput(env, "tags"),
    push: autoBooleanInput(env, "push"),
    username: input(env, "username"),
    password: input(env, "password"),
    githubToken: input(env, "github-token"),
    format: format === "" ? void 0 : format,
    aot: booleanInput(env, "aot", !1),
    aotTargets: listInput(env, "aot-targets"),
    annotations: keyValueInput(env, "annotations"),
    labels: keyValueInput(env, "labels"),
    args: splitArgs(input(env, "args")),
    sbom,
    provenance: booleanInput(env, "provenance", !0)
  };
}
__name(readInputs, "readInputs");
function splitArgs(text) {
  let words = [], word = "", inWord = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (c === "'") {
      let end = text.indexOf("'", i + 1);
      if (end === -1) throw badInput("args", "has an unterminated single quote");
      word += text.slice(i + 1, end), i = end, inWord = !0;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++)
        text[j] === "\\" && j + 1 < text.length && '"\\$`'.includes(text[j + 1]) && j++, word += text[j];
      if (j >= text.length) throw badInput("args", "has an unterminated double quote");
      i = j, inWord = !0;
    } else c === "\\" && i + 1 < text.length ? (i++, text[i] !== `
` && (word += text[i]), inWord = !0) : /\s/.test(c) ? (inWord && words.push(word), word = "", inWord = !1) : (word += c, inWord = !0);
  }
  return inWord && words.push(word), words;
}
__name(splitArgs, "splitArgs");
function badInput(name, problem) {
  return new WasmpackError("ACTION_BAD_INPUT", `input "${name}" ${problem}`, HINT);
}
__name(badInput, "badInput");

// src/action/tags.ts
var TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/, SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseVersion(name) {
  let m = SEMVER.exec(name);
  if (!m) return;
  let version = { major: m[1], minor: m[2], patch: m[3], text: name.replace(/^v/, "") };
  return m[4] && (version.prerelease = m[4]), m[5] && (version.build = m[5]), version;
}
__name(parseVersion, "parseVersion");
function refVersion(ref) {
  return ref.startsWith("refs/tags/") ? parseVersion(ref.slice(10)) : void 0;
}
__name(refVersion, "refVersion");
function sanitizeTag(text) {
  let tag = text.replace(/[^a-zA-Z0-9_.-]/g, "-").replace(/^[.-]+/, "").slice(0, 128);
  return TAG.test(tag) ? tag : void 0;
}
__name(sanitizeTag, "sanitizeTag");
function eventTags(context) {
  if (isPullRequest(context)) return context.pullRequest !== void 0 ? [`pr-${context.pullRequest}`] : [];
  let short = /^[0-9a-f]{7,}$/.test(context.sha) ? [`sha-${context.sha.slice(0, 7)}`] : [];
  if (context.ref.startsWith("refs/tags/")) {
    let name = context.ref.slice(10), version = parseVersion(name);
    if (!version) return unique([sanitizeTag(name)]);
    if (version.prerelease || version.build) return unique([sanitizeTag(version.text.replace(/\+/g, "_"))]);
    let { major, minor, patch } = version;
    return unique([`${major}.${minor}.${patch}`, `${major}.${minor}`, major === "0" ? void 0 : major, "latest"]);
  }
  return context.ref.startsWith("refs/heads/") ? unique([sanitizeTag(context.ref.slice(11)), ...short]) : short;
}
__name(eventTags, "eventTags");
function checkImage(image) {
  let ref = parseReference(image);
  if (ref.tag !== void 0 || ref.digest !== void 0)
    throw new WasmpackError("ACTION_BAD_INPUT", `input "images" takes repositories without a tag or digest, got "${image}"`, `write the repository (${ref.registry}/${ref.repository}) in images, and extra tags in the "tags" input; ${HINT}`);
  return image;
}
__name(checkImage, "checkImage");
function imageReferences(images, tags, extra) {
  let bare = [], full = [];
  for (let item of extra)
    if (/[/:@]/.test(item))
      parseReference(item), full.push(item);
    else if (TAG.test(item))
      bare.push(item);
    else
      throw new WasmpackError("ACTION_BAD_INPUT", `input "tags": "${item}" is neither a tag nor an image reference`, `a tag is up to 128 of [A-Za-z0-9_.-] (not starting with "." or "-"); a reference looks like ghcr.io/acme/app:1.0; ${HINT}`);
  if (bare.length > 0 && images.length === 0)
    throw new WasmpackError("ACTION_BAD_INPUT", `input "tags" has the bare tag "${bare[0]}" but "images" is empty, so there is no repository to apply it to`, `list repositories in "images" (ghcr.io/acme/app), or write full references in "tags"; ${HINT}`);
  let refs = images.map(checkImage).flatMap((image) => unique([...tags, ...bare]).map((tag) => `${image}:${tag}`));
  return unique([...refs, ...full]);
}
__name(imageReferences, "imageReferences");
function unique(items) {
  return [...new Set(items.filter((s) => s !== void 0 && s !== ""))];
}
__name(unique, "unique");

// src/action/annotations.ts
function repositoryAnnotations(context) {
  let out = {};
  context.repository && (out[Annotation.source] = `${context.serverUrl}/${context.repository}`), /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(context.sha) && (out[Annotation.revision] = context.sha);
  let version = refVersion(context.ref);
  return version && (out[Annotation.version] = version.text), out;
}
__name(repositoryAnnotations, "repositoryAnnotations");
function imageTimestamp(options) {
  if (!(options.env.SOURCE_DATE_EPOCH !== void 0 && options.env.SOURCE_DATE_EPOCH !== ""))
    return options.gitCommitTime ?? options.context.headCommitTime;
}
__name(imageTimestamp, "imageTimestamp");

// src/action/build-args.ts
function buildArgv(args) {
  let argv = [args.dir];
  for (let ref of args.references) argv.push("--tag", ref);
  args.format && argv.push("--format", args.format), args.aot && argv.push("--aot");
  for (let target of args.aotTargets) argv.push("--aot-target", target);
  for (let [k, v] of Object.entries(args.annotations)) argv.push("--annotation", `${k}=${v}`);
  for (let [k, v] of Object.entries(args.labels)) argv.push("--label", `${k}=${v}`);
  return args.timestamp !== void 0 && argv.push("--timestamp", String(args.timestamp)), args.sbom && argv.push("--sbom", args.sbom), argv;
}
__name(buildArgv, "buildArgv");

// src/action/commands.ts
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeProperty, "escapeProperty");
function workflowCommand(name, properties, message) {
  let props = Object.entries(properties).filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
__name(workflowCommand, "workflowCommand");
function outputEntry(name, value, delimiter) {
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error(`output delimiter ${delimiter} occurs in the value of ${name}`);
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
__name(outputEntry, "outputEntry");
function newDelimiter() {
  return `ghadelimiter_${randomUUID()}`;
}
__name(newDelimiter, "newDelimiter");
var Workflow = class {
  constructor(options) {
    this.options = options;
  }
  options;
  static {
    __name(this, "Workflow");
  }
  secrets = [];
  groupOpen = !1;
  /** ::add-mask:: for the runner, and our own scrubbing from here on. Each line is masked too (the runner masks per line). */
  mask(secret) {
    if (secret) {
      for (let value of /* @__PURE__ */ new Set([secret, ...secret.split(/\r?\n/)]))
        value.trim() === "" || this.secrets.includes(value) || (this.secrets.push(value), this.options.write(`${workflowCommand("add-mask", {}, value)}
`));
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }
  scrub(text) {
    let out = text;
    for (let secret of this.secrets) out = out.split(secret).join("***");
    return redact(out);
  }
  log(text) {
    for (let line of this.scrub(text).split(`
`)) this.options.write(`${line}
`);
  }
  command(name, properties, message) {
    this.options.write(`${workflowCommand(name, properties, this.scrub(message))}
`);
  }
  /** Groups do not nest on GitHub: opening one closes the last. */
  group(title) {
    this.groupOpen && this.endGroup(), this.command("group", {}, title), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.options.write(`::endgroup::
`), this.groupOpen = !1);
  }
  error(message, properties = {}) {
    this.endGroup(), this.command("error", properties, message);
  }
  warning(message, properties = {}) {
    this.command("warning", properties, message);
  }
  notice(message, properties = {}) {
    this.command("notice", properties, message);
  }
  /** Appends to GITHUB_OUTPUT; without one (a local run) the value is logged instead. */
  async setOutput(name, value) {
    let clean = this.scrub(value), file = this.options.env.GITHUB_OUTPUT;
    if (!file) {
      this.log(`output ${name}=${clean}`);
      return;
    }
    await appendFile(file, outputEntry(name, clean, newDelimiter()));
  }
  /** Appends Markdown to GITHUB_STEP_SUMMARY (shown on the run's page); nothing without one. */
  async appendSummary(markdown) {
    let file = this.options.env.GITHUB_STEP_SUMMARY;
    file && await appendFile(file, this.scrub(markdown));
  }
};

// src/action/credentials.ts
var GHCR = "ghcr.io";
function registryLogins(references, inputs, context) {
  let parsed = references.map((r) => parseReference(r)), hostsOf = /* @__PURE__ */ __name((filter) => [...new Set(parsed.filter((r) => filter(r.registry)).flatMap((r) => [r.apiHost, r.registry]))], "hostsOf");
  if (inputs.username || inputs.password) {
    if (!inputs.username) throw badInput("username", 'is empty but "password" is set: a registry login needs both');
    if (!inputs.password) throw badInput("password", 'is empty but "username" is set: a registry login needs both');
    let hosts = hostsOf(() => !0);
    return hosts.length ? [{ hosts, username: inputs.username, password: inputs.password, from: "the username and password inputs" }] : [];
  }
  let ghcr = hostsOf((registry) => registry.toLowerCase() === GHCR);
  return ghcr.length && inputs.githubToken ? [{ hosts: ghcr, username: context.actor || "github-actions", password: inputs.githubToken, from: "the workflow token (github-token input) as github.actor" }] : [];
}
__name(registryLogins, "registryLogins");
function routeCredentials(byHost, fallback) {
  let routed = byHost.size ? [`the action's inputs for ${[...byHost.keys()].join(", ")}`] : [];
  return {
    get: /* @__PURE__ */ __name((host, repository) => (byHost.get(host) ?? fallback).get(host, repository), "get"),
    searched: /* @__PURE__ */ __name(() => [...routed, ...fallback.searched()], "searched")
  };
}
__name(routeCredentials, "routeCredentials");

// src/action/failure.ts
import { isAbsolute, relative } from "node:path";
var CONFIG_ERRORS = ["CONFIG_INVALID", "CONFIG_UNREADABLE", "CARGO_MANIFEST_INVALID"];
function failureAnnotation(err, options) {
  if (!isWasmpackError(err))
    return { message: `internal error (a bug in wasmpack; please report it with this log):
${redact(err?.stack ?? String(err))}`, properties: { title: "wasmpack: internal error" } };
  let properties = { title: `wasmpack ${err.code}` };
  if (CONFIG_ERRORS.includes(err.code)) {
    let file = options.configFiles.find((f) => err.message.includes(f.path));
    if (file) {
      let rel = relative(options.workspace, file.path);
      properties.file = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file.path, Object.assign(properties, errorPosition(err.message, file.text));
    }
  }
  return { message: formatError(err), properties };
}
__name(failureAnnotation, "failureAnnotation");
function errorPosition(message, text) {
  let lineCol = /line (\d+)(?:,? col(?:umn)? (\d+))?/i.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), ...lineCol[2] ? { col: Number(lineCol[2]) } : {} };
  let position = /at position (\d+)/.exec(message);
  if (position && text !== void 0) {
    let lines = text.slice(0, Number(position[1])).split(`
`);
    return { line: lines.length, col: lines[lines.length - 1].length + 1 };
  }
  return {};
}
__name(errorPosition, "errorPosition");

// src/action/log-reporter.ts
function logReporter(workflow) {
  let quarters = /* @__PURE__ */ new Map();
  return {
    step: /* @__PURE__ */ __name((text) => workflow.log(`- ${text}`), "step"),
    succeed: /* @__PURE__ */ __name((text) => {
      text && workflow.log(`\u2713 ${text}`);
    }, "succeed"),
    info: /* @__PURE__ */ __name((text) => workflow.log(`  ${text}`), "info"),
    warn: /* @__PURE__ */ __name((text) => workflow.warning(text, { title: "wasmpack" }), "warn"),
    // A line per quarter of a large upload; small blobs finish before anyone reads a log.
    progress: /* @__PURE__ */ __name((id, done, total) => {
      if (total < 8 * 1024 * 1024) return;
      let quarter = Math.floor(done / total * 4);
      (quarters.get(id) ?? -1) >= quarter || (quarters.set(id, quarter), workflow.log(`  ${id}: ${Math.round(done / total * 100)}%`));
    }, "progress"),
    stop: /* @__PURE__ */ __name(() => {
    }, "stop")
  };
}
__name(logReporter, "logReporter");

// src/action/outputs.ts
function aotImages(view2, references) {
  let bases = references.length ? references : [view2.localTag];
  return (view2.aot ?? []).map((a) => ({
    target: a.target,
    cpu: a.cpu,
    formatVersion: a.formatVersion,
    wamrcVersion: a.wamrcVersion,
    size: a.size,
    runtimes: a.runtimes,
    references: a.suffixes.flatMap((suffix) => bases.map((ref) => `${ref}${suffix}`))
  }));
}
__name(aotImages, "aotImages");
function pinnedImage(view2, references) {
  return `${references[0] ?? view2.localTag}@${view2.digest}`;
}
__name(pinnedImage, "pinnedImage");
function actionOutputs(options) {
  let { view: view2, references } = options, outputs = {
    digest: view2.digest,
    image: pinnedImage(view2, references),
    tags: references.join(`
`),
    imageid: view2.imageId,
    metadata: JSON.stringify(options.metadata)
  };
  return view2.aot?.length && (outputs.aot = JSON.stringify(aotImages(view2, references))), options.sbom && (outputs.sbom = options.sbom), outputs;
}
__name(actionOutputs, "actionOutputs");

// src/action/push-policy.ts
function decidePush(requested, context, references) {
  if (requested === !1) return { push: !1, because: "push: false" };
  if (requested === void 0 && isPullRequest(context)) return { push: !1, because: `${context.eventName} event` };
  if (references.length === 0) {
    if (requested === !0)
      throw new WasmpackError("ACTION_NOTHING_TO_PUSH", "push is true, but no image references were given or configured", `list repositories in "images" (ghcr.io/acme/app) or references in "tags", or "tags" in wasmpack.json; ${HINT}`);
    return { push: !1, because: "no images or tags given" };
  }
  return { push: !0 };
}
__name(decidePush, "decidePush");

// src/action/summary.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
__name(cell, "cell");
function code(text) {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}
__name(code, "code");
function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(`
`);
}
__name(table, "table");
function summaryMarkdown(input2) {
  let { view: view2 } = input2, parts = [`### wasmpack: ${cell(view2.name)}`, ""];
  if (parts.push(
    table(
      ["", ""],
      [
        ["Image", code(input2.image)],
        ["Digest", code(view2.digest)],
        ["Image ID", code(view2.imageId)],
        ["Platform", code(view2.platform)],
        ["Format", cell(view2.format)],
        ["Size", `${formatBytes(view2.size)} (manifest, config and layers; the module is ${formatBytes(view2.moduleSize)})`],
        ["Toolchain", cell(view2.toolchain)],
        ["Created", new Date(view2.timestamp * 1e3).toISOString().replace(".000Z", "Z")]
      ]
    ),
    ""
  ), input2.pushed?.length)
    parts.push(
      "#### Pushed",
      "",
      table(
        ["Repository", "Tags", "Blobs uploaded / already there / mounted"],
        input2.pushed.map((p) => [code(repositoryOf(p.destination)), [...p.tags, ...p.extraTags].map(code).join(" "), `${p.blobs.pushed} / ${p.blobs.skipped} / ${p.blobs.mounted}`])
      ),
      ""
    ), input2.sbom && parts.push(`SBOM referrer (unsigned): ${code(input2.sbom)}`, "");
  else {
    let because = input2.notPushedBecause ? ` (${cell(input2.notPushedBecause)})` : "";
    parts.push(`**Built, not pushed**${because}.`, ""), input2.references.length && parts.push(`Would be tagged: ${input2.references.map(code).join(" ")}`, "");
  }
  return input2.outputs?.length && parts.push("#### Written", "", table(["Destination", "Blobs written / already there"], input2.outputs.map((o) => [code(o.destination), `${o.blobs.pushed} / ${o.blobs.skipped}`])), ""), input2.aot.length && parts.push(
    "#### AOT images",
    "",
    table(
      ["Target", "CPU", "AOT format", "Size", "Loads on", "References"],
      input2.aot.map((a) => [cell(a.target), cell(a.cpu), String(a.formatVersion), formatBytes(a.size), cell(a.runtimes), a.references.map(code).join(" ")])
    ),
    ""
  ), view2.aotReferrers && parts.push(`AOT referrers attached to the image: ${view2.aotReferrers}`, ""), `${parts.join(`
`)}
`;
}
__name(summaryMarkdown, "summaryMarkdown");
function repositoryOf(reference) {
  let name = reference.replace(/@sha256:[0-9a-f]{64}$/, ""), colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
__name(repositoryOf, "repositoryOf");
function failureMarkdown(message) {
  let fence = message.includes("```") ? "~~~~" : "```";
  return `### wasmpack failed

${fence}
${message}
${fence}
`;
}
__name(failureMarkdown, "failureMarkdown");

// src/action/signing.ts
function readSigningInputs(env) {
  let sign = (input(env, "sign") || "auto").toLowerCase();
  if (sign !== "auto" && sign !== "true" && sign !== "false") throw badInput("sign", `must be auto, true or false, got "${sign}"`);
  return { sign, signKey: input(env, "sign-key"), signKeyPassword: input(env, "sign-key-password") };
}
__name(readSigningInputs, "readSigningInputs");
function planSigning(inputs, env, pushing) {
  if (inputs.sign === "false") return { mode: "none", because: "sign: false" };
  if (!pushing)
    return inputs.sign === "true" ? { mode: "none", because: "nothing was pushed to sign" } : { mode: "none", because: "not pushed" };
  if (inputs.signKey) return { mode: "key" };
  if (!!(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) return { mode: "keyless" };
  if (inputs.sign === "true")
    throw new WasmpackError("SIGN_NO_ID_TOKEN", "sign: true, but this job has no OIDC token for keyless signing and no sign-key", "add `permissions: id-token: write` to the job (keyless, nothing to store), or pass sign-key and sign-key-password from secrets");
  return { mode: "none", because: "no id-token: write permission and no sign-key" };
}
__name(planSigning, "planSigning");
var COSIGN_SIGN_STATEMENT = { artifactType: "application/vnd.in-toto+json", mediaType: "application/json", bytes: Buffer.from("{}"), predicateType: "https://sigstore.dev/cosign/sign/v1" };
async function signPushed(plan, inputs, images, documents, deps) {
  if (plan.mode === "none") return [];
  let signing = await import("./pipeline-signing.js"), signer, bundleSigner, attachments = [...documents];
  plan.mode === "key" ? (deps.mask(inputs.signKeyPassword), signer = await signing.signerFromText(inputs.signKey, inputs.signKeyPassword, "the sign-key input")) : (bundleSigner = await signing.keylessSigner(deps.env), attachments = [COSIGN_SIGN_STATEMENT, ...attachments]);
  let views = [];
  for (let image of images) {
    let result = await signing.signImage(
      { image: `${image.repository}@${image.digest}`, ...signer ? { signer } : {}, ...bundleSigner ? { bundleSigner } : {}, attachments },
      { access: deps.access }
    );
    views.push({
      image: `${result.store}@${result.subject.digest}`,
      how: plan.mode,
      ...result.signature ? { signature: result.signature.digest } : {},
      attestations: result.attestations
    });
  }
  return views;
}
__name(signPushed, "signPushed");
function signaturesOutput(views) {
  return JSON.stringify(views);
}
__name(signaturesOutput, "signaturesOutput");
function signingMarkdown(views, plan) {
  return plan.mode === "none" ? `Not signed: ${plan.because}.
` : ["#### Signed", "", "| Image | What | Digest |", "|---|---|---|", ...views.flatMap((v) => [
    ...v.signature ? [`| \`${v.image}\` | signature (\`.sig\`, ${v.how}) | \`${v.signature}\` |`] : [],
    ...v.attestations.map((a) => `| \`${v.image}\` | ${a.predicateType} (${v.how}) | \`${a.digest}\` |`)
  ]), "", `Check: \`wasmpack verify IMAGE ${plan.mode === "key" ? "--key cosign.pub" : "--certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp ..."}\``, ""].join(`
`);
}
__name(signingMarkdown, "signingMarkdown");

// src/action/wasmpack.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { homedir } from "node:os";
import { join } from "node:path";
var ACTION_OWNED = {
  "-t": "images/tags",
  "--tag": "images/tags",
  "--push": "push",
  "--creds": "username/password",
  "--password-stdin": "username/password",
  "--iidfile": "the imageid output",
  "--digestfile": "the digest output",
  "--json": "the metadata output",
  "--sbom": "sbom"
};
function parseBuildArgs(argv, userArgs) {
  for (let word of userArgs) {
    let flag = word.split("=")[0], input2 = ACTION_OWNED[flag];
    if (input2) throw new WasmpackError("ACTION_BAD_INPUT", `input "args" has ${flag}, which the action sets itself`, `use ${input2} instead; ${HINT}`);
  }
  let cli = new import_clipanion.Cli({ binaryName: "wasmpack", enableCapture: !1 });
  cli.register(BuildCommand);
  let parse = /* @__PURE__ */ __name((words) => cli.process(["build", ...argv, ...words]), "parse"), command;
  try {
    command = parse(userArgs);
  } catch {
    let bad = firstBadWord(userArgs, (words) => {
      try {
        return parse(words), !0;
      } catch {
        return !1;
      }
    });
    throw new WasmpackError("ACTION_BAD_INPUT", `input "args" is not a valid \`wasmpack build\` command line: ${bad === void 0 ? userArgs.join(" ") : `unknown flag, extra argument or missing value at "${bad}"`}`, `args takes the flags of \`wasmpack build\` (see \`wasmpack build --help\`); the project directory is the "path" input; ${HINT}`);
  }
  if (!(command instanceof BuildCommand)) throw new WasmpackError("ACTION_BAD_INPUT", 'input "args" does not describe a build', HINT);
  parseDestinations(command.outputs ?? []);
  let tlsVerify = tlsVerifyFlag(command.tlsVerify);
  return {
    request: command.buildRequest(),
    outputs: command.outputs ?? [],
    registry: {
      ...tlsVerify !== void 0 ? { tlsVerify } : {},
      ...command.certDir ? { certDir: command.certDir } : {},
      insecureRegistries: command.insecureRegistries ?? [],
      ...command.authfile ? { authfile: command.authfile } : {}
    }
  };
}
__name(parseBuildArgs, "parseBuildArgs");
function firstBadWord(words, parses) {
  for (let i = 1; i <= words.length; i++)
    if (!parses(words.slice(0, i)) && (i === words.length || !parses(words.slice(0, i + 1))))
      return words[i - 1];
}
__name(firstBadWord, "firstBadWord");
async function build(parsed, deps) {
  let result = await buildProject(parsed.request, { reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} }), pushed, written, send = /* @__PURE__ */ __name((destinations, access, graph = result.graph) => publish(graph, parseDestinations(destinations), { access, reporter: deps.reporter }), "send");
  return {
    view: view(result),
    documents: result.supplyChain,
    async push(references, access, options = {}) {
      return pushed = await send(references, access, options.signed ? withoutBareSboms(result.graph) : result.graph), pushedViews(pushed);
    },
    async writeOutputs(outputs, access) {
      return written = await send(outputs, access), pushedViews(written);
    },
    metadata: /* @__PURE__ */ __name(() => ({ ...buildDocument(result), ...written ? { outputs: pushDocument(written).pushed } : {}, ...pushed ? { pushed: pushDocument(pushed).pushed } : {} }), "metadata"),
    // The build removes its own scratch directory; the graph reads the project's layout.
    cleanup: /* @__PURE__ */ __name(async () => {
    }, "cleanup")
  };
}
__name(build, "build");
function pushedViews(result) {
  return result.pushed.map((p) => ({
    destination: p.destination,
    tags: p.tags,
    extraTags: p.extraTags ?? [],
    blobs: { pushed: p.result.pushed, skipped: p.result.skipped, mounted: p.result.mounted },
    ...p.stats ? { bytesUploaded: p.stats.blobBytesUploaded } : {}
  }));
}
__name(pushedViews, "pushedViews");
function view(result) {
  let document = buildDocument(result), config = JSON.parse(result.image.config.bytes.toString("utf8")), [sbom] = bareSboms(result.graph), aot = result.aot?.results.map((r) => ({
    target: r.target,
    cpu: r.cpu,
    formatVersion: r.formatVersion,
    wamrcVersion: r.wamrcVersion,
    size: r.size,
    runtimes: r.runtimes,
    suffixes: [...new Set(result.aot.images.extraTagged.filter((t) => t.target === r.target).map((t) => t.suffix))]
  }));
  return {
    name: result.name,
    digest: result.digest,
    imageId: result.image.config.descriptor.digest,
    format: result.format,
    platform: `${config.os ?? "?"}/${config.architecture ?? "?"}`,
    size: document.size,
    moduleSize: result.module.size,
    layout: `oci:${result.layout}:${result.localTag}`,
    localTag: result.localTag,
    tags: result.tags.map((t) => t.text),
    toolchain: result.toolchain,
    timestamp: result.timestamp,
    ...aot ? { aot } : {},
    aotReferrers: result.aot?.images.referrers.length ?? 0,
    ...sbom ? { sbomReferrer: sbom.descriptor.digest } : {}
  };
}
__name(view, "view");
function registryAccess(logins, parsed, env, signal) {
  let environment = { env, homedir: homedir() }, fallback = credentialStore(parsed.registry.authfile ? { authfile: parsed.registry.authfile } : {}, environment), byHost = /* @__PURE__ */ new Map();
  for (let login of logins) {
    let store = credentialStore({ creds: { username: login.username, password: login.password } }, environment);
    for (let host of login.hosts) byHost.set(host, store);
  }
  return connectionAccess({ ...parsed.registry, ...signal ? { signal } : {} }, routeCredentials(byHost, fallback));
}
__name(registryAccess, "registryAccess");
function gitCommitTime(dir, env) {
  return commitTime(dir, env);
}
__name(gitCommitTime, "gitCommitTime");
function configFileCandidates(dir) {
  return [join(dir, CONFIG_FILE), join(dir, "Cargo.toml")];
}
__name(configFileCandidates, "configFileCandidates");

// src/action/main.ts
async function run(options = {}) {
  let env = options.env ?? process.env, cwd = options.cwd ?? process.cwd(), workflow = new Workflow({ write: options.write ?? ((text) => {
    process.stdout.write(text);
  }), env }), controller = new AbortController(), onSignal = /* @__PURE__ */ __name(() => controller.abort(new WasmpackError("INTERRUPTED", "the step was cancelled")), "onSignal");
  process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal);
  let configFiles = [], workspace = cwd;
  try {
    return await runSteps(workflow, env, cwd, controller.signal, (files, root) => {
      configFiles = files, workspace = root;
    }), 0;
  } catch (err) {
    if (controller.signal.aborted)
      workflow.error("error[INTERRUPTED]: the step was cancelled; nothing half-written was kept", { title: "wasmpack INTERRUPTED" });
    else {
      let failure = failureAnnotation(err, { configFiles: await readConfigFiles(configFiles), workspace });
      workflow.error(failure.message, failure.properties), await workflow.appendSummary(failureMarkdown(failure.message)).catch(() => {
      });
    }
    return process.exitCode = 1, 1;
  } finally {
    workflow.endGroup(), process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal);
  }
}
__name(run, "run");
async function runSteps(workflow, env, cwd, signal, located) {
  let inputs = readInputs(env);
  workflow.mask(inputs.password), workflow.mask(inputs.githubToken);
  let signingInputs = readSigningInputs(env);
  workflow.mask(signingInputs.signKey), workflow.mask(signingInputs.signKeyPassword);
  let context = await readContext(env, cwd), dir = resolve2(context.workspace, inputs.path);
  if (located(configFileCandidates(dir), context.workspace), !(await stat(dir).catch(() => {
  }))?.isDirectory())
    throw new WasmpackError("ACTION_PATH_NOT_FOUND", `input "path" is ${JSON.stringify(inputs.path)}, but ${dir} is not a directory`, `set "path" to the project directory relative to the repository root (GITHUB_WORKSPACE), and run actions/checkout before this step; ${HINT}`);
  let computed = imageReferences(inputs.images, eventTags(context), inputs.tags), pipelineEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith("INPUT_"))), timestamp = imageTimestamp({ env, gitCommitTime: await gitCommitTime(dir, pipelineEnv), context }), argv = buildArgv({
    dir,
    references: computed,
    aot: inputs.aot,
    aotTargets: inputs.aotTargets,
    annotations: { ...repositoryAnnotations(context), ...inputs.annotations },
    labels: inputs.labels,
    ...inputs.format ? { format: inputs.format } : {},
    ...timestamp !== void 0 ? { timestamp } : {},
    sbom: inputs.sbom
  }), parsed = parseBuildArgs(argv, inputs.args);
  computed.length && workflow.log(`references: ${computed.join(", ")}`), workflow.group(`wasmpack build ${inputs.path}`);
  let reporter = logReporter(workflow), built = await build(parsed, { reporter, env: pipelineEnv, signal });
  try {
    let references = computed.length ? computed : built.view.tags, decision = decidePush(inputs.push, context, references), logins = decision.push ? registryLogins(references, inputs, context) : [], access = /* @__PURE__ */ __name(() => registryAccess(logins, parsed, pipelineEnv, signal), "access"), outputs;
    parsed.outputs.length && (workflow.group(`write ${parsed.outputs.join(", ")}`), outputs = await built.writeOutputs(parsed.outputs, access()));
    let plan = planSigning(signingInputs, env, decision.push), signing = plan.mode !== "none", pushed;
    if (decision.push) {
      workflow.group(`push ${references.length} reference${references.length === 1 ? "" : "s"}`);
      for (let login of logins) workflow.log(`credentials for ${login.hosts.join(", ")}: ${login.from}`);
      pushed = await built.push(references, access(), { signed: signing });
    }
    let bareSbom = pushed?.length && !signing ? built.view.sbomReferrer : void 0, signed = [];
    if (pushed?.length && plan.mode !== "none") {
      workflow.group(`sign (${plan.mode})`);
      let images = pushed.map((p) => ({ repository: repositoryOf(p.destination), digest: built.view.digest })), documents = [built.documents.sbom, inputs.provenance ? built.documents.provenance : void 0].filter((d) => d !== void 0);
      signed = await signPushed(plan, signingInputs, images, documents, { access: access(), env, mask: /* @__PURE__ */ __name((secret) => workflow.mask(secret), "mask") });
      for (let s of signed) workflow.log(`signed ${s.image}: ${[s.signature ? "signature" : "", ...s.attestations.map((a) => a.predicateType)].filter(Boolean).join(", ")}`);
    }
    workflow.endGroup(), decision.push || workflow.notice(`built ${built.view.name}, not pushed: ${decision.because}`, { title: "wasmpack" }), await report(workflow, built, references, pushed, outputs, decision.push ? void 0 : decision.because, bareSbom), plan.mode !== "none" && await workflow.setOutput("signatures", signaturesOutput(signed)), await workflow.appendSummary(signingMarkdown(signed, plan));
  } finally {
    await built.cleanup();
  }
}
__name(runSteps, "runSteps");
async function report(workflow, built, references, pushed, outputs, notPushedBecause, sbom) {
  let { view: view2 } = built, values = actionOutputs({ view: view2, references, metadata: built.metadata(), ...sbom ? { sbom } : {} });
  workflow.group("outputs");
  for (let [name, value] of Object.entries(values))
    workflow.log(`${name}: ${name === "metadata" || name === "aot" ? `${value.length} bytes of JSON` : value.replace(/\n/g, " ")}`), await workflow.setOutput(name, value);
  workflow.endGroup(), await workflow.appendSummary(
    summaryMarkdown({
      view: view2,
      image: pinnedImage(view2, references),
      references,
      ...pushed ? { pushed } : {},
      ...notPushedBecause ? { notPushedBecause } : {},
      ...outputs ? { outputs } : {},
      aot: aotImages(view2, references),
      ...sbom ? { sbom } : {}
    })
  ), workflow.log(pinnedImage(view2, references));
}
__name(report, "report");
async function readConfigFiles(paths) {
  return Promise.all(paths.map(async (path) => ({ path, ...await readFile2(path, "utf8").then((text) => ({ text })).catch(() => ({})) })));
}
__name(readConfigFiles, "readConfigFiles");
export {
  run
};
