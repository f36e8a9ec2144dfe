import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  findOnPath
} from "./shared-process-exec.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";

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
  return (await import("./config-generated-wasmpack-schema.validator.js")).validate;
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
  let json = await loadJsonConfig(join(dir, CONFIG_FILE), !1);
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
  let file = join(dir, "Cargo.toml"), text;
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
import { join as join3 } from "node:path";

// src/toolchains/sources.ts
import { readdir } from "node:fs/promises";
import { join as join2, posix } from "node:path";
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
async function walk(root, relative2, into) {
  let entries = await readdir(join2(root, relative2), { withFileTypes: !0 });
  for (let entry of entries) {
    let path = relative2 ? `${relative2}/${entry.name}` : entry.name;
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
    if (entry.isDirectory() && !isSkippedDir(entry.name) && await hasCSources(join3(dir, entry.name), depth + 1))
      return !0;
  return !1;
}
__name(hasCSources, "hasCSources");

// src/toolchains/c/toolchain.ts
import { isAbsolute, join as join4 } from "node:path";
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
  let cc = join4(root, "bin", "clang"), sysroot = join4(root, "share", "wasi-sysroot"), missing = [];
  if (await files.exists(cc) || missing.push(cc), await files.isDirectory(sysroot) || missing.push(sysroot), missing.length > 0)
    throw new WasmpackError(
      "C_TOOLCHAIN_MISSING",
      `WASI_SDK_PATH is set to ${root}, but ${missing.join(" and ")} ${missing.length > 1 ? "do" : "does"} not exist.`,
      "point WASI_SDK_PATH at an unpacked wasi-sdk release (it has bin/clang and share/wasi-sysroot), or unset it to use Debian's clang"
    );
  let target = await files.isDirectory(join4(sysroot, "lib", "wasm32-wasip1")) ? "wasm32-wasip1" : "wasm32-wasi";
  return { kind: "wasi-sdk", cc, targetFlags: [`--target=${target}`, `--sysroot=${sysroot}`], description: `wasi-sdk clang ${target} (${root})` };
}
__name(wasiSdk, "wasiSdk");
async function findDebianClang(env, runner, files, problems) {
  let names = [...DEBIAN_CLANG_VERSIONS.map((v) => `clang-${v}`), "clang"], hasWasiLibc = await files.exists(join4(DEBIAN_WASI_INCLUDE, "stdio.h"));
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
    ...(config.includeDirs ?? []).map((d) => `-I${isAbsolute(d) ? d : join4(request.dir, d)}`),
    ...config.cflags ?? [],
    ...request.sources,
    "-o",
    request.output,
    ...config.ldflags ?? []
  ];
}
__name(clangArguments, "clangArguments");

// src/toolchains/files.ts
import { access, constants, stat } from "node:fs/promises";
var realFiles = {
  exists: /* @__PURE__ */ __name((path) => access(path, constants.F_OK).then(() => !0, () => !1), "exists"),
  isDirectory: /* @__PURE__ */ __name((path) => stat(path).then((s) => s.isDirectory(), () => !1), "isDirectory")
};

// src/toolchains/go/toolchain.ts
import { access as access2, constants as constants2, readdir as readdir3, readFile as readFile2 } from "node:fs/promises";
import { join as join5 } from "node:path";
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
  onPath && found.push(onPath), env.GOROOT && found.push(join5(env.GOROOT, "bin", "go"));
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

// src/toolchains/rust/toolchain.ts
import { join as join6 } from "node:path";
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
  return info.known.has(target) && await files.isDirectory(join6(info.sysroot, "lib", "rustlib", target, "lib"));
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
  let inSysroot = join6(info.sysroot, "bin", "rustc"), rustc = info.keepPath ? info.rustc : await files.exists(inSysroot) ? inSysroot : info.rustc, sysrootCargo = join6(info.sysroot, "bin", "cargo"), cargo = info.cargo ?? (await files.exists(sysrootCargo) ? sysrootCargo : await findOnPath("cargo", env) ?? "cargo");
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

export {
  parse,
  CONFIG_FILE,
  loadConfig,
  isSkippedDir,
  findSources,
  DEFAULT_C_SOURCES,
  detectLanguage,
  DEBIAN_CLANG_VERSIONS,
  findCToolchain,
  clangArguments,
  realFiles,
  GO_MIN_VERSION,
  TINYGO_WASIP1_VERSION,
  realGoHost,
  parseGoVersion,
  parseTinyGoVersion,
  compareVersions,
  formatVersion,
  findTinyGo,
  goCandidates,
  chooseGoToolchain,
  DEBIAN_RUST,
  findRustToolchain,
  parseCargoMessages,
  pickBinary,
  offlineRegistryHint,
  oldCargoHint,
  isNetworkFailure
};
/*! For license information please see shared-toolchains-rust-toolchain.js.LEGAL.txt */
