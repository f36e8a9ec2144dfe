import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  compileAot,
  findWamrc,
  wamrcVersion
} from "./chunk-EDDYBO5P.js";
import {
  ByteReader,
  CUSTOM_SECTION_ID,
  HEADER_SIZE,
  WasmFormatError,
  checkVersion,
  emptyInfo,
  headerKind,
  payloadNeeded,
  readHeader,
  readSectionInfo,
  truncatedSection
} from "./chunk-J2QEESA2.js";
import {
  moduleName
} from "./chunk-WCJOCUHN.js";
import {
  layoutDir,
  openLastBuild,
  readLastBuildRecord,
  saveLastBuild
} from "./chunk-AI4EMGT7.js";
import {
  copyGraph
} from "./chunk-GDV66ATE.js";
import {
  transaction
} from "./chunk-33C6CMDJ.js";
import {
  Annotation,
  LayoutTarget,
  blobPath,
  buildAotImages,
  buildCompatImage,
  buildWasmArtifact,
  fileBlob,
  fileOpener,
  hashingTap,
  isManifestNode,
  isoTime,
  scratchSink
} from "./chunk-P2JN5ZHE.js";
import {
  packageVersion
} from "./chunk-WB77DAOC.js";
import {
  findOnPath,
  runChecked,
  runProcess,
  tail
} from "./chunk-PHI3SO4N.js";
import {
  DEFAULT_TAG,
  collect,
  parseReference,
  withTagSuffix
} from "./chunk-GRASZ2E7.js";
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/pipeline/build.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join14 } from "node:path";

// src/process/git.ts
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function gitInfo(runner, dir, env) {
  if (!env.GIT_DIR && !await insideGitTree(dir)) return {};
  let git = /* @__PURE__ */ __name(async (...args) => {
    try {
      let result = await runner("git", ["-C", dir, ...args], { env: { ...env, GIT_TERMINAL_PROMPT: "0" } });
      return result.code === 0 && result.stdout.trim() || void 0;
    } catch {
      return;
    }
  }, "git"), [head, remote] = await Promise.all([git("log", "-1", "--format=%ct%n%H"), git("config", "--get", "remote.origin.url")]), [time, revision] = (head ?? "").split(`
`), info = {};
  time && /^\d+$/.test(time) && (info.commitTime = Number(time)), revision && /^[0-9a-f]{40,64}$/.test(revision) && (info.revision = revision);
  let source = remote ? publicSourceUrl(remote) : void 0;
  return source && (info.source = source), info;
}
__name(gitInfo, "gitInfo");
async function insideGitTree(dir) {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (await stat(`${at}/.git`).then(() => !0, () => !1)) return !0;
    if (dirname(at) === at) return !1;
  }
}
__name(insideGitTree, "insideGitTree");
function publicSourceUrl(remote) {
  let scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    let url = new URL(remote);
    if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol)) return;
    let path = url.pathname.replace(/\.git\/?$/, "").replace(/\/$/, "");
    return `https://${url.hostname}${path}`;
  } catch {
    return;
  }
}
__name(publicSourceUrl, "publicSourceUrl");

// src/toolchains/wasm-opt.ts
import { join } from "node:path";
var WASM_OPT_LEVELS = ["O1", "O2", "O3", "O4", "Os", "Oz"], DEFAULT_WASM_OPT_LEVEL = "O2";
function wasmOptLevel(setting) {
  if (setting === void 0 || setting === !1) return;
  if (setting === !0) return DEFAULT_WASM_OPT_LEVEL;
  let spelled = setting.replace(/^-/, ""), level = spelled.startsWith("O") ? spelled : `O${spelled}`;
  if (!WASM_OPT_LEVELS.includes(level))
    throw new WasmpackError("BAD_WASM_OPT_LEVEL", `"${setting}" is not a wasm-opt level`, `use --wasm-opt (means ${DEFAULT_WASM_OPT_LEVEL}) or --wasm-opt=LEVEL with one of ${WASM_OPT_LEVELS.join(", ")}`);
  return level;
}
__name(wasmOptLevel, "wasmOptLevel");
async function findWasmOpt(level, runner, env) {
  let path = env.WASM_OPT || await findOnPath("wasm-opt", env);
  if (!path)
    throw new WasmpackError("WASM_OPT_NOT_FOUND", 'wasm-opt was asked for (--wasm-opt or "wasmOpt"), but none is on PATH', "install binaryen (apt-get install binaryen), or set WASM_OPT to a wasm-opt binary, or drop --wasm-opt");
  let result = await runChecked(runner, path, ["--version"], { env, errorCode: "WASM_OPT_FAILED", what: `asking ${path} for its version`, hint: "check that WASM_OPT (or the wasm-opt on PATH) is binaryen's wasm-opt" });
  return { path, version: result.stdout.trim().split(`
`)[0] || "wasm-opt (unknown version)", level };
}
__name(findWasmOpt, "findWasmOpt");
function wasmOptRecord(tool) {
  return `${tool.version} -${tool.level}`;
}
__name(wasmOptRecord, "wasmOptRecord");
async function runWasmOpt(tool, module, options) {
  let output = join(options.workDir, `${options.name}.opt.wasm`);
  return await runChecked(options.runner, tool.path, [module, `-${tool.level}`, "-o", output], {
    env: options.env,
    ...options.signal ? { signal: options.signal } : {},
    errorCode: "WASM_OPT_FAILED",
    what: `optimising ${options.name}.wasm with ${tool.version} -${tool.level}`,
    hint: "see wasm-opt's message above; build without --wasm-opt to package the module as compiled"
  }), output;
}
__name(runWasmOpt, "runWasmOpt");

// src/pipeline/aot.ts
async function compileAot2(request, deps) {
  let wamrc = await findWamrc({ ...request.wamrc ? { explicit: request.wamrc } : {}, env: deps.env }), version = await wamrcVersion(deps.runner, wamrc, { env: deps.env });
  deps.reporter.step(`AOT-compiling ${request.name}.wasm with wamrc ${version.version} for ${request.targets?.join(", ") || "this machine"}`);
  let stored = await request.module.stored(), results = await compileAot({
    runner: deps.runner,
    wamrc,
    module: stored.location,
    moduleDigest: stored.digest,
    name: request.name,
    targets: request.targets ?? [],
    workDir: request.workDir,
    version,
    env: deps.env,
    ...deps.signal ? { signal: deps.signal } : {},
    ...request.cpu ? { cpu: request.cpu } : {},
    ...request.cpuFeatures ? { cpuFeatures: request.cpuFeatures } : {},
    ...request.optLevel !== void 0 ? { optLevel: request.optLevel } : {},
    ...request.sizeLevel !== void 0 ? { sizeLevel: request.sizeLevel } : {},
    ...request.boundsChecks !== void 0 ? { boundsChecks: request.boundsChecks } : {},
    ...request.flags ? { extraFlags: request.flags } : {}
  });
  for (let r of results)
    deps.reporter.info(`${r.target}: ${r.size} bytes, AOT format ${r.formatVersion}, cpu ${r.cpu}; loads on ${r.runtimes}${r.note ? ` (${r.note})` : ""}`);
  return results;
}
__name(compileAot2, "compileAot");
async function aotImages(request) {
  return buildAotImages({
    portable: request.portable,
    module: { ...await request.module.stored(), name: request.name },
    results: request.results.map((r) => ({ ...r, open: fileOpener(r.path) })),
    ship: request.ship ?? ["sibling"],
    timestamp: request.timestamp,
    scratch: request.scratch,
    compression: request.compression,
    annotations: request.annotations
  });
}
__name(aotImages, "aotImages");

// src/pipeline/assemble.ts
async function assemble(input) {
  let { compiled, config, timestamp } = input, { output, module, report, decision } = compiled, annotations = imageAnnotations(output, input.git, timestamp, config.annotations ?? {}, compiled.wasmOpt), compression = config.compression ?? "gzip", image = decision.format === "artifact" ? await buildWasmArtifact({ module: await module.stored(), title: `${output.name}.wasm`, kind: report.kind, ...decision.component ? { component: decision.component } : {}, annotations, timestamp, ...output.metadata.authors ? { author: output.metadata.authors } : {} }) : await buildCompatImage({
    files: [{ path: `/${output.name}.wasm`, size: module.size, open: module.open, mode: 493 }],
    entrypoint: `/${output.name}.wasm`,
    cmd: config.cmd,
    env: Object.entries(config.env ?? {}).map(([k, v]) => `${k}=${v}`),
    labels: config.labels,
    annotations,
    timestamp,
    variant: config.variant ?? "compat",
    compression,
    layerSink: input.scratch("layer")
  }), aot = compiled.aot ? await aotImages({ results: compiled.aot, ship: config.aot?.ship, module, name: output.name, portable: image, timestamp, compression, annotations, scratch: input.scratch }) : void 0, graph = {
    image: image.manifest,
    companions: (aot?.extraTagged ?? []).map((e) => ({ suffix: e.suffix, image: e.node })),
    referrers: aot?.referrers ?? [],
    name: output.name,
    reference: input.reference
  };
  return { image, graph, ...aot ? { aot } : {} };
}
__name(assemble, "assemble");
function imageAnnotations(output, git, timestamp, user, wasmOpt) {
  let m = output.metadata, found = {
    [Annotation.created]: isoTime(timestamp),
    [Annotation.title]: m.title ?? output.name,
    [Annotation.version]: m.version,
    [Annotation.licenses]: m.licenses,
    [Annotation.description]: m.description,
    [Annotation.authors]: m.authors,
    [Annotation.url]: m.url,
    [Annotation.source]: git.source,
    [Annotation.revision]: git.revision,
    [Annotation.wasmOpt]: wasmOpt
  }, out = {};
  for (let [key, value] of Object.entries(found)) value && (out[key] = value);
  return { ...out, ...user };
}
__name(imageAnnotations, "imageAnnotations");

// src/pipeline/build-plan.ts
import { stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { join as join2, relative } from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
__name(getLineColFromPtr, "getLineColFromPtr");
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
__name(makeCodeBlock, "makeCodeBlock");
var TomlError = class _TomlError extends Error {
  static {
    __name(this, "TomlError");
  }
  line;
  column;
  codeblock;
  constructor(message, options) {
    let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}
__name(parseString, "parseString");

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  static {
    __name(this, "TomlDate");
  }
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
__name(isDigit, "isDigit");
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
__name(isEndOfValue, "isEndOfValue");
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
__name(extractValue, "extractValue");
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
__name(parseNumber, "parseNumber");
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
__name(parseIntegerBaseN, "parseIntegerBaseN");
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
__name(parseInteger, "parseInteger");
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
__name(parseDate, "parseDate");
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
__name(parseTime, "parseTime");
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
__name(readDate, "readDate");

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
__name(skipComment, "skipComment");
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
__name(skipVoid, "skipVoid");

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
__name(parseKey, "parseKey");
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
__name(parseInlineTable, "parseInlineTable");
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
__name(parseArray, "parseArray");

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
__name(peekTable, "peekTable");
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
__name(validateTablePeek, "validateTablePeek");
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}
__name(parse, "parse");

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/config/load.ts
var CONFIG_FILE = "wasmpack.json";
async function schemaValidator() {
  return (await import("./wasmpack-schema.validator-LDYNW7XN.js")).validate;
}
__name(schemaValidator, "schemaValidator");
async function validateConfig(data, file) {
  let validate = await schemaValidator();
  if (validate(data)) return data;
  let problems = (validate.errors ?? []).map((e) => {
    let field = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
    return e.params.additionalProperty ? `unknown field "${[field === "(top level)" ? "" : `${field}.`, e.params.additionalProperty].join("")}"` : e.params.allowedValues ? `${field}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : `${field}: ${e.message ?? "is invalid"}`;
  });
  throw new WasmpackError("CONFIG_INVALID", `${file} is not a valid wasmpack config: ${[...new Set(problems)].join("; ")}`, "see schemas/wasmpack.schema.json for every field and its type");
}
__name(validateConfig, "validateConfig");
async function loadConfig(dir, explicit) {
  if (explicit) return loadJsonConfig(explicit, !0);
  let json = await loadJsonConfig(join2(dir, CONFIG_FILE), !1);
  return json.source ? json : loadCargoMetadata(dir);
}
__name(loadConfig, "loadConfig");
async function loadJsonConfig(file, required) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (!required && err.code === "ENOENT") return { config: {} };
    throw new WasmpackError("CONFIG_UNREADABLE", `cannot read config file ${file}: ${err.message}`, "check the path given to --config");
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WasmpackError("CONFIG_INVALID", `${file} is not valid JSON: ${err.message}`, "fix the JSON syntax (trailing commas and comments are not allowed)");
  }
  return { config: await validateConfig(data, file), source: file };
}
__name(loadJsonConfig, "loadJsonConfig");
async function loadCargoMetadata(dir) {
  let file = join2(dir, "Cargo.toml"), text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { config: {} };
  }
  let manifest;
  try {
    manifest = parse(text);
  } catch (err) {
    throw new WasmpackError("CARGO_MANIFEST_INVALID", `${relative(process.cwd(), file) || file} is not valid TOML: ${err.message.split(`
`)[0]}`, "fix the Cargo.toml syntax; `cargo metadata` shows the same error");
  }
  let table = manifest.package?.metadata?.wasmpack;
  if (table === void 0) return { config: {} };
  let where = `${file} [package.metadata.wasmpack]`;
  return { config: await validateConfig(JSON.parse(JSON.stringify(table)), where), source: where };
}
__name(loadCargoMetadata, "loadCargoMetadata");

// src/toolchains/detect.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/toolchains/sources.ts
import { readdir } from "node:fs/promises";
import { join as join3, posix } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["build", "dist", "target", "node_modules"]);
function isSkippedDir(name) {
  return SKIPPED_DIRS.has(name) || name.startsWith(".");
}
__name(isSkippedDir, "isSkippedDir");
var GLOB_CHARS = /[*?[]/;
function globToRegExp(pattern) {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    let ch = pattern[i];
    if (ch === "*")
      if (pattern[i + 1] === "*") {
        let slash = pattern[i + 2] === "/";
        out += slash ? "(?:[^/]*/)*" : ".*", i += slash ? 2 : 1;
      } else
        out += "[^/]*";
    else if (ch === "?")
      out += "[^/]";
    else if (ch === "[") {
      let end = pattern.indexOf("]", i + 1);
      end === -1 ? out += "\\[" : (out += `[${pattern.slice(i + 1, end).replace(/\\/g, "\\\\")}]`, i = end);
    } else
      out += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
__name(globToRegExp, "globToRegExp");
async function walk(root, relative3, into) {
  let entries = await readdir(join3(root, relative3), { withFileTypes: !0 });
  for (let entry of entries) {
    let path = relative3 ? `${relative3}/${entry.name}` : entry.name;
    entry.isDirectory() ? isSkippedDir(entry.name) || await walk(root, path, into) : entry.isFile() && into.push(path);
  }
}
__name(walk, "walk");
async function findSources(dir, patterns) {
  let found = /* @__PURE__ */ new Set();
  for (let raw of patterns) {
    let pattern = posix.normalize(raw.replace(/\\/g, "/")).replace(/^\.\//, "");
    if (!GLOB_CHARS.test(pattern)) {
      found.add(pattern);
      continue;
    }
    let segments = pattern.split("/"), firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s)), base = segments.slice(0, firstGlob).join("/"), files = [];
    try {
      await walk(dir, base, files);
    } catch (err) {
      if (err.code === "ENOENT") continue;
      throw err;
    }
    let matcher = globToRegExp(pattern);
    for (let file of files) matcher.test(file) && found.add(file);
  }
  return [...found].sort();
}
__name(findSources, "findSources");
var DEFAULT_C_SOURCES = ["**/*.c"];

// src/toolchains/detect.ts
async function detectLanguage(dir, config, wasmFlag) {
  if (wasmFlag || config.wasm) return "wasm";
  if (config.language) return config.language;
  let names;
  try {
    names = await readdir2(dir);
  } catch (err) {
    let code = err.code;
    throw new WasmpackError("NO_PROJECT", `cannot read project directory ${dir} (${code})`, "pass the project directory: wasmpack build DIR");
  }
  let manifests = [];
  if (names.includes("Cargo.toml") && manifests.push(["rust", "Cargo.toml"]), names.includes("go.mod") && manifests.push(["go", "go.mod"]), manifests.length > 1)
    throw new WasmpackError(
      "AMBIGUOUS_PROJECT",
      `${dir} has both ${manifests.map(([, f]) => f).join(" and ")}; wasmpack will not guess which to build`,
      'set "language" in wasmpack.json or pass --language rust|c|go'
    );
  if (manifests.length === 1) return manifests[0][0];
  if (config.c || await hasCSources(dir)) return "c";
  throw new WasmpackError(
    "NO_PROJECT",
    `nothing to build in ${dir}: looked for Cargo.toml (Rust), go.mod (Go), *.c files or a "c" section in wasmpack.json (C), and "wasm" in wasmpack.json`,
    "run wasmpack in a project directory, pass one (wasmpack build DIR), package a prebuilt module with --wasm FILE, or start one with `wasmpack init`"
  );
}
__name(detectLanguage, "detectLanguage");
async function hasCSources(dir, depth = 0) {
  if (depth > 3) return !1;
  let entries = await readdir2(dir, { withFileTypes: !0 }).catch(() => []);
  for (let entry of entries)
    if (entry.isFile() && entry.name.endsWith(".c")) return !0;
  for (let entry of entries)
    if (entry.isDirectory() && !isSkippedDir(entry.name) && await hasCSources(join4(dir, entry.name), depth + 1))
      return !0;
  return !1;
}
__name(hasCSources, "hasCSources");

// src/pipeline/build-plan.ts
async function planBuild(request) {
  let cwd = request.cwd ?? process.cwd(), dir = resolve2(cwd, request.dir);
  if (!(await stat2(dir).catch(() => {
  }))?.isDirectory())
    throw new WasmpackError("NO_PROJECT", `project directory ${dir} does not exist`, "pass an existing directory: wasmpack build DIR");
  let { config: fileConfig, source } = await loadConfig(dir, request.configFile && resolve2(cwd, request.configFile)), configDir = source?.endsWith(".json") ? dirname2(source) : dir, wasm = request.wasm !== void 0 ? resolve2(cwd, request.wasm) : fileConfig.wasm !== void 0 ? resolve2(configDir, fileConfig.wasm) : void 0, config = mergeConfig(fileConfig, { ...request, ...wasm ? { wasm } : {} }), tags = [...new Set(config.tags ?? [])].map(parseReference), language = await detectLanguage(dir, config, wasm), wasmOpt = wasmOptLevel(config.wasmOpt);
  return {
    dir,
    config,
    language,
    ...wasm ? { wasm } : {},
    tags,
    release: request.release ?? !0,
    ...wasmOpt ? { wasmOpt } : {},
    ...request.timestamp !== void 0 ? { timestamp: request.timestamp } : {}
  };
}
__name(planBuild, "planBuild");
function mergeConfig(file, request) {
  let pick = /* @__PURE__ */ __name((key, value) => value ?? file[key], "pick");
  return {
    ...file,
    language: pick("language", request.language),
    wasm: pick("wasm", request.wasm),
    strip: pick("strip", request.strip),
    wasmOpt: pick("wasmOpt", request.wasmOpt),
    tags: request.tags?.length ? request.tags : file.tags,
    format: pick("format", request.format),
    compression: pick("compression", request.compression),
    variant: pick("variant", request.variant),
    cmd: request.cmd?.length ? request.cmd : file.cmd,
    annotations: { ...file.annotations, ...request.annotations },
    labels: { ...file.labels, ...request.labels },
    env: { ...file.env, ...request.env },
    rust: { ...file.rust, ...request.rust },
    go: { ...file.go, ...request.go },
    aot: { ...file.aot, ...request.aot }
  };
}
__name(mergeConfig, "mergeConfig");

// src/toolchains/c/driver.ts
import { basename, join as join7 } from "node:path";

// src/toolchains/c/toolchain.ts
import { isAbsolute, join as join5 } from "node:path";
var DEBIAN_WASI_INCLUDE = "/usr/include/wasm32-wasi", DEBIAN_CLANG_VERSIONS = [19, 18, 17, 16, 15, 14], DEBIAN_PACKAGES = /* @__PURE__ */ __name((v) => `clang-${v} lld-${v} wasi-libc libclang-rt-${v}-dev-wasm32`, "DEBIAN_PACKAGES");
async function findCToolchain(search) {
  let { config, env, runner, files } = search;
  if (config?.cc)
    return { kind: "config", cc: config.cc, targetFlags: customTargetFlags(config), description: `${config.cc} (c.cc in wasmpack.json)` };
  if (env.WASI_SDK_PATH) return wasiSdk(env.WASI_SDK_PATH, files);
  let problems = [], debian = await findDebianClang(env, runner, files, problems);
  if (debian) return debian;
  if (env.CC)
    return { kind: "cc-env", cc: env.CC, targetFlags: customTargetFlags(config), description: `${env.CC} (CC)` };
  let found = problems.length > 0 ? ` Found, but incomplete: ${problems.join("; ")}.` : " No clang-NN or clang is on PATH.";
  throw new WasmpackError(
    "C_TOOLCHAIN_MISSING",
    `No C compiler for wasm32-wasi was found.${found}`,
    `install Debian's toolchain (apt-get install ${DEBIAN_PACKAGES(16)}), or set WASI_SDK_PATH to a wasi-sdk directory, or set CC / c.cc in wasmpack.json`
  );
}
__name(findCToolchain, "findCToolchain");
async function wasiSdk(root, files) {
  let cc = join5(root, "bin", "clang"), sysroot = join5(root, "share", "wasi-sysroot"), missing = [];
  if (await files.exists(cc) || missing.push(cc), await files.isDirectory(sysroot) || missing.push(sysroot), missing.length > 0)
    throw new WasmpackError(
      "C_TOOLCHAIN_MISSING",
      `WASI_SDK_PATH is set to ${root}, but ${missing.join(" and ")} ${missing.length > 1 ? "do" : "does"} not exist.`,
      "point WASI_SDK_PATH at an unpacked wasi-sdk release (it has bin/clang and share/wasi-sysroot), or unset it to use Debian's clang"
    );
  let target = await files.isDirectory(join5(sysroot, "lib", "wasm32-wasip1")) ? "wasm32-wasip1" : "wasm32-wasi";
  return { kind: "wasi-sdk", cc, targetFlags: [`--target=${target}`, `--sysroot=${sysroot}`], description: `wasi-sdk clang ${target} (${root})` };
}
__name(wasiSdk, "wasiSdk");
async function findDebianClang(env, runner, files, problems) {
  let names = [...DEBIAN_CLANG_VERSIONS.map((v) => `clang-${v}`), "clang"], hasWasiLibc = await files.exists(join5(DEBIAN_WASI_INCLUDE, "stdio.h"));
  for (let name of names) {
    let cc = await findOnPath(name, env);
    if (!cc) continue;
    let builtins = (await runner(cc, ["--target=wasm32-wasi", "-print-libgcc-file-name"], { env })).stdout.trim(), linker = (await runner(cc, ["-print-prog-name=wasm-ld"], { env })).stdout.trim(), version = name.match(/\d+$/)?.[0] ?? builtins.match(/llvm-(\d+)/)?.[1] ?? "NN", missing = [];
    if ((!builtins || !await files.exists(builtins)) && missing.push(`libclang-rt-${version}-dev-wasm32 (${builtins || "wasm32 builtins"})`), (!isAbsolute(linker) || !await files.exists(linker)) && missing.push(`lld-${version} (wasm-ld)`), hasWasiLibc || missing.push(`wasi-libc (${DEBIAN_WASI_INCLUDE})`), missing.length > 0) {
      problems.push(`${name} lacks ${missing.join(", ")}`);
      continue;
    }
    return {
      kind: "debian",
      cc,
      // Debian's layout only knows the old triple; -nostdlibinc keeps glibc's /usr/include out,
      // so a missing wasi header is reported as missing instead of as a confusing glibc error.
      targetFlags: ["--target=wasm32-wasi", "-nostdlibinc", "-isystem", DEBIAN_WASI_INCLUDE],
      description: `${name} + wasi-libc (Debian)`
    };
  }
}
__name(findDebianClang, "findDebianClang");
function customTargetFlags(config) {
  return (config?.cflags ?? []).some((f) => f === "-target" || f.startsWith("--target=") || f.startsWith("-target=")) ? [] : ["--target=wasm32-wasi"];
}
__name(customTargetFlags, "customTargetFlags");
function clangArguments(toolchain, request) {
  let config = request.config ?? {};
  return [
    ...toolchain.targetFlags,
    ...request.release ? ["-O2"] : ["-O0", "-g"],
    ...(config.defines ?? []).map((d) => `-D${d}`),
    ...(config.includeDirs ?? []).map((d) => `-I${isAbsolute(d) ? d : join5(request.dir, d)}`),
    ...config.cflags ?? [],
    ...request.sources,
    "-o",
    request.output,
    ...config.ldflags ?? []
  ];
}
__name(clangArguments, "clangArguments");

// src/toolchains/files.ts
import { access, constants, stat as stat3 } from "node:fs/promises";
var realFiles = {
  exists: /* @__PURE__ */ __name((path) => access(path, constants.F_OK).then(() => !0, () => !1), "exists"),
  isDirectory: /* @__PURE__ */ __name((path) => stat3(path).then((s) => s.isDirectory(), () => !1), "isDirectory")
};

// src/toolchains/c/no-implicit-wasm-opt.ts
import { mkdir, symlink } from "node:fs/promises";
import { join as join6 } from "node:path";
async function noImplicitWasmOpt(workDir, env) {
  let dir = join6(workDir, "clang-programs");
  await mkdir(dir, { recursive: !0 });
  let doNothing = await findOnPath("true", env) ?? "/bin/true";
  return await symlink(doNothing, join6(dir, "wasm-opt")).catch((err) => {
    if (err.code !== "EEXIST") throw err;
  }), ["-B", dir];
}
__name(noImplicitWasmOpt, "noImplicitWasmOpt");

// src/toolchains/c/driver.ts
function createCDriver(options = {}) {
  let files = options.files ?? realFiles;
  return {
    language: "c",
    async build(ctx) {
      let c = ctx.config.c, name = moduleName(ctx.config.name ?? basename(ctx.dir)), toolchain = await findCToolchain({ config: c, env: ctx.env, runner: ctx.runner, files }), patterns = c?.sources && c.sources.length > 0 ? c.sources : DEFAULT_C_SOURCES, sources = await findSources(ctx.dir, patterns), absent = [];
      for (let s of sources) await realFiles.exists(join7(ctx.dir, s)) || absent.push(s);
      if (sources.length === 0 || absent.length > 0)
        throw new WasmpackError(
          "C_SOURCES_NOT_FOUND",
          absent.length > 0 ? `C sources listed in wasmpack.json do not exist in ${ctx.dir}: ${absent.join(", ")}.` : `No C sources match ${patterns.join(", ")} in ${ctx.dir} (build, target, node_modules, .wasmpack and hidden directories are skipped).`,
          "list the files or globs in c.sources in wasmpack.json, relative to the project directory"
        );
      let output = join7(ctx.workDir, `${name}.wasm`);
      ctx.reporter.step(`compiling ${name} with ${toolchain.description}`);
      let programs = await noImplicitWasmOpt(ctx.workDir, ctx.env);
      return await runChecked(ctx.runner, toolchain.cc, [...programs, ...clangArguments(toolchain, { sources, output, release: ctx.release, config: c, dir: ctx.dir })], {
        cwd: ctx.dir,
        env: ctx.env,
        signal: ctx.signal,
        errorCode: "C_COMPILE_FAILED",
        what: `compiling ${name} (${sources.length} source${sources.length === 1 ? "" : "s"})`,
        hint: "fix the compiler error above; WASI preview 1 has no threads, signals or fork, so code using them needs an #ifdef __wasi__ path"
      }), ctx.reporter.succeed(`compiled ${name}.wasm`), { module: output, name, metadata: { title: name }, toolchain: toolchain.description };
    }
  };
}
__name(createCDriver, "createCDriver");
var cDriver = createCDriver();

// src/toolchains/go/driver.ts
import { join as join9 } from "node:path";

// src/toolchains/go/plan.ts
import { delimiter as delimiter2, dirname as dirname3 } from "node:path";

// src/toolchains/go/toolchain.ts
import { access as access2, constants as constants2, readdir as readdir3, readFile as readFile2 } from "node:fs/promises";
import { join as join8 } from "node:path";
var GO_MIN_VERSION = [1, 21, 0], TINYGO_WASIP1_VERSION = [0, 29, 0], realGoHost = {
  findOnPath,
  isExecutable: /* @__PURE__ */ __name((path) => access2(path, constants2.X_OK).then(() => !0, () => !1), "isExecutable"),
  listDir: /* @__PURE__ */ __name((path) => readdir3(path).catch(() => []), "listDir"),
  readFile: /* @__PURE__ */ __name((path) => readFile2(path, "utf8").catch(() => {
  }), "readFile"),
  exists: /* @__PURE__ */ __name((path) => access2(path).then(() => !0, () => !1), "exists")
};
function parseGoVersion(text) {
  let m = /\bgo(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (m)
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
__name(parseGoVersion, "parseGoVersion");
function parseTinyGoVersion(text) {
  let m = /\btinygo version v?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(text);
  if (m)
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
__name(parseTinyGoVersion, "parseTinyGoVersion");
function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) {
    let d = a[i] - b[i];
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
__name(compareVersions, "compareVersions");
function formatVersion(v) {
  return v.join(".");
}
__name(formatVersion, "formatVersion");
async function findTinyGo(env, host = realGoHost) {
  return env.TINYGO ? await host.isExecutable(env.TINYGO) ? env.TINYGO : void 0 : host.findOnPath("tinygo", env);
}
__name(findTinyGo, "findTinyGo");
async function goCandidates(env, host = realGoHost) {
  let found = [], onPath = await host.findOnPath("go", env);
  onPath && found.push(onPath), env.GOROOT && found.push(join8(env.GOROOT, "bin", "go"));
  let debian = (await host.listDir("/usr/lib")).map((n) => /^go-(\d+)\.(\d+)$/.exec(n)).filter((m) => m !== null).sort((a, b) => Number(b[1]) - Number(a[1]) || Number(b[2]) - Number(a[2])).map((m) => `/usr/lib/${m[0]}/bin/go`);
  found.push(...debian, "/usr/local/go/bin/go");
  let unique = [...new Set(found)], usable = [];
  for (let path of unique)
    (path === onPath || await host.isExecutable(path)) && usable.push(path);
  return usable;
}
__name(goCandidates, "goCandidates");
async function probeVersion(runner, command, env, signal) {
  try {
    let r = await runner(command, ["version"], { env, signal });
    return r.code !== 0 ? void 0 : (r.stdout || r.stderr).trim().split(`
`)[0];
  } catch (err) {
    if (err instanceof WasmpackError && err.code === "INTERRUPTED") throw err;
    return;
  }
}
__name(probeVersion, "probeVersion");
var missingHint = "install TinyGo (https://tinygo.org/getting-started/install/) for small modules, or Go >= 1.21 (on Debian 12: enable bookworm-backports and `apt-get install golang-1.23-go`); set TINYGO or GOROOT if they are installed somewhere wasmpack does not look";
async function chooseGoToolchain(preference, runner, env, host = realGoHost, signal) {
  let wanted = preference ?? "auto";
  if (wanted === "tinygo" || wanted === "auto") {
    let tinygo = await findTinyGo(env, host), versionText = tinygo ? await probeVersion(runner, tinygo, env, signal) : void 0;
    if (tinygo && versionText !== void 0)
      return { toolchain: { kind: "tinygo", command: tinygo, version: parseTinyGoVersion(versionText), versionText }, fellBackToGo: !1 };
    if (wanted === "tinygo")
      throw new WasmpackError(
        "GO_TOOLCHAIN_MISSING",
        tinygo ? `TinyGo was requested (go.toolchain "tinygo") but \`${tinygo} version\` failed.` : 'TinyGo was requested (go.toolchain "tinygo") but it was not found: TINYGO is not set and `tinygo` is not on PATH.',
        "install TinyGo (https://tinygo.org/getting-started/install/) or set TINYGO to its path; or use --toolchain go (Go >= 1.21)"
      );
  }
  let tooOld = [];
  for (let candidate of await goCandidates(env, host)) {
    let versionText = await probeVersion(runner, candidate, env, signal);
    if (versionText === void 0) continue;
    let version = parseGoVersion(versionText);
    if (version && compareVersions(version, GO_MIN_VERSION) >= 0)
      return { toolchain: { kind: "go", command: candidate, version, versionText }, fellBackToGo: wanted === "auto" };
    tooOld.push(`${candidate} (${version ? `go${formatVersion(version)}` : versionText})`);
  }
  throw tooOld.length > 0 ? new WasmpackError(
    "GO_TOO_OLD",
    `Go ${GO_MIN_VERSION[0]}.${GO_MIN_VERSION[1]} or newer is needed for GOOS=wasip1, but only found ${tooOld.join(", ")}` + (wanted === "auto" ? ", and TinyGo was not found." : "."),
    missingHint
  ) : new WasmpackError(
    "GO_TOOLCHAIN_MISSING",
    wanted === "go" ? 'Go was requested (go.toolchain "go") but no `go` was found (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go); Go >= 1.21 is needed for GOOS=wasip1.' : "No Go toolchain was found: neither TinyGo (TINYGO or `tinygo` on PATH) nor Go >= 1.21 (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go).",
    missingHint
  );
}
__name(chooseGoToolchain, "chooseGoToolchain");

// src/toolchains/go/plan.ts
function tinygoBuildPlan(tc, o, goForTinyGo) {
  let target = tc.version && compareVersions(tc.version, TINYGO_WASIP1_VERSION) < 0 ? "wasi" : "wasip1", args = ["build", `-target=${target}`, "-o", o.output];
  o.strip && args.push("-no-debug"), o.go.tags?.length && args.push(`-tags=${o.go.tags.join(" ")}`), o.go.ldflags && args.push(`-ldflags=${o.go.ldflags}`), args.push(o.go.package ?? ".");
  let env = { ...o.env };
  goForTinyGo && (env.PATH = [dirname3(goForTinyGo), env.PATH].filter(Boolean).join(delimiter2));
  let version = tc.version ? formatVersion(tc.version) : tc.versionText;
  return { command: tc.command, args, env, description: `tinygo ${version} -target=${target}` };
}
__name(tinygoBuildPlan, "tinygoBuildPlan");
function goBuildPlan(tc, o) {
  let args = ["build", "-o", o.output, "-trimpath", "-buildvcs=false"], ldflags = [o.strip ? "-s -w" : "", o.go.ldflags ?? ""].filter(Boolean).join(" ");
  ldflags && args.push(`-ldflags=${ldflags}`), o.go.tags?.length && args.push(`-tags=${o.go.tags.join(",")}`), args.push(o.go.package ?? ".");
  let env = {
    ...o.env,
    GOOS: "wasip1",
    GOARCH: "wasm",
    CGO_ENABLED: "0",
    // Never download a newer toolchain behind the user's back; an explicit choice is respected.
    GOTOOLCHAIN: o.env.GOTOOLCHAIN || "local"
  }, version = tc.version ? `go${formatVersion(tc.version)}` : tc.versionText;
  return { command: tc.command, args, env, description: `${version} GOOS=wasip1 GOARCH=wasm` };
}
__name(goBuildPlan, "goBuildPlan");
function parseGoModulePath(goMod) {
  for (let raw of goMod.split(`
`)) {
    let line = raw.replace(/\/\/.*$/, "").trim(), m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (m) return m[1] ?? m[2] ?? m[3];
  }
}
__name(parseGoModulePath, "parseGoModulePath");
function moduleTitle(modulePath) {
  let parts = modulePath.split("/").filter(Boolean), last = parts.pop() ?? modulePath;
  return /^v\d+$/.test(last) && parts.length > 0 && (last = parts.pop()), last;
}
__name(moduleTitle, "moduleTitle");
var NETWORK_ERROR = /dial tcp|proxy\.golang\.org|no such host|i\/o timeout|GOPROXY=off|module lookup disabled|cannot find module providing|missing go\.sum entry/;
function buildFailureHint(stderr, tc) {
  return NETWORK_ERROR.test(stderr) ? "a dependency could not be downloaded: check GOPROXY (and GOFLAGS), or vendor dependencies with `go mod vendor` and build with GOFLAGS=-mod=vendor" : /requires go >= |GOTOOLCHAIN=local/.test(stderr) ? "go.mod asks for a newer Go than the one used: install it, or lower the `go` line in go.mod" : tc.kind === "go" ? "the Go compiler rejected the project; note that GOOS=wasip1 has no cgo, and packages such as net/http servers do not work on wasip1" : "TinyGo rejected the project; see https://tinygo.org/docs/reference/lang-support/stdlib/ for the packages TinyGo supports, or use --toolchain go";
}
__name(buildFailureHint, "buildFailureHint");

// src/toolchains/go/driver.ts
function createGoDriver(host = realGoHost) {
  return {
    language: "go",
    async build(ctx) {
      let goModText = await host.readFile(join9(ctx.dir, "go.mod"));
      if (goModText === void 0)
        throw new WasmpackError("GO_MOD_NOT_FOUND", `${ctx.dir} has no go.mod, so it is not a Go module.`, "run `go mod init example.com/<name>` in the project directory");
      let modulePath = parseGoModulePath(goModText), title = modulePath ? moduleTitle(modulePath) : void 0, name = moduleName(ctx.config.name ?? title ?? dirnameOf(ctx.dir)), goConfig = ctx.config.go ?? {}, { toolchain, fellBackToGo } = await chooseGoToolchain(goConfig.toolchain, ctx.runner, ctx.env, host, ctx.signal);
      fellBackToGo && ctx.reporter.info('TinyGo was not found, so Go builds this module; TinyGo output is typically 10-50x smaller (install TinyGo, or set go.toolchain to "go" to silence this)');
      let output = join9(ctx.workDir, `${name}.wasm`), options = { output, strip: ctx.config.strip ?? ctx.release, go: goConfig, env: ctx.env }, plan;
      if (toolchain.kind === "tinygo") {
        let lend = await host.findOnPath("go", ctx.env) ? void 0 : (await goCandidates(ctx.env, host))[0];
        plan = tinygoBuildPlan(toolchain, options, lend);
      } else
        plan = goBuildPlan(toolchain, options);
      ctx.reporter.step(`compiling ${name} with ${plan.description}`);
      let result = await ctx.runner(plan.command, plan.args, { cwd: ctx.dir, env: plan.env, signal: ctx.signal });
      if (result.code !== 0) {
        let text = (result.stderr || result.stdout).trim();
        throw new WasmpackError(
          "GO_BUILD_FAILED",
          `building ${name} with ${plan.description} failed (${plan.command} exited with ${result.code})${text ? `:
${tail(text, 40)}` : ""}`,
          buildFailureHint(text, toolchain)
        );
      }
      if (!await host.exists(output))
        throw new WasmpackError("GO_BUILD_FAILED", `${plan.command} exited successfully but wrote no module at ${output}.`, "check go.package names a main package");
      return ctx.reporter.succeed(`compiled ${name}.wasm`), toolchain.kind === "go" && !ctx.config.aot?.enabled && ctx.reporter.info(
        `note: crun's WAMR handler gives the interpreter an 8 KiB wasm stack, so this Go module fails there ("Failed to call the WASM function"); build with --aot for crun-wamr nodes (it runs as AOT), or use wasmtime/wasmedge/runwasi, which run it as is. crun-wamr also exits 0 whatever the module's exit code`
      ), { module: output, name, metadata: title ? { title } : {}, toolchain: plan.description };
    }
  };
}
__name(createGoDriver, "createGoDriver");
var goDriver = createGoDriver();
function dirnameOf(dir) {
  return dir.split(/[\\/]/).filter(Boolean).pop() ?? "app";
}
__name(dirnameOf, "dirnameOf");

// src/toolchains/prebuilt.ts
import { stat as stat4 } from "node:fs/promises";
import { basename as basename2, extname, resolve as resolve3 } from "node:path";
function prebuiltDriver(wasmPath) {
  return {
    language: "wasm",
    async build(ctx) {
      let module = resolve3(ctx.dir, wasmPath);
      if (!(await stat4(module).catch(() => {
      }))?.isFile())
        throw new WasmpackError("WASM_NOT_FOUND", `module ${module} does not exist`, 'point --wasm (or "wasm" in wasmpack.json) at a built .wasm file');
      let name = ctx.config.name ?? moduleName(basename2(module, extname(module)));
      return { module, name, metadata: { title: name }, toolchain: "prebuilt module" };
    }
  };
}
__name(prebuiltDriver, "prebuiltDriver");

// src/toolchains/rust/driver.ts
import { copyFile } from "node:fs/promises";
import { join as join11, resolve as resolve4 } from "node:path";

// src/toolchains/rust/toolchain.ts
import { join as join10 } from "node:path";
var RUST_WASI_TARGETS = ["wasm32-wasip1", "wasm32-wasi"], RUST_COMPONENT_TARGET = "wasm32-wasip2", DEBIAN_RUST = { rustc: "/usr/bin/rustc", cargo: "/usr/bin/cargo" };
async function findRustToolchain(search) {
  let { env, runner, files } = search, wanted = search.target ? [search.target] : RUST_WASI_TARGETS, candidates = await rustCandidates(env, search.fallbacks ?? [DEBIAN_RUST]), probed = [], lines = [], componentOnly;
  for (let candidate of candidates) {
    let info = await probe(candidate, runner, search.cwd);
    if (!info || probed.some((p) => p.sysroot === info.sysroot)) continue;
    probed.push(info);
    let installed = [];
    for (let t of wanted)
      await hasStd(info, t, files) && installed.push(t);
    let target = installed[0];
    if (!target && !search.target && await hasStd(info, RUST_COMPONENT_TARGET, files) && (componentOnly ??= info), target)
      return await chosen(info, target, files, env);
    let state = wanted.map((t) => `${t} ${info.known.has(t) ? "known but not installed" : "unknown"}`).join(", ");
    lines.push(`${info.version} from ${info.origin} (${info.sysroot}): ${state}`);
    let skipped = `${info.origin} selects ${info.version}, which has no ${wanted.join(" or ")} standard library; trying the next rustc`;
    info.explicit ? search.reporter?.warn(skipped) : search.reporter?.info(skipped);
  }
  throw probed.length === 0 ? new WasmpackError(
    "RUST_TOOLCHAIN_MISSING",
    `No Rust compiler was found (looked at ${candidates.map((c) => c.origin).join(", ") || "RUSTC, PATH and /usr/bin/rustc"}).`,
    "install Rust with rustup and run `rustup target add wasm32-wasip1`, or on Debian `apt-get install rustc cargo libstd-rust-dev-wasm32 lld-14`"
  ) : new WasmpackError(
    "RUST_TARGET_MISSING",
    `No installed Rust toolchain has the ${wanted.join(" or ")} standard library:
  ${lines.join(`
  `)}`,
    search.target ? `install the ${search.target} target (rustup target add ${search.target}${search.target === RUST_COMPONENT_TARGET ? "; it needs Rust 1.82 or newer, so `rustup update stable` first on an older toolchain" : ""}), or remove rust.target from wasmpack.json to let wasmpack pick wasm32-wasip1 or wasm32-wasi` : componentOnly ? `${componentOnly.version} (${componentOnly.origin}) has only ${RUST_COMPONENT_TARGET}: set "rust": {"target": "${RUST_COMPONENT_TARGET}"} in wasmpack.json to build a WASI 0.2 component from it, or run \`rustup target add wasm32-wasip1\` for a core module` : "run `rustup target add wasm32-wasip1`, or on Debian `apt-get install libstd-rust-dev-wasm32` (Debian's rustc is /usr/bin/rustc, with target wasm32-wasi; select it with RUSTUP_TOOLCHAIN=/usr or RUSTC=/usr/bin/rustc)"
  );
}
__name(findRustToolchain, "findRustToolchain");
async function hasStd(info, target, files) {
  return info.known.has(target) && await files.isDirectory(join10(info.sysroot, "lib", "rustlib", target, "lib"));
}
__name(hasStd, "hasStd");
async function rustCandidates(env, fallbacks) {
  if (env.RUSTC) return [{ rustc: env.RUSTC, cargo: env.CARGO, origin: `RUSTC=${env.RUSTC}`, explicit: !0, keepPath: !0, env }];
  let out = [], onPath = await findOnPath("rustc", env);
  if (onPath) {
    let via = env.RUSTUP_TOOLCHAIN ? ` (RUSTUP_TOOLCHAIN=${env.RUSTUP_TOOLCHAIN})` : "";
    out.push({ rustc: onPath, cargo: env.CARGO, origin: `${onPath} on PATH${via}`, explicit: !!env.RUSTUP_TOOLCHAIN, keepPath: !1, env });
  }
  for (let f of fallbacks) {
    let { RUSTUP_TOOLCHAIN: _ignored, ...rest } = env;
    out.push({ rustc: f.rustc, cargo: f.cargo, origin: f.rustc, explicit: !1, keepPath: !1, env: rest });
  }
  return out;
}
__name(rustCandidates, "rustCandidates");
async function probe(candidate, runner, cwd) {
  try {
    let ask = /* @__PURE__ */ __name((args) => runner(candidate.rustc, args, { env: candidate.env, cwd }), "ask"), [version, sysroot, targets] = await Promise.all([ask(["--version"]), ask(["--print", "sysroot"]), ask(["--print", "target-list"])]);
    return version.code !== 0 || sysroot.code !== 0 || targets.code !== 0 ? void 0 : {
      ...candidate,
      version: version.stdout.trim().split(/\s+/).slice(0, 2).join(" "),
      sysroot: sysroot.stdout.trim(),
      known: new Set(targets.stdout.split(`
`).map((l) => l.trim()).filter(Boolean))
    };
  } catch (err) {
    if (err instanceof WasmpackError && err.code === "TOOL_NOT_FOUND") return;
    throw err;
  }
}
__name(probe, "probe");
async function chosen(info, target, files, env) {
  let inSysroot = join10(info.sysroot, "bin", "rustc"), rustc = info.keepPath ? info.rustc : await files.exists(inSysroot) ? inSysroot : info.rustc, sysrootCargo = join10(info.sysroot, "bin", "cargo"), cargo = info.cargo ?? (await files.exists(sysrootCargo) ? sysrootCargo : await findOnPath("cargo", env) ?? "cargo");
  return {
    rustc,
    cargo,
    target,
    sysroot: info.sysroot,
    version: info.version,
    // crates.io is often unreachable (CI sandboxes, this machine): fail at once instead of
    // retrying for ~12 s, and explain the offline options in the error.
    env: { ...info.env, RUSTC: rustc, CARGO_NET_RETRY: "0" },
    description: `${info.version} ${target} (${rustc})`
  };
}
__name(chosen, "chosen");
function parseCargoMessages(stdout) {
  let binaries = [];
  for (let line of stdout.split(`
`)) {
    let trimmed = line.trim();
    if (!trimmed.startsWith("{")) continue;
    let message;
    try {
      message = JSON.parse(trimmed);
    } catch {
      continue;
    }
    let m = message;
    m.reason !== "compiler-artifact" || !m.executable || !m.executable.endsWith(".wasm") || m.target?.kind?.includes("bin") && binaries.push({ name: m.target.name ?? "", packageId: m.package_id ?? "", executable: m.executable });
  }
  return binaries;
}
__name(parseCargoMessages, "parseCargoMessages");
function pickBinary(binaries, bin) {
  let candidates = bin ? binaries.filter((b) => b.name === bin) : binaries;
  if (candidates.length === 1) return candidates[0];
  let names = [...new Set(binaries.map((b) => b.name))].sort();
  throw candidates.length === 0 ? new WasmpackError(
    "RUST_NO_BINARY",
    bin ? `cargo built no binary named ${bin} (it built: ${names.join(", ") || "none"}).` : "cargo built no wasm binary: the package has no [[bin]] target (a library cannot be a command module).",
    bin ? "set rust.bin in wasmpack.json to one of the binaries listed" : "add src/main.rs or a [[bin]] section to Cargo.toml, or select the workspace member with rust.package"
  ) : new WasmpackError(
    "RUST_SEVERAL_BINARIES",
    `cargo built several binaries: ${names.join(", ")}; an image holds one module.`,
    "choose one with rust.bin in wasmpack.json (and rust.package in a workspace)"
  );
}
__name(pickBinary, "pickBinary");
function offlineRegistryHint(debianRegistryExists) {
  let config = '[source.crates-io] replace-with = "debian-packages"; [source.debian-packages] directory = "/usr/share/cargo/registry"; [net] offline = true';
  return debianRegistryExists ? `crates.io is unreachable. Debian's packaged crates are installed in /usr/share/cargo/registry; to build from them, add to .cargo/config.toml: ${config} (only crates packaged as librust-<name>-dev are there), or vendor the dependencies with \`cargo vendor\` on a connected machine` : `crates.io is unreachable. Vendor the dependencies with \`cargo vendor\` on a connected machine, or on Debian install the crates as librust-<name>-dev packages and add to .cargo/config.toml: ${config}`;
}
__name(offlineRegistryHint, "offlineRegistryHint");
function oldCargoHint(stderr) {
  if (/lock file version `?4`? was found/i.test(stderr))
    return 'this cargo is older than Cargo.lock version 4 (cargo < 1.78): delete Cargo.lock to let it write version 3, or change "version = 4" to "version = 3" at its top, or use a newer toolchain';
  if (/older than the `2024` edition|feature `edition2024` is required/i.test(stderr))
    return 'this cargo does not know edition 2024 (cargo < 1.85): set edition = "2021" in Cargo.toml, or use a newer toolchain (rustup, with `rustup target add wasm32-wasip1`)';
}
__name(oldCargoHint, "oldCargoHint");
function isNetworkFailure(stderr) {
  return /network failure|failed to resolve address|Couldn't resolve host|failed to download|Unable to update registry|failed to fetch `https?:|spurious network error|failed to query replaced source registry/i.test(stderr);
}
__name(isNetworkFailure, "isNetworkFailure");

// src/toolchains/rust/driver.ts
var DEBIAN_CARGO_REGISTRY = "/usr/share/cargo/registry";
function createRustDriver(options = {}) {
  let files = options.files ?? realFiles, fallbacks = options.fallbacks ?? [DEBIAN_RUST];
  return {
    language: "rust",
    async build(ctx) {
      let rust = ctx.config.rust ?? {}, toolchain = await findRustToolchain({ env: ctx.env, runner: ctx.runner, files, target: rust.target, fallbacks, reporter: ctx.reporter, cwd: ctx.dir }), pkg = await readPackage(ctx, toolchain, rust), args = cargoBuildArguments(toolchain.target, ctx.release, rust);
      ctx.reporter.step(`building ${pkg?.name ?? "the crate"} with ${toolchain.description}`);
      let result = await ctx.runner(toolchain.cargo, args, { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
      if (result.code !== 0) throw await buildFailure(result.stderr, result.code, toolchain, files);
      let binary = pickBinary(parseCargoMessages(result.stdout), rust.bin), name = moduleName(ctx.config.name ?? binary.name), module = join11(ctx.workDir, `${name}.wasm`);
      return await copyFile(binary.executable, module), ctx.reporter.succeed(`built ${binary.name}.wasm`), { module, name, metadata: metadataOf(pkg, name), toolchain: toolchain.description };
    }
  };
}
__name(createRustDriver, "createRustDriver");
var rustDriver = createRustDriver();
function cargoBuildArguments(target, release, rust) {
  return [
    "build",
    ...release ? ["--release"] : [],
    "--target",
    target,
    "--message-format=json-render-diagnostics",
    ...rust.package ? ["--package", rust.package] : [],
    ...rust.bin ? ["--bin", rust.bin] : [],
    ...rust.features && rust.features.length > 0 ? ["--features", rust.features.join(",")] : []
  ];
}
__name(cargoBuildArguments, "cargoBuildArguments");
async function readPackage(ctx, toolchain, rust) {
  let result = await ctx.runner(toolchain.cargo, ["metadata", "--no-deps", "--format-version", "1"], { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
  if (result.code !== 0) {
    let stderr = result.stderr.trim();
    throw new WasmpackError(
      "CARGO_MANIFEST_INVALID",
      `cargo could not read the manifest in ${ctx.dir}:
${stderr}`,
      oldCargoHint(stderr) ?? "fix Cargo.toml as cargo says above (`cargo metadata --no-deps` shows the same error)"
    );
  }
  return choosePackage(result.stdout, ctx.dir, rust.package);
}
__name(readPackage, "readPackage");
function choosePackage(metadataJson, dir, wanted) {
  let packages = JSON.parse(metadataJson).packages ?? [];
  if (wanted) {
    let found = packages.find((p) => p.name === wanted);
    if (!found)
      throw new WasmpackError(
        "RUST_PACKAGE_NOT_FOUND",
        `The workspace has no package named ${wanted} (members: ${packages.map((p) => p.name).join(", ") || "none"}).`,
        "set rust.package in wasmpack.json to one of the members listed"
      );
    return found;
  }
  let rootManifest = resolve4(dir, "Cargo.toml");
  return packages.find((p) => p.manifest_path && resolve4(p.manifest_path) === rootManifest) ?? (packages.length === 1 ? packages[0] : void 0);
}
__name(choosePackage, "choosePackage");
function metadataOf(pkg, name) {
  let metadata = { title: pkg?.name ?? name };
  pkg?.version && (metadata.version = pkg.version), pkg?.license && (metadata.licenses = pkg.license), pkg?.description && (metadata.description = pkg.description.trim()), pkg?.authors && pkg.authors.length > 0 && (metadata.authors = pkg.authors.join(", "));
  let url = pkg?.homepage ?? pkg?.repository;
  return url && (metadata.url = url), metadata;
}
__name(metadataOf, "metadataOf");
async function buildFailure(stderr, code, toolchain, files) {
  let text = tail(stderr.trim(), 60);
  if (isNetworkFailure(stderr))
    return new WasmpackError(
      "CARGO_FETCH_FAILED",
      `cargo could not download the project's dependencies (exited with ${code}):
${text}`,
      offlineRegistryHint(await files.isDirectory(DEBIAN_CARGO_REGISTRY))
    );
  let old = oldCargoHint(stderr);
  return old ? new WasmpackError("CARGO_LOCKFILE_UNSUPPORTED", `${toolchain.version}'s cargo could not read the project (exited with ${code}):
${text}`, old) : new WasmpackError(
    "RUST_COMPILE_FAILED",
    `cargo build failed with ${toolchain.description} (exited with ${code}):
${text}`,
    `fix the error above; \`RUSTC=${toolchain.rustc} ${toolchain.cargo} build --target ${toolchain.target}\` shows the same output`
  );
}
__name(buildFailure, "buildFailure");

// src/wasm/scan.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
var HEAD_READ = 64 * 1024, SECTION_HEADER_MAX = 6, NAME_READ = 256;
async function scanModuleFile(path, what = path) {
  let file = await open(path, "r");
  try {
    let { size } = await file.stat(), head = await readAt(file, 0, Math.min(size, HEAD_READ)), bytesAt = /* @__PURE__ */ __name((position, length) => position + length <= head.length ? head.subarray(position, position + length) : readAt(file, position, length), "bytesAt"), header = readHeader(head, what);
    checkVersion(header);
    let sections = [], pos = HEADER_SIZE;
    for (; pos < size; ) {
      let window = await bytesAt(pos, Math.min(size - pos, SECTION_HEADER_MAX)), reader = new ByteReader(window, 0, window.length, pos), id = reader.byte(), length = reader.u32(), payloadStart = reader.offset;
      if (payloadStart + length > size) throw truncatedSection(id, length, size - payloadStart, pos);
      let section = { id, start: pos, payloadStart, end: payloadStart + length };
      id === CUSTOM_SECTION_ID && (section.customName = await readCustomName(bytesAt, section)), sections.push(section), pos = section.end;
    }
    let info = emptyInfo(header, sections);
    for (let section of sections) {
      let payload = payloadNeeded(header.kind, section.id) ? await bytesAt(section.payloadStart, section.end - section.payloadStart) : Buffer.alloc(0);
      readSectionInfo(info, section, new ByteReader(payload, 0, payload.length, section.payloadStart));
    }
    return { ...info, size, ...head.length === size ? { bytes: head } : {} };
  } finally {
    await file.close();
  }
}
__name(scanModuleFile, "scanModuleFile");
async function readCustomName(bytesAt, section) {
  let payloadSize = section.end - section.payloadStart, bytes = await bytesAt(section.payloadStart, Math.min(payloadSize, NAME_READ)), lengthReader = new ByteReader(bytes, 0, bytes.length, section.payloadStart), nameLength = lengthReader.u32(), needed = lengthReader.pos + nameLength;
  return needed > bytes.length && needed <= payloadSize && (bytes = await bytesAt(section.payloadStart, needed)), new ByteReader(bytes, 0, payloadSize, section.payloadStart).name();
}
__name(readCustomName, "readCustomName");
async function readAt(file, position, length) {
  let buffer = Buffer.alloc(length), filled = 0;
  for (; filled < length; ) {
    let { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}
__name(readAt, "readAt");
async function readRanges(path, ranges) {
  let total = ranges.reduce((n, r) => n + (r.end - r.start), 0), out = Buffer.alloc(total), file = await open(path, "r");
  try {
    let at = 0;
    for (let range of ranges) {
      let bytes = await readAt(file, range.start, range.end - range.start);
      if (bytes.length !== range.end - range.start) throw new Error(`${path} changed while it was read (short read at ${range.start})`);
      bytes.copy(out, at), at += bytes.length;
    }
  } finally {
    await file.close();
  }
  return out;
}
__name(readRanges, "readRanges");
function coalesce(ranges) {
  let out = [];
  for (let range of ranges) {
    let last = out[out.length - 1];
    last && last.end === range.start ? last.end = range.end : out.push({ ...range });
  }
  return out;
}
__name(coalesce, "coalesce");
function streamRanges(path, ranges) {
  async function* chunks() {
    for (let range of ranges)
      range.end !== range.start && (yield* createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 }));
  }
  return __name(chunks, "chunks"), Readable.from(chunks(), { objectMode: !1 });
}
__name(streamRanges, "streamRanges");

// src/wasm/validate.ts
var WASI_PREVIEW1 = "wasi_snapshot_preview1", CLI_RUN_EXPORT = /^wasi:cli\/run(@|$)/, WASM_FEATURES = {
  mutable_globals: !0,
  sat_float_to_int: !0,
  sign_extension: !0,
  simd: !0,
  threads: !0,
  multi_value: !0,
  tail_call: !0,
  bulk_memory: !0,
  reference_types: !0,
  exceptions: !0,
  extended_const: !0,
  relaxed_simd: !0,
  multi_memory: !0,
  function_references: !0,
  gc: !0,
  memory64: !0
}, wabtInstance;
function loadWabt() {
  return wabtInstance ??= import("./wabt-MQHGE5SM.js").then((mod) => mod.default()), wabtInstance;
}
__name(loadWabt, "loadWabt");
var V8_VALIDATE_LIMIT = 32 * 1024 * 1024;
async function validateModule(path, options = {}) {
  let info = await scanOrThrow(path);
  if (!(options.accept ?? ["module"]).includes(info.kind))
    throw new WasmpackError(
      "WASM_COMPONENT",
      `${path} is a WebAssembly component (WASI 0.2), but only a core module fits here`,
      "wasmpack build packages components (as the CNCF artifact, or --format compat); for a core module build for a wasip1 target (e.g. cargo build --target wasm32-wasip1)"
    );
  let validatedBy = info.kind === "module" ? await validateCore(path, info) : "sections", report = reportOf(info, info.size, validatedBy);
  if ((options.requireCommand ?? !0) && !report.isCommand)
    throw new WasmpackError(
      "WASM_NOT_COMMAND",
      info.kind === "module" ? `${path} exports no _start function: it is a reactor or library module, which cannot be run as a container entrypoint` : `${path} exports no wasi:cli/run interface, so runtimes cannot run it as a command`,
      "build a binary/command: a cargo bin target (src/main.rs), main() in C, or package main in Go"
    );
  return report;
}
__name(validateModule, "validateModule");
async function scanOrThrow(path) {
  try {
    return await scanModuleFile(path);
  } catch (err) {
    if (err instanceof WasmFormatError)
      throw new WasmpackError("WASM_INVALID", `${path} is not a valid WebAssembly binary: ${err.message}`, "rebuild it; if it was copied or downloaded, the file may be truncated");
    if (err instanceof WasmpackError) throw err;
    let code = err.code;
    throw new WasmpackError("WASM_NOT_FOUND", `cannot read ${path}: ${code ?? err.message}`, "check the --wasm path, or run the build first");
  }
}
__name(scanOrThrow, "scanOrThrow");
function codeRanges(sections) {
  return coalesce([{ start: 0, end: HEADER_SIZE }, ...sections.filter((s) => s.id !== CUSTOM_SECTION_ID).map((s) => ({ start: s.start, end: s.end }))]);
}
__name(codeRanges, "codeRanges");
async function validateCore(path, info) {
  let ranges = codeRanges(info.sections);
  if (ranges.reduce((n, r) => n + (r.end - r.start), 0) > V8_VALIDATE_LIMIT) return "sections";
  let bytes = info.bytes ? Buffer.concat(ranges.map((r) => info.bytes.subarray(r.start, r.end))) : await readRanges(path, ranges);
  if (WebAssembly.validate(bytes)) return "v8";
  let message;
  try {
    return new WebAssembly.Module(bytes), "v8";
  } catch (err) {
    message = String(err.message ?? err).replace(/^WebAssembly\.Module\(\): /, "");
  }
  if (/--experimental-wasm-|enable with/.test(message))
    return await validateWithWabt(bytes, path), "wabt";
  throw invalidModule(path, `${fileOffsets(message, ranges)}`);
}
__name(validateCore, "validateCore");
function fileOffsets(message, ranges) {
  return message.replace(/@\+(\d+)/g, (_all, n) => {
    let rest = Number(n);
    for (let range of ranges) {
      let length = range.end - range.start;
      if (rest < length) return `at offset ${range.start + rest}`;
      rest -= length;
    }
    return `at offset ${n}`;
  });
}
__name(fileOffsets, "fileOffsets");
function invalidModule(path, detail) {
  return new WasmpackError("WASM_INVALID", `${path} is not a valid WebAssembly module: ${detail}`, "rebuild it with a current toolchain; if it was post-processed (wasm-opt, a stripper), try the unprocessed file");
}
__name(invalidModule, "invalidModule");
async function validateWithWabt(bytes, path) {
  let wabt = await loadWabt(), module;
  try {
    module = wabt.readWasm(bytes, { readDebugNames: !1, ...WASM_FEATURES }), module.validate();
  } catch (err) {
    throw invalidModule(path, String(err.message ?? err).trim().replace(/\s*\n\s*/g, "; "));
  } finally {
    module?.destroy();
  }
}
__name(validateWithWabt, "validateWithWabt");
function reportOf(info, size, validatedBy = "sections") {
  let modules = [...new Set(info.imports.map((i) => i.module))].filter((m) => m !== WASI_PREVIEW1).sort(), isCommand = info.kind === "module" ? info.exports.some((e) => e.name === "_start" && e.kind === "func") : info.exports.some((e) => CLI_RUN_EXPORT.test(e.name)), warnings = info.kind === "module" ? modules.map((m) => importWarning(m, info.imports.filter((i) => i.module === m))) : [];
  return warnings.push(...info.notes), { kind: info.kind, size, imports: info.imports, exports: info.exports, customSections: info.customSections, sections: info.sections, validatedBy, isCommand, nonWasiImportModules: modules, warnings, exportsIncomplete: info.incomplete.includes("exports") };
}
__name(reportOf, "reportOf");
function importWarning(module, imports) {
  let names = imports.map((i) => i.name), shown = names.length > 5 ? `${names.slice(0, 5).join(", ")}, ... (${names.length} in all)` : names.join(", "), lead = `imports from "${module}" (${shown})`;
  return module.startsWith("wasmedge") ? `${lead}: a WasmEdge host extension; only WasmEdge runs this module (crun's wasmedge handler, runwasi's wasmedge shim)` : module === "wasi_unstable" ? `${lead}: the old WASI snapshot 0; most runtimes still accept it, but rebuild with a current toolchain to be safe` : module === "env" ? `${lead}: unresolved symbols, usually a link error (a missing library or a declared but undefined function); no WASI runtime provides them` : module.startsWith("wasi:") ? `${lead}: WASI 0.2 interfaces imported by a core module; it needs the component adapter (wasm-tools component new) or a runtime that implements them` : module === "wasi" && names.includes("thread-spawn") ? `${lead}: wasi-threads; runs only where threads are enabled (wasmtime -S threads, WAMR, WasmEdge)` : module === "wasi_ephemeral_nn" || module === "wasi_nn" ? `${lead}: wasi-nn; needs a runtime built with a neural-network backend (WasmEdge, wasmtime with wasi-nn)` : module.startsWith("wasi_ephemeral_") ? `${lead}: an experimental WASI proposal; support differs between runtimes` : module === "gojs" || module === "go" ? `${lead}: this is Go's GOOS=js output for browsers and Node; rebuild with GOOS=wasip1 GOARCH=wasm` : module === "wbg" || module === "__wbindgen_placeholder__" ? `${lead}: wasm-bindgen JavaScript glue (a wasm32-unknown-unknown build); rebuild for wasm32-wasip1` : `${lead}: a host module no standard WASI runtime provides; only a runtime that implements "${module}" can run this`;
}
__name(importWarning, "importWarning");

// src/pipeline/component.ts
import { open as open2 } from "node:fs/promises";
var CLI_RUN = CLI_RUN_EXPORT, HTTP_HANDLER = /^wasi:http\/incoming-handler(@|$)/;
function componentEntryPoints(report) {
  return {
    command: report.exports.some((e) => CLI_RUN.test(e.name)),
    httpProxy: report.exports.some((e) => HTTP_HANDLER.test(e.name))
  };
}
__name(componentEntryPoints, "componentEntryPoints");
function componentInterfaces(report) {
  return {
    imports: [...new Set(report.imports.map((i) => i.name))],
    exports: [...new Set(report.exports.map((e) => e.name))]
  };
}
__name(componentInterfaces, "componentInterfaces");
function decideFormat(input) {
  let { report } = input, notes = [], warnings = [];
  if (report.kind === "module") {
    let format2 = input.requested ?? "compat";
    return format2 === "artifact" && warnings.push(...droppedRunSettings(input.runSettings)), { format: format2, notes, warnings };
  }
  if (input.aot)
    throw new WasmpackError(
      "AOT_COMPONENT",
      "AOT compilation was requested, but the module is a WebAssembly component (WASI 0.2): wamrc and WAMR load core modules only.",
      "drop --aot (and aot.enabled in wasmpack.json) for this build, or build a wasip1 core module (e.g. rust.target wasm32-wasip1) to AOT-compile it"
    );
  if (report.exports.length === 0 && !report.exportsIncomplete)
    throw new WasmpackError(
      "WASM_NOT_COMMAND",
      "the module is a WebAssembly component that exports nothing (no wasi:cli/run, no wasi:http/incoming-handler, no interface), so no host can call it",
      "build a command (a Rust bin crate with --target wasm32-wasip2, or `wasm-tools component new` with the wasi_snapshot_preview1 command adapter) or a component that exports the world it implements"
    );
  let entry = componentEntryPoints(report), component = componentInterfaces(report), format = input.requested ?? "artifact";
  return format === "artifact" ? (notes.push(
    `WASI 0.2 component: building the CNCF Wasm OCI artifact (os wasip2, ${component.imports.length} imports, ${component.exports.length} exports in its config), which wkg, wasmCloud and runwasi (via CRI) read; use --format compat for a container image that runwasi's wasmtime shim runs`
  ), warnings.push(...droppedRunSettings(input.runSettings)), { format, notes, warnings, component }) : (notes.push(
    "WASI 0.2 component in a compat image: runwasi's wasmtime shim runs it (it detects wasi:cli/command and wasi:http/proxy); crun's handlers, WAMR and wasmer load core modules only and will refuse it"
  ), !entry.command && !entry.httpProxy && warnings.push(
    `the component exports neither wasi:cli/run nor wasi:http/incoming-handler (it exports ${shortList(component.exports)}), so it is not runnable as a command from a compat image; the artifact format (the default for components) suits libraries and plugins`
  ), { format, notes, warnings, component });
}
__name(decideFormat, "decideFormat");
async function peekWasmKind(path) {
  let file = await open2(path, "r").catch(() => {
  });
  if (file)
    try {
      let { buffer, bytesRead } = await file.read(Buffer.alloc(HEADER_SIZE), 0, HEADER_SIZE, 0);
      return headerKind(buffer.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
}
__name(peekWasmKind, "peekWasmKind");
function droppedRunSettings(settings) {
  let dropped = [settings?.env && "env", settings?.cmd && "cmd", settings?.labels && "labels"].filter(Boolean);
  return dropped.length === 0 ? [] : [`the Wasm OCI artifact format has no run configuration, so these settings are not recorded: ${dropped.join(", ")} (use --format compat to keep them in the image config)`];
}
__name(droppedRunSettings, "droppedRunSettings");
function shortList(names) {
  return names.length > 4 ? `${names.slice(0, 4).join(", ")}, ... (${names.length} in all)` : names.join(", ");
}
__name(shortList, "shortList");

// src/pipeline/module-bytes.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { join as join12 } from "node:path";
import { pipeline } from "node:stream/promises";

// src/wasm/strip.ts
function isDebugSection(name) {
  return name === "name" || name.startsWith(".debug") || name === "sourceMappingURL" || name === "external_debug_info";
}
__name(isDebugSection, "isDebugSection");
function planStrip(sections, size) {
  let kept = [{ start: 0, end: HEADER_SIZE }], removed = [];
  for (let section of sections)
    section.id === CUSTOM_SECTION_ID && isDebugSection(section.customName) ? removed.push(section.customName) : kept.push({ start: section.start, end: section.end });
  let ranges = coalesce(kept);
  return { kept: ranges, removed, before: size, after: ranges.reduce((n, r) => n + (r.end - r.start), 0) };
}
__name(planStrip, "planStrip");
function keepAll(size) {
  return { kept: [{ start: 0, end: size }], removed: [], before: size, after: size };
}
__name(keepAll, "keepAll");

// src/pipeline/module-bytes.ts
function packagedModule(source, report, options) {
  let plan = options.strip ? planStrip(report.sections, report.size) : keepAll(report.size), open3 = /* @__PURE__ */ __name(() => streamRanges(source, plan.kept), "open"), stored;
  return {
    source,
    plan,
    size: plan.after,
    open: open3,
    stored: /* @__PURE__ */ __name(() => stored ??= store(open3, join12(options.workDir, "module"), `${options.name}.wasm`), "stored")
  };
}
__name(packagedModule, "packagedModule");
async function store(open3, dir, name) {
  await mkdir2(dir, { recursive: !0 });
  let path = join12(dir, name), hashing = hashingTap();
  return await pipeline(open3(), hashing.tap, createWriteStream(path)), { open: fileOpener(path), ...hashing.result(), location: path, hashedAsWritten: !0 };
}
__name(store, "store");

// src/pipeline/compile.ts
var DRIVERS = { c: cDriver, rust: rustDriver, go: goDriver };
async function compile(plan, deps) {
  let { config } = plan, built = await (deps.driver ?? (plan.language === "wasm" ? prebuiltDriver(plan.wasm) : DRIVERS[plan.language])).build({ dir: plan.dir, config, runner: deps.runner, env: { ...deps.env, TMPDIR: deps.workDir }, reporter: deps.reporter, release: plan.release, workDir: deps.workDir, ...deps.signal ? { signal: deps.signal } : {} }), output = built;
  if (deps.wasmOpt) {
    deps.reporter.step(`optimising ${built.name}.wasm with ${wasmOptRecord(deps.wasmOpt)}`);
    let optimised = await runWasmOpt(deps.wasmOpt, built.module, { name: built.name, workDir: deps.workDir, runner: deps.runner, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} });
    output = { ...built, module: optimised };
  }
  let kind = await peekWasmKind(output.module), report = await validateModule(output.module, { accept: ["module", "component"], requireCommand: kind !== "component" }), decision = decideFormat({
    report,
    requested: config.format,
    runSettings: { env: Object.keys(config.env ?? {}).length > 0, cmd: (config.cmd?.length ?? 0) > 0, labels: Object.keys(config.labels ?? {}).length > 0 },
    aot: config.aot?.enabled ?? !1
  }), warnings = [...report.warnings, ...decision.warnings];
  warnings.forEach((w) => deps.reporter.warn(w)), decision.notes.forEach((n) => deps.reporter.info(n));
  let strip = config.strip ?? plan.release, module = packagedModule(output.module, report, { strip, name: output.name, workDir: deps.workDir });
  strip && deps.reporter.info(`stripped ${output.name}.wasm: ${module.plan.before} -> ${module.plan.after} bytes`);
  let aot = config.aot?.enabled ? await compileAot2({ ...config.aot, module, name: output.name, workDir: deps.workDir }, { runner: deps.runner, reporter: deps.reporter, env: deps.env, ...deps.signal ? { signal: deps.signal } : {} }) : void 0;
  return { output, module, report, decision, warnings, ...deps.wasmOpt ? { wasmOpt: wasmOptRecord(deps.wasmOpt) } : {}, ...aot ? { aot } : {} };
}
__name(compile, "compile");

// src/pipeline/store.ts
async function store2(graph, layout, entries) {
  let target = new LayoutTarget(layout);
  await transaction(target, () => copyGraph(graph, target, entries, {}));
  let inLayout = /* @__PURE__ */ __name((node) => rebase(node, layout), "inLayout");
  return { ...graph, image: inLayout(graph.image), companions: graph.companions.map((c) => ({ ...c, image: inLayout(c.image) })), referrers: graph.referrers.map(inLayout) };
}
__name(store2, "store");
function storedImage(graph, built) {
  let [config, ...layers] = graph.image.children;
  return { manifest: graph.image, config: { ...config, bytes: built.config.bytes }, layers };
}
__name(storedImage, "storedImage");
function rebase(node, layout) {
  return isManifestNode(node) ? { ...node, children: node.children.map((c) => rebase(c, layout)) } : "bytes" in node ? node : fileBlob(node.descriptor, blobPath(layout, node.descriptor.digest));
}
__name(rebase, "rebase");

// src/pipeline/timestamp.ts
function imageTimestamp(flag, env, commitTime2) {
  if (flag !== void 0) return checkEpoch(String(flag), "--timestamp");
  let fromEnv = env.SOURCE_DATE_EPOCH;
  return fromEnv !== void 0 && fromEnv !== "" ? checkEpoch(fromEnv, "SOURCE_DATE_EPOCH") : commitTime2 ?? 0;
}
__name(imageTimestamp, "imageTimestamp");
function checkEpoch(value, what) {
  if (!/^\d{1,11}$/.test(value.trim()))
    throw new WasmpackError("BAD_TIMESTAMP", `${what} must be whole seconds since 1970-01-01 UTC, got "${value}"`, "for example --timestamp 0 or SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)");
  return Number(value);
}
__name(checkEpoch, "checkEpoch");
async function commitTime(dir, env, runner = runProcess) {
  return (await gitInfo(runner, dir, env)).commitTime;
}
__name(commitTime, "commitTime");

// src/pipeline/up-to-date.ts
import { createHash } from "node:crypto";
import { readdir as readdir4, stat as stat5 } from "node:fs/promises";
import { join as join13, relative as relative2 } from "node:path";
var TOOLS = ["clang", "clang-14", "clang-15", "clang-16", "clang-17", "clang-18", "clang-19", "wasm-ld", "rustc", "cargo", "go", "tinygo"], FIXED_TOOLS = ["/usr/bin/rustc", "/usr/bin/cargo", "/usr/lib/go-1.21/bin/go", "/usr/lib/go-1.22/bin/go", "/usr/lib/go-1.23/bin/go"], TOOL_ENV = /^(PATH|SOURCE_DATE_EPOCH|CC|CFLAGS|LDFLAGS|RUST\w*|CARGO\w*|GO\w*|TINYGO\w*|WASI_SDK_PATH|WAMRC)$/;
async function buildFingerprint(input) {
  let hash = createHash("sha256"), add = /* @__PURE__ */ __name((...parts) => hash.update(`${JSON.stringify(parts)}
`), "add"), inputs = { files: [], tools: [...input.tools ?? []] };
  add("wasmpack", packageVersion()), add("settings", input.settings), add("git", input.git.revision ?? null, input.git.commitTime ?? null);
  for (let tool of inputs.tools) add("step", tool);
  if (add("epoch", input.env.SOURCE_DATE_EPOCH ?? null), input.prebuilt !== void 0)
    return inputs.files.push(input.prebuilt), add("module", input.prebuilt, ...await sizeAndMtime(input.prebuilt)), { digest: `sha256:${hash.digest("hex")}`, inputs };
  for (let key of Object.keys(input.env).filter((k) => TOOL_ENV.test(k)).sort()) add("env", key, input.env[key]);
  let compilers = [...await Promise.all(TOOLS.map((t) => findOnPath(t, input.env))), ...FIXED_TOOLS];
  for (let tool of compilers) {
    if (!tool) continue;
    let at = await mtime(tool);
    at !== null && inputs.tools.push(tool), add("tool", tool, at);
  }
  for (let file of await projectFiles(input.dir)) {
    let path = relative2(input.dir, file);
    inputs.files.push(path), add("file", path, ...await sizeAndMtime(file));
  }
  return { digest: `sha256:${hash.digest("hex")}`, inputs };
}
__name(buildFingerprint, "buildFingerprint");
async function projectFiles(dir) {
  let out = [], walk2 = /* @__PURE__ */ __name(async (at) => {
    let entries = await readdir4(at, { withFileTypes: !0 }).catch(() => []);
    for (let entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      let path = join13(at, entry.name);
      entry.isDirectory() ? isSkippedDir(entry.name) || await walk2(path) : entry.isFile() && out.push(path);
    }
  }, "walk");
  return await walk2(dir), out;
}
__name(projectFiles, "projectFiles");
async function sizeAndMtime(path) {
  let info = await stat5(path).catch(() => {
  });
  return info ? [info.size, info.mtimeMs] : [null];
}
__name(sizeAndMtime, "sizeAndMtime");
async function mtime(path) {
  return (await stat5(path).catch(() => {
  }))?.mtimeMs ?? null;
}
__name(mtime, "mtime");

// src/pipeline/build.ts
async function buildProject(request, options) {
  let deps = { ...options, runner: options.runner ?? runProcess }, plan = await planBuild(request), { dir, config } = plan, gitPending = gitInfo(deps.runner, dir, deps.env), wasmOpt = plan.wasmOpt ? await findWasmOpt(plan.wasmOpt, deps.runner, deps.env) : void 0, fingerprint = config.aot?.enabled ? void 0 : await buildFingerprint({
    dir,
    settings: { config, language: plan.language, release: plan.release, timestamp: plan.timestamp ?? null },
    ...plan.language === "wasm" ? { prebuilt: plan.wasm } : {},
    tools: wasmOpt ? [wasmOptRecord(wasmOpt)] : [],
    env: deps.env,
    git: await gitPending
  });
  if (fingerprint && request.cache !== !1) {
    let current = await lastBuildIfCurrent(plan, fingerprint);
    if (current)
      return deps.reporter.succeed(`up to date: image ${current.localTag}@${current.digest} (sources, config and toolchain unchanged since the last build; --no-cache builds anyway)`), current;
  }
  let workDir = await mkdtemp(join14(tmpdir(), "wasmpack-build-"));
  try {
    let compiled = await compile(plan, { runner: deps.runner, reporter: deps.reporter, env: deps.env, workDir, ...deps.signal ? { signal: deps.signal } : {}, ...wasmOpt ? { wasmOpt } : {} }), { output } = compiled, git = await gitPending, timestamp = imageTimestamp(plan.timestamp, deps.env, git.commitTime), entries = plan.tags.length ? plan.tags.map((t) => t.text) : [`${output.name}:${DEFAULT_TAG}`];
    deps.reporter.step(`assembling ${compiled.decision.format} image`);
    let assembled = await assemble({ compiled, config, git, timestamp, reference: entries[0], scratch: /* @__PURE__ */ __name((name) => scratchSink(join14(workDir, name)), "scratch") }), layout = layoutDir(dir), graph = await store2(assembled.graph, layout, entries), found = { name: output.name, format: compiled.decision.format, toolchain: output.toolchain, timestamp, warnings: compiled.warnings, module: { size: compiled.module.size, unstrippedSize: compiled.report.size, report: compiled.report }, ...compiled.wasmOpt ? { wasmOpt: compiled.wasmOpt } : {} };
    return await saveLastBuild(dir, { ref: entries[0], tags: plan.tags.map((t) => t.text), companions: graph.companions.map((c) => c.suffix), ...fingerprint ? { fingerprint: fingerprint.digest, found } : {} }), assembled.aot && deps.reporter.succeed(`AOT images: ${aotTags(plan, graph).join(", ") || "none"}${graph.referrers.length ? ` + ${graph.referrers.length} referrer` : ""}`), deps.reporter.succeed(`image ${entries[0]}@${graph.image.descriptor.digest}`), {
      ...resultOf(plan, found, graph, storedImage(graph, assembled.image), entries[0], fingerprint),
      ...compiled.aot && assembled.aot ? { aot: { results: compiled.aot, images: assembled.aot } } : {}
    };
  } finally {
    await rm(workDir, { recursive: !0, force: !0 });
  }
}
__name(buildProject, "buildProject");
function resultOf(plan, found, graph, image, localTag, fingerprint) {
  return {
    projectDir: plan.dir,
    name: found.name,
    digest: graph.image.descriptor.digest,
    layout: layoutDir(plan.dir),
    localTag,
    tags: plan.tags,
    aotTags: aotTags(plan, graph),
    format: found.format,
    image,
    graph,
    module: found.module,
    toolchain: found.toolchain,
    timestamp: found.timestamp,
    warnings: found.warnings,
    ...found.wasmOpt ? { wasmOpt: found.wasmOpt } : {},
    ...fingerprint ? { fingerprint: fingerprint.inputs } : {}
  };
}
__name(resultOf, "resultOf");
function aotTags(plan, graph) {
  let tags = plan.tags.length ? plan.tags : void 0;
  return graph.companions.flatMap((c) => tags ? tags.map((t) => withTagSuffix(t, c.suffix, "AOT_BAD_TAG").tag) : [`${DEFAULT_TAG}${c.suffix}`]);
}
__name(aotTags, "aotTags");
async function lastBuildIfCurrent(plan, fingerprint) {
  let record = await readLastBuildRecord(plan.dir);
  if (record?.fingerprint !== fingerprint.digest || !record.found) return;
  let last = await openLastBuild(plan.dir, record).catch(() => {
  });
  if (!last) return;
  let [config] = last.graph.image.children, image = storedImage(last.graph, { config: { ...config, bytes: await collect(config.open()) } });
  return { ...resultOf(plan, record.found, last.graph, image, last.ref, fingerprint), upToDate: !0 };
}
__name(lastBuildIfCurrent, "lastBuildIfCurrent");

export {
  CONFIG_FILE,
  commitTime,
  buildProject
};
/*! For license information please see chunk-Q4ZJAMNE.js.LEGAL.txt */
