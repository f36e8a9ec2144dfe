import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __commonJS,
  __name,
  __require
} from "./shared-runtime.js";

// node_modules/clipanion/lib/constants.js
var require_constants = __commonJS({
  "node_modules/clipanion/lib/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var NODE_INITIAL = 0, NODE_SUCCESS = 1, NODE_ERRORED = 2, START_OF_INPUT = "", END_OF_INPUT = "\0", HELP_COMMAND_INDEX = -1, HELP_REGEX = /^(-h|--help)(?:=([0-9]+))?$/, OPTION_REGEX = /^(--[a-z]+(?:-[a-z]+)*|-[a-zA-Z]+)$/, BATCH_REGEX = /^-[a-zA-Z]{2,}$/, BINDING_REGEX = /^([^=]+)=([\s\S]*)$/, DEBUG = process.env.DEBUG_CLI === "1";
    exports.BATCH_REGEX = BATCH_REGEX;
    exports.BINDING_REGEX = BINDING_REGEX;
    exports.DEBUG = DEBUG;
    exports.END_OF_INPUT = END_OF_INPUT;
    exports.HELP_COMMAND_INDEX = HELP_COMMAND_INDEX;
    exports.HELP_REGEX = HELP_REGEX;
    exports.NODE_ERRORED = NODE_ERRORED;
    exports.NODE_INITIAL = NODE_INITIAL;
    exports.NODE_SUCCESS = NODE_SUCCESS;
    exports.OPTION_REGEX = OPTION_REGEX;
    exports.START_OF_INPUT = START_OF_INPUT;
  }
});

// node_modules/clipanion/lib/errors.js
var require_errors = __commonJS({
  "node_modules/clipanion/lib/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var constants = require_constants(), UsageError = class extends Error {
      static {
        __name(this, "UsageError");
      }
      constructor(message) {
        super(message), this.clipanion = { type: "usage" }, this.name = "UsageError";
      }
    }, UnknownSyntaxError = class extends Error {
      static {
        __name(this, "UnknownSyntaxError");
      }
      constructor(input, candidates) {
        if (super(), this.input = input, this.candidates = candidates, this.clipanion = { type: "none" }, this.name = "UnknownSyntaxError", this.candidates.length === 0)
          this.message = "Command not found, but we're not sure what's the alternative.";
        else if (this.candidates.every((candidate) => candidate.reason !== null && candidate.reason === candidates[0].reason)) {
          let [{ reason }] = this.candidates;
          this.message = `${reason}

${this.candidates.map(({ usage }) => `$ ${usage}`).join(`
`)}`;
        } else if (this.candidates.length === 1) {
          let [{ usage }] = this.candidates;
          this.message = `Command not found; did you mean:

$ ${usage}
${whileRunning(input)}`;
        } else
          this.message = `Command not found; did you mean one of:

${this.candidates.map(({ usage }, index) => `${`${index}.`.padStart(4)} ${usage}`).join(`
`)}

${whileRunning(input)}`;
      }
    }, AmbiguousSyntaxError = class extends Error {
      static {
        __name(this, "AmbiguousSyntaxError");
      }
      constructor(input, usages) {
        super(), this.input = input, this.usages = usages, this.clipanion = { type: "none" }, this.name = "AmbiguousSyntaxError", this.message = `Cannot find which to pick amongst the following alternatives:

${this.usages.map((usage, index) => `${`${index}.`.padStart(4)} ${usage}`).join(`
`)}

${whileRunning(input)}`;
      }
    }, whileRunning = /* @__PURE__ */ __name((input) => `While running ${input.filter((token) => token !== constants.END_OF_INPUT).map((token) => {
      let json = JSON.stringify(token);
      return token.match(/\s/) || token.length === 0 || json !== `"${token}"` ? json : token;
    }).join(" ")}`, "whileRunning");
    exports.AmbiguousSyntaxError = AmbiguousSyntaxError;
    exports.UnknownSyntaxError = UnknownSyntaxError;
    exports.UsageError = UsageError;
  }
});

// node_modules/clipanion/lib/format.js
var require_format = __commonJS({
  "node_modules/clipanion/lib/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var MAX_LINE_LENGTH = 80, richLine = Array(MAX_LINE_LENGTH).fill("\u2501");
    for (let t = 0; t <= 24; ++t)
      richLine[richLine.length - t] = `\x1B[38;5;${232 + t}m\u2501`;
    var richFormat = {
      header: /* @__PURE__ */ __name((str) => `\x1B[1m\u2501\u2501\u2501 ${str}${str.length < MAX_LINE_LENGTH - 5 ? ` ${richLine.slice(str.length + 5).join("")}` : ":"}\x1B[0m`, "header"),
      bold: /* @__PURE__ */ __name((str) => `\x1B[1m${str}\x1B[22m`, "bold"),
      error: /* @__PURE__ */ __name((str) => `\x1B[31m\x1B[1m${str}\x1B[22m\x1B[39m`, "error"),
      code: /* @__PURE__ */ __name((str) => `\x1B[36m${str}\x1B[39m`, "code")
    }, textFormat = {
      header: /* @__PURE__ */ __name((str) => str, "header"),
      bold: /* @__PURE__ */ __name((str) => str, "bold"),
      error: /* @__PURE__ */ __name((str) => str, "error"),
      code: /* @__PURE__ */ __name((str) => str, "code")
    };
    function dedent(text) {
      let lines = text.split(`
`), nonEmptyLines = lines.filter((line) => line.match(/\S/)), indent = nonEmptyLines.length > 0 ? nonEmptyLines.reduce((minLength, line) => Math.min(minLength, line.length - line.trimStart().length), Number.MAX_VALUE) : 0;
      return lines.map((line) => line.slice(indent).trimRight()).join(`
`);
    }
    __name(dedent, "dedent");
    function formatMarkdownish(text, { format, paragraphs }) {
      return text = text.replace(/\r\n?/g, `
`), text = dedent(text), text = text.replace(/^\n+|\n+$/g, ""), text = text.replace(/^(\s*)-([^\n]*?)\n+/gm, `$1-$2

`), text = text.replace(/\n(\n)?\n*/g, ($0, $1) => $1 || " "), paragraphs && (text = text.split(/\n/).map((paragraph) => {
        let bulletMatch = paragraph.match(/^\s*[*-][\t ]+(.*)/);
        if (!bulletMatch)
          return paragraph.match(/(.{1,80})(?: |$)/g).join(`
`);
        let indent = paragraph.length - paragraph.trimStart().length;
        return bulletMatch[1].match(new RegExp(`(.{1,${78 - indent}})(?: |$)`, "g")).map((line, index) => " ".repeat(indent) + (index === 0 ? "- " : "  ") + line).join(`
`);
      }).join(`

`)), text = text.replace(/(`+)((?:.|[\n])*?)\1/g, ($0, $1, $2) => format.code($1 + $2 + $1)), text = text.replace(/(\*\*)((?:.|[\n])*?)\1/g, ($0, $1, $2) => format.bold($1 + $2 + $1)), text ? `${text}
` : "";
    }
    __name(formatMarkdownish, "formatMarkdownish");
    exports.formatMarkdownish = formatMarkdownish;
    exports.richFormat = richFormat;
    exports.textFormat = textFormat;
  }
});

// node_modules/clipanion/lib/advanced/options/utils.js
var require_utils = __commonJS({
  "node_modules/clipanion/lib/advanced/options/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var errors = require_errors(), isOptionSymbol = /* @__PURE__ */ Symbol("clipanion/isOption");
    function makeCommandOption(spec) {
      return { ...spec, [isOptionSymbol]: !0 };
    }
    __name(makeCommandOption, "makeCommandOption");
    function rerouteArguments(a, b) {
      return typeof a > "u" ? [a, b] : typeof a == "object" && a !== null && !Array.isArray(a) ? [void 0, a] : [a, b];
    }
    __name(rerouteArguments, "rerouteArguments");
    function cleanValidationError(message, { mergeName = !1 } = {}) {
      let match = message.match(/^([^:]+): (.*)$/m);
      if (!match)
        return "validation failed";
      let [, path, line] = match;
      return mergeName && (line = line[0].toLowerCase() + line.slice(1)), line = path !== "." || !mergeName ? `${path.replace(/^\.(\[|$)/, "$1")}: ${line}` : `: ${line}`, line;
    }
    __name(cleanValidationError, "cleanValidationError");
    function formatError(message, errors$1) {
      return errors$1.length === 1 ? new errors.UsageError(`${message}${cleanValidationError(errors$1[0], { mergeName: !0 })}`) : new errors.UsageError(`${message}:
${errors$1.map((error) => `
- ${cleanValidationError(error)}`).join("")}`);
    }
    __name(formatError, "formatError");
    function applyValidator(name, value, validator) {
      if (typeof validator > "u")
        return value;
      let errors2 = [], coercions = [], coercion = /* @__PURE__ */ __name((v) => {
        let orig = value;
        return value = v, coercion.bind(null, orig);
      }, "coercion");
      if (!validator(value, { errors: errors2, coercions, coercion }))
        throw formatError(`Invalid value for ${name}`, errors2);
      for (let [, op] of coercions)
        op();
      return value;
    }
    __name(applyValidator, "applyValidator");
    exports.applyValidator = applyValidator;
    exports.cleanValidationError = cleanValidationError;
    exports.formatError = formatError;
    exports.isOptionSymbol = isOptionSymbol;
    exports.makeCommandOption = makeCommandOption;
    exports.rerouteArguments = rerouteArguments;
  }
});

// node_modules/typanion/lib/index.js
var require_lib = __commonJS({
  "node_modules/typanion/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var simpleKeyRegExp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    function getPrintable(value) {
      return value === null ? "null" : value === void 0 ? "undefined" : value === "" ? "an empty string" : typeof value == "symbol" ? `<${value.toString()}>` : Array.isArray(value) ? "an array" : JSON.stringify(value);
    }
    __name(getPrintable, "getPrintable");
    function getPrintableArray(value, conjunction) {
      if (value.length === 0)
        return "nothing";
      if (value.length === 1)
        return getPrintable(value[0]);
      let rest = value.slice(0, -1), trailing = value[value.length - 1], separator = value.length > 2 ? `, ${conjunction} ` : ` ${conjunction} `;
      return `${rest.map((value2) => getPrintable(value2)).join(", ")}${separator}${getPrintable(trailing)}`;
    }
    __name(getPrintableArray, "getPrintableArray");
    function computeKey(state, key) {
      var _a, _b, _c;
      return typeof key == "number" ? `${(_a = state?.p) !== null && _a !== void 0 ? _a : "."}[${key}]` : simpleKeyRegExp.test(key) ? `${(_b = state?.p) !== null && _b !== void 0 ? _b : ""}.${key}` : `${(_c = state?.p) !== null && _c !== void 0 ? _c : "."}[${JSON.stringify(key)}]`;
    }
    __name(computeKey, "computeKey");
    function plural(n, singular, plural2) {
      return n === 1 ? singular : plural2;
    }
    __name(plural, "plural");
    var colorStringRegExp = /^#[0-9a-f]{6}$/i, colorStringAlphaRegExp = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i, base64RegExp = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, uuid4RegExp = /^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}$/i, iso8601RegExp = /^(?:[1-9]\d{3}(-?)(?:(?:0[1-9]|1[0-2])\1(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])\1(?:29|30)|(?:0[13578]|1[02])(?:\1)31|00[1-9]|0[1-9]\d|[12]\d{2}|3(?:[0-5]\d|6[0-5]))|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)(?:(-?)02(?:\2)29|-?366))T(?:[01]\d|2[0-3])(:?)[0-5]\d(?:\3[0-5]\d)?(?:Z|[+-][01]\d(?:\3[0-5]\d)?)$/;
    function pushError({ errors, p } = {}, message) {
      return errors?.push(`${p ?? "."}: ${message}`), !1;
    }
    __name(pushError, "pushError");
    function makeSetter(target, key) {
      return (v) => {
        target[key] = v;
      };
    }
    __name(makeSetter, "makeSetter");
    function makeCoercionFn(target, key) {
      return (v) => {
        let previous = target[key];
        return target[key] = v, makeCoercionFn(target, key).bind(null, previous);
      };
    }
    __name(makeCoercionFn, "makeCoercionFn");
    function makeLazyCoercionFn(fn2, orig, generator) {
      let commit = /* @__PURE__ */ __name(() => (fn2(generator()), revert), "commit"), revert = /* @__PURE__ */ __name(() => (fn2(orig), commit), "revert");
      return commit;
    }
    __name(makeLazyCoercionFn, "makeLazyCoercionFn");
    function isUnknown() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => !0, "test")
      });
    }
    __name(isUnknown, "isUnknown");
    function isLiteral(expected) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value !== expected ? pushError(state, `Expected ${getPrintable(expected)} (got ${getPrintable(value)})`) : !0, "test")
      });
    }
    __name(isLiteral, "isLiteral");
    function isString() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => typeof value != "string" ? pushError(state, `Expected a string (got ${getPrintable(value)})`) : !0, "test")
      });
    }
    __name(isString, "isString");
    function isEnum(enumSpec) {
      let valuesArray = Array.isArray(enumSpec) ? enumSpec : Object.values(enumSpec), isAlphaNum = valuesArray.every((item) => typeof item == "string" || typeof item == "number"), values = new Set(valuesArray);
      return values.size === 1 ? isLiteral([...values][0]) : makeValidator({
        test: /* @__PURE__ */ __name((value, state) => values.has(value) ? !0 : isAlphaNum ? pushError(state, `Expected one of ${getPrintableArray(valuesArray, "or")} (got ${getPrintable(value)})`) : pushError(state, `Expected a valid enumeration value (got ${getPrintable(value)})`), "test")
      });
    }
    __name(isEnum, "isEnum");
    var BOOLEAN_COERCIONS = /* @__PURE__ */ new Map([
      ["true", !0],
      ["True", !0],
      ["1", !0],
      [1, !0],
      ["false", !1],
      ["False", !1],
      ["0", !1],
      [0, !1]
    ]);
    function isBoolean() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (typeof value != "boolean") {
            if (typeof state?.coercions < "u") {
              if (typeof state?.coercion > "u")
                return pushError(state, "Unbound coercion result");
              let coercion = BOOLEAN_COERCIONS.get(value);
              if (typeof coercion < "u")
                return state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, coercion)]), !0;
            }
            return pushError(state, `Expected a boolean (got ${getPrintable(value)})`);
          }
          return !0;
        }, "test")
      });
    }
    __name(isBoolean, "isBoolean");
    function isNumber() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (typeof value != "number") {
            if (typeof state?.coercions < "u") {
              if (typeof state?.coercion > "u")
                return pushError(state, "Unbound coercion result");
              let coercion;
              if (typeof value == "string") {
                let val;
                try {
                  val = JSON.parse(value);
                } catch {
                }
                if (typeof val == "number")
                  if (JSON.stringify(val) === value)
                    coercion = val;
                  else
                    return pushError(state, `Received a number that can't be safely represented by the runtime (${value})`);
              }
              if (typeof coercion < "u")
                return state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, coercion)]), !0;
            }
            return pushError(state, `Expected a number (got ${getPrintable(value)})`);
          }
          return !0;
        }, "test")
      });
    }
    __name(isNumber, "isNumber");
    function isPayload(spec) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (typeof state?.coercions > "u")
            return pushError(state, "The isPayload predicate can only be used with coercion enabled");
          if (typeof state.coercion > "u")
            return pushError(state, "Unbound coercion result");
          if (typeof value != "string")
            return pushError(state, `Expected a string (got ${getPrintable(value)})`);
          let inner;
          try {
            inner = JSON.parse(value);
          } catch {
            return pushError(state, `Expected a JSON string (got ${getPrintable(value)})`);
          }
          let wrapper = { value: inner };
          return spec(inner, Object.assign(Object.assign({}, state), { coercion: makeCoercionFn(wrapper, "value") })) ? (state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, wrapper.value)]), !0) : !1;
        }, "test")
      });
    }
    __name(isPayload, "isPayload");
    function isDate() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (!(value instanceof Date)) {
            if (typeof state?.coercions < "u") {
              if (typeof state?.coercion > "u")
                return pushError(state, "Unbound coercion result");
              let coercion;
              if (typeof value == "string" && iso8601RegExp.test(value))
                coercion = new Date(value);
              else {
                let timestamp;
                if (typeof value == "string") {
                  let val;
                  try {
                    val = JSON.parse(value);
                  } catch {
                  }
                  typeof val == "number" && (timestamp = val);
                } else typeof value == "number" && (timestamp = value);
                if (typeof timestamp < "u")
                  if (Number.isSafeInteger(timestamp) || !Number.isSafeInteger(timestamp * 1e3))
                    coercion = new Date(timestamp * 1e3);
                  else
                    return pushError(state, `Received a timestamp that can't be safely represented by the runtime (${value})`);
              }
              if (typeof coercion < "u")
                return state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, coercion)]), !0;
            }
            return pushError(state, `Expected a date (got ${getPrintable(value)})`);
          }
          return !0;
        }, "test")
      });
    }
    __name(isDate, "isDate");
    function isArray(spec, { delimiter } = {}) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          let originalValue = value;
          if (typeof value == "string" && typeof delimiter < "u" && typeof state?.coercions < "u") {
            if (typeof state?.coercion > "u")
              return pushError(state, "Unbound coercion result");
            value = value.split(delimiter);
          }
          if (!Array.isArray(value))
            return pushError(state, `Expected an array (got ${getPrintable(value)})`);
          let valid = !0;
          for (let t = 0, T = value.length; t < T && (valid = spec(value[t], Object.assign(Object.assign({}, state), { p: computeKey(state, t), coercion: makeCoercionFn(value, t) })) && valid, !(!valid && state?.errors == null)); ++t)
            ;
          return value !== originalValue && state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, value)]), valid;
        }, "test")
      });
    }
    __name(isArray, "isArray");
    function isSet(spec, { delimiter } = {}) {
      let isArrayValidator = isArray(spec, { delimiter });
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a, _b;
          if (Object.getPrototypeOf(value).toString() === "[object Set]")
            if (typeof state?.coercions < "u") {
              if (typeof state?.coercion > "u")
                return pushError(state, "Unbound coercion result");
              let originalValues = [...value], coercedValues = [...value];
              if (!isArrayValidator(coercedValues, Object.assign(Object.assign({}, state), { coercion: void 0 })))
                return !1;
              let updateValue = /* @__PURE__ */ __name(() => coercedValues.some((val, t) => val !== originalValues[t]) ? new Set(coercedValues) : value, "updateValue");
              return state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", makeLazyCoercionFn(state.coercion, value, updateValue)]), !0;
            } else {
              let valid = !0;
              for (let subValue of value)
                if (valid = spec(subValue, Object.assign({}, state)) && valid, !valid && state?.errors == null)
                  break;
              return valid;
            }
          if (typeof state?.coercions < "u") {
            if (typeof state?.coercion > "u")
              return pushError(state, "Unbound coercion result");
            let store = { value };
            return isArrayValidator(value, Object.assign(Object.assign({}, state), { coercion: makeCoercionFn(store, "value") })) ? (state.coercions.push([(_b = state.p) !== null && _b !== void 0 ? _b : ".", makeLazyCoercionFn(state.coercion, value, () => new Set(store.value))]), !0) : !1;
          }
          return pushError(state, `Expected a set (got ${getPrintable(value)})`);
        }, "test")
      });
    }
    __name(isSet, "isSet");
    function isMap(keySpec, valueSpec) {
      let isArrayValidator = isArray(isTuple([keySpec, valueSpec])), isRecordValidator = isRecord(valueSpec, { keys: keySpec });
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a, _b, _c;
          if (Object.getPrototypeOf(value).toString() === "[object Map]")
            if (typeof state?.coercions < "u") {
              if (typeof state?.coercion > "u")
                return pushError(state, "Unbound coercion result");
              let originalValues = [...value], coercedValues = [...value];
              if (!isArrayValidator(coercedValues, Object.assign(Object.assign({}, state), { coercion: void 0 })))
                return !1;
              let updateValue = /* @__PURE__ */ __name(() => coercedValues.some((val, t) => val[0] !== originalValues[t][0] || val[1] !== originalValues[t][1]) ? new Map(coercedValues) : value, "updateValue");
              return state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", makeLazyCoercionFn(state.coercion, value, updateValue)]), !0;
            } else {
              let valid = !0;
              for (let [key, subValue] of value)
                if (valid = keySpec(key, Object.assign({}, state)) && valid, !valid && state?.errors == null || (valid = valueSpec(subValue, Object.assign(Object.assign({}, state), { p: computeKey(state, key) })) && valid, !valid && state?.errors == null))
                  break;
              return valid;
            }
          if (typeof state?.coercions < "u") {
            if (typeof state?.coercion > "u")
              return pushError(state, "Unbound coercion result");
            let store = { value };
            return Array.isArray(value) ? isArrayValidator(value, Object.assign(Object.assign({}, state), { coercion: void 0 })) ? (state.coercions.push([(_b = state.p) !== null && _b !== void 0 ? _b : ".", makeLazyCoercionFn(state.coercion, value, () => new Map(store.value))]), !0) : !1 : isRecordValidator(value, Object.assign(Object.assign({}, state), { coercion: makeCoercionFn(store, "value") })) ? (state.coercions.push([(_c = state.p) !== null && _c !== void 0 ? _c : ".", makeLazyCoercionFn(state.coercion, value, () => new Map(Object.entries(store.value)))]), !0) : !1;
          }
          return pushError(state, `Expected a map (got ${getPrintable(value)})`);
        }, "test")
      });
    }
    __name(isMap, "isMap");
    function isTuple(spec, { delimiter } = {}) {
      let lengthValidator = hasExactLength(spec.length);
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (typeof value == "string" && typeof delimiter < "u" && typeof state?.coercions < "u") {
            if (typeof state?.coercion > "u")
              return pushError(state, "Unbound coercion result");
            value = value.split(delimiter), state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, value)]);
          }
          if (!Array.isArray(value))
            return pushError(state, `Expected a tuple (got ${getPrintable(value)})`);
          let valid = lengthValidator(value, Object.assign({}, state));
          for (let t = 0, T = value.length; t < T && t < spec.length && (valid = spec[t](value[t], Object.assign(Object.assign({}, state), { p: computeKey(state, t), coercion: makeCoercionFn(value, t) })) && valid, !(!valid && state?.errors == null)); ++t)
            ;
          return valid;
        }, "test")
      });
    }
    __name(isTuple, "isTuple");
    function isRecord(spec, { keys: keySpec = null } = {}) {
      let isArrayValidator = isArray(isTuple([keySpec ?? isString(), spec]));
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a;
          if (Array.isArray(value) && typeof state?.coercions < "u")
            return typeof state?.coercion > "u" ? pushError(state, "Unbound coercion result") : isArrayValidator(value, Object.assign(Object.assign({}, state), { coercion: void 0 })) ? (value = Object.fromEntries(value), state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, value)]), !0) : !1;
          if (typeof value != "object" || value === null)
            return pushError(state, `Expected an object (got ${getPrintable(value)})`);
          let keys = Object.keys(value), valid = !0;
          for (let t = 0, T = keys.length; t < T && (valid || state?.errors != null); ++t) {
            let key = keys[t], sub = value[key];
            if (key === "__proto__" || key === "constructor") {
              valid = pushError(Object.assign(Object.assign({}, state), { p: computeKey(state, key) }), "Unsafe property name");
              continue;
            }
            if (keySpec !== null && !keySpec(key, state)) {
              valid = !1;
              continue;
            }
            if (!spec(sub, Object.assign(Object.assign({}, state), { p: computeKey(state, key), coercion: makeCoercionFn(value, key) }))) {
              valid = !1;
              continue;
            }
          }
          return valid;
        }, "test")
      });
    }
    __name(isRecord, "isRecord");
    function isDict(spec, opts = {}) {
      return isRecord(spec, opts);
    }
    __name(isDict, "isDict");
    function isObject(props, { extra: extraSpec = null } = {}) {
      let specKeys = Object.keys(props), validator = makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          if (typeof value != "object" || value === null)
            return pushError(state, `Expected an object (got ${getPrintable(value)})`);
          let keys = /* @__PURE__ */ new Set([...specKeys, ...Object.keys(value)]), extra = {}, valid = !0;
          for (let key of keys) {
            if (key === "constructor" || key === "__proto__")
              valid = pushError(Object.assign(Object.assign({}, state), { p: computeKey(state, key) }), "Unsafe property name");
            else {
              let spec = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : void 0, sub = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;
              typeof spec < "u" ? valid = spec(sub, Object.assign(Object.assign({}, state), { p: computeKey(state, key), coercion: makeCoercionFn(value, key) })) && valid : extraSpec === null ? valid = pushError(Object.assign(Object.assign({}, state), { p: computeKey(state, key) }), `Extraneous property (got ${getPrintable(sub)})`) : Object.defineProperty(extra, key, {
                enumerable: !0,
                get: /* @__PURE__ */ __name(() => sub, "get"),
                set: makeSetter(value, key)
              });
            }
            if (!valid && state?.errors == null)
              break;
          }
          return extraSpec !== null && (valid || state?.errors != null) && (valid = extraSpec(extra, state) && valid), valid;
        }, "test")
      });
      return Object.assign(validator, {
        properties: props
      });
    }
    __name(isObject, "isObject");
    function isPartial(props) {
      return isObject(props, { extra: isRecord(isUnknown()) });
    }
    __name(isPartial, "isPartial");
    var isInstanceOf = /* @__PURE__ */ __name((constructor) => makeValidator({
      test: /* @__PURE__ */ __name((value, state) => value instanceof constructor ? !0 : pushError(state, `Expected an instance of ${constructor.name} (got ${getPrintable(value)})`), "test")
    }), "isInstanceOf"), isOneOf = /* @__PURE__ */ __name((specs, { exclusive = !1 } = {}) => makeValidator({
      test: /* @__PURE__ */ __name((value, state) => {
        var _a, _b, _c;
        let matches = [], errorBuffer = typeof state?.errors < "u" ? [] : void 0;
        for (let t = 0, T = specs.length; t < T; ++t) {
          let subErrors = typeof state?.errors < "u" ? [] : void 0, subCoercions = typeof state?.coercions < "u" ? [] : void 0;
          if (specs[t](value, Object.assign(Object.assign({}, state), { errors: subErrors, coercions: subCoercions, p: `${(_a = state?.p) !== null && _a !== void 0 ? _a : "."}#${t + 1}` }))) {
            if (matches.push([`#${t + 1}`, subCoercions]), !exclusive)
              break;
          } else
            errorBuffer?.push(subErrors[0]);
        }
        if (matches.length === 1) {
          let [, subCoercions] = matches[0];
          return typeof subCoercions < "u" && ((_b = state?.coercions) === null || _b === void 0 || _b.push(...subCoercions)), !0;
        }
        return matches.length > 1 ? pushError(state, `Expected to match exactly a single predicate (matched ${matches.join(", ")})`) : (_c = state?.errors) === null || _c === void 0 || _c.push(...errorBuffer), !1;
      }, "test")
    }), "isOneOf");
    function makeTrait(value) {
      return () => value;
    }
    __name(makeTrait, "makeTrait");
    function makeValidator({ test }) {
      return makeTrait(test)();
    }
    __name(makeValidator, "makeValidator");
    var TypeAssertionError = class extends Error {
      static {
        __name(this, "TypeAssertionError");
      }
      constructor({ errors } = {}) {
        let errorMessage = "Type mismatch";
        if (errors && errors.length > 0) {
          errorMessage += `
`;
          for (let error of errors)
            errorMessage += `
- ${error}`;
        }
        super(errorMessage);
      }
    };
    function assert(val, validator) {
      if (!validator(val))
        throw new TypeAssertionError();
    }
    __name(assert, "assert");
    function assertWithErrors(val, validator) {
      let errors = [];
      if (!validator(val, { errors }))
        throw new TypeAssertionError({ errors });
    }
    __name(assertWithErrors, "assertWithErrors");
    function softAssert(val, validator) {
    }
    __name(softAssert, "softAssert");
    function as(value, validator, { coerce = !1, errors: storeErrors, throw: throws } = {}) {
      let errors = storeErrors ? [] : void 0;
      if (!coerce) {
        if (validator(value, { errors }))
          return throws ? value : { value, errors: void 0 };
        if (throws)
          throw new TypeAssertionError({ errors });
        return { value: void 0, errors: errors ?? !0 };
      }
      let state = { value }, coercion = makeCoercionFn(state, "value"), coercions = [];
      if (!validator(value, { errors, coercion, coercions })) {
        if (throws)
          throw new TypeAssertionError({ errors });
        return { value: void 0, errors: errors ?? !0 };
      }
      for (let [, apply] of coercions)
        apply();
      return throws ? state.value : { value: state.value, errors: void 0 };
    }
    __name(as, "as");
    function fn(validators, fn2) {
      let isValidArgList = isTuple(validators);
      return ((...args) => {
        if (!isValidArgList(args))
          throw new TypeAssertionError();
        return fn2(...args);
      });
    }
    __name(fn, "fn");
    function hasMinLength(length) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value.length >= length ? !0 : pushError(state, `Expected to have a length of at least ${length} elements (got ${value.length})`), "test")
      });
    }
    __name(hasMinLength, "hasMinLength");
    function hasMaxLength(length) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value.length <= length ? !0 : pushError(state, `Expected to have a length of at most ${length} elements (got ${value.length})`), "test")
      });
    }
    __name(hasMaxLength, "hasMaxLength");
    function hasExactLength(length) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value.length !== length ? pushError(state, `Expected to have a length of exactly ${length} elements (got ${value.length})`) : !0, "test")
      });
    }
    __name(hasExactLength, "hasExactLength");
    function hasUniqueItems({ map } = {}) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let set = /* @__PURE__ */ new Set(), dup = /* @__PURE__ */ new Set();
          for (let t = 0, T = value.length; t < T; ++t) {
            let sub = value[t], key = typeof map < "u" ? map(sub) : sub;
            if (set.has(key)) {
              if (dup.has(key))
                continue;
              pushError(state, `Expected to contain unique elements; got a duplicate with ${getPrintable(value)}`), dup.add(key);
            } else
              set.add(key);
          }
          return dup.size === 0;
        }, "test")
      });
    }
    __name(hasUniqueItems, "hasUniqueItems");
    function isNegative() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value <= 0 ? !0 : pushError(state, `Expected to be negative (got ${value})`), "test")
      });
    }
    __name(isNegative, "isNegative");
    function isPositive() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value >= 0 ? !0 : pushError(state, `Expected to be positive (got ${value})`), "test")
      });
    }
    __name(isPositive, "isPositive");
    function isAtLeast(n) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value >= n ? !0 : pushError(state, `Expected to be at least ${n} (got ${value})`), "test")
      });
    }
    __name(isAtLeast, "isAtLeast");
    function isAtMost(n) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value <= n ? !0 : pushError(state, `Expected to be at most ${n} (got ${value})`), "test")
      });
    }
    __name(isAtMost, "isAtMost");
    function isInInclusiveRange(a, b) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value >= a && value <= b ? !0 : pushError(state, `Expected to be in the [${a}; ${b}] range (got ${value})`), "test")
      });
    }
    __name(isInInclusiveRange, "isInInclusiveRange");
    function isInExclusiveRange(a, b) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value >= a && value < b ? !0 : pushError(state, `Expected to be in the [${a}; ${b}[ range (got ${value})`), "test")
      });
    }
    __name(isInExclusiveRange, "isInExclusiveRange");
    function isInteger({ unsafe = !1 } = {}) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value !== Math.round(value) ? pushError(state, `Expected to be an integer (got ${value})`) : !unsafe && !Number.isSafeInteger(value) ? pushError(state, `Expected to be a safe integer (got ${value})`) : !0, "test")
      });
    }
    __name(isInteger, "isInteger");
    function matchesRegExp(regExp) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => regExp.test(value) ? !0 : pushError(state, `Expected to match the pattern ${regExp.toString()} (got ${getPrintable(value)})`), "test")
      });
    }
    __name(matchesRegExp, "matchesRegExp");
    function isLowerCase() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value !== value.toLowerCase() ? pushError(state, `Expected to be all-lowercase (got ${value})`) : !0, "test")
      });
    }
    __name(isLowerCase, "isLowerCase");
    function isUpperCase() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value !== value.toUpperCase() ? pushError(state, `Expected to be all-uppercase (got ${value})`) : !0, "test")
      });
    }
    __name(isUpperCase, "isUpperCase");
    function isUUID4() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => uuid4RegExp.test(value) ? !0 : pushError(state, `Expected to be a valid UUID v4 (got ${getPrintable(value)})`), "test")
      });
    }
    __name(isUUID4, "isUUID4");
    function isISO8601() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => iso8601RegExp.test(value) ? !0 : pushError(state, `Expected to be a valid ISO 8601 date string (got ${getPrintable(value)})`), "test")
      });
    }
    __name(isISO8601, "isISO8601");
    function isHexColor({ alpha = !1 }) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => (alpha ? colorStringRegExp.test(value) : colorStringAlphaRegExp.test(value)) ? !0 : pushError(state, `Expected to be a valid hexadecimal color string (got ${getPrintable(value)})`), "test")
      });
    }
    __name(isHexColor, "isHexColor");
    function isBase64() {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => base64RegExp.test(value) ? !0 : pushError(state, `Expected to be a valid base 64 string (got ${getPrintable(value)})`), "test")
      });
    }
    __name(isBase64, "isBase64");
    function isJSON(spec = isUnknown()) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let data;
          try {
            data = JSON.parse(value);
          } catch {
            return pushError(state, `Expected to be a valid JSON string (got ${getPrintable(value)})`);
          }
          return spec(data, state);
        }, "test")
      });
    }
    __name(isJSON, "isJSON");
    function cascade(spec, ...followups) {
      let resolvedFollowups = Array.isArray(followups[0]) ? followups[0] : followups;
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          var _a, _b;
          let context = { value }, subCoercion = typeof state?.coercions < "u" ? makeCoercionFn(context, "value") : void 0, subCoercions = typeof state?.coercions < "u" ? [] : void 0;
          if (!spec(value, Object.assign(Object.assign({}, state), { coercion: subCoercion, coercions: subCoercions })))
            return !1;
          let reverts = [];
          if (typeof subCoercions < "u")
            for (let [, coercion] of subCoercions)
              reverts.push(coercion());
          try {
            if (typeof state?.coercions < "u") {
              if (context.value !== value) {
                if (typeof state?.coercion > "u")
                  return pushError(state, "Unbound coercion result");
                state.coercions.push([(_a = state.p) !== null && _a !== void 0 ? _a : ".", state.coercion.bind(null, context.value)]);
              }
              (_b = state?.coercions) === null || _b === void 0 || _b.push(...subCoercions);
            }
            return resolvedFollowups.every((spec2) => spec2(context.value, state));
          } finally {
            for (let revert of reverts)
              revert();
          }
        }, "test")
      });
    }
    __name(cascade, "cascade");
    function applyCascade(spec, ...followups) {
      let resolvedFollowups = Array.isArray(followups[0]) ? followups[0] : followups;
      return cascade(spec, resolvedFollowups);
    }
    __name(applyCascade, "applyCascade");
    function isOptional(spec) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => typeof value > "u" ? !0 : spec(value, state), "test")
      });
    }
    __name(isOptional, "isOptional");
    function isNullable(spec) {
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => value === null ? !0 : spec(value, state), "test")
      });
    }
    __name(isNullable, "isNullable");
    var checks = {
      missing: /* @__PURE__ */ __name((keys, key) => keys.has(key), "missing"),
      undefined: /* @__PURE__ */ __name((keys, key, value) => keys.has(key) && typeof value[key] < "u", "undefined"),
      nil: /* @__PURE__ */ __name((keys, key, value) => keys.has(key) && value[key] != null, "nil"),
      falsy: /* @__PURE__ */ __name((keys, key, value) => keys.has(key) && !!value[key], "falsy")
    };
    function hasRequiredKeys(requiredKeys, options) {
      var _a;
      let requiredSet = new Set(requiredKeys), check = checks[(_a = options?.missingIf) !== null && _a !== void 0 ? _a : "missing"];
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let keys = new Set(Object.keys(value)), problems = [];
          for (let key of requiredSet)
            check(keys, key, value) || problems.push(key);
          return problems.length > 0 ? pushError(state, `Missing required ${plural(problems.length, "property", "properties")} ${getPrintableArray(problems, "and")}`) : !0;
        }, "test")
      });
    }
    __name(hasRequiredKeys, "hasRequiredKeys");
    function hasAtLeastOneKey(requiredKeys, options) {
      var _a;
      let requiredSet = new Set(requiredKeys), check = checks[(_a = options?.missingIf) !== null && _a !== void 0 ? _a : "missing"];
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => Object.keys(value).some((key) => check(requiredSet, key, value)) ? !0 : pushError(state, `Missing at least one property from ${getPrintableArray(Array.from(requiredSet), "or")}`), "test")
      });
    }
    __name(hasAtLeastOneKey, "hasAtLeastOneKey");
    function hasForbiddenKeys(forbiddenKeys, options) {
      var _a;
      let forbiddenSet = new Set(forbiddenKeys), check = checks[(_a = options?.missingIf) !== null && _a !== void 0 ? _a : "missing"];
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let keys = new Set(Object.keys(value)), problems = [];
          for (let key of forbiddenSet)
            check(keys, key, value) && problems.push(key);
          return problems.length > 0 ? pushError(state, `Forbidden ${plural(problems.length, "property", "properties")} ${getPrintableArray(problems, "and")}`) : !0;
        }, "test")
      });
    }
    __name(hasForbiddenKeys, "hasForbiddenKeys");
    function hasMutuallyExclusiveKeys(exclusiveKeys, options) {
      var _a;
      let exclusiveSet = new Set(exclusiveKeys), check = checks[(_a = options?.missingIf) !== null && _a !== void 0 ? _a : "missing"];
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let keys = new Set(Object.keys(value)), used = [];
          for (let key of exclusiveSet)
            check(keys, key, value) && used.push(key);
          return used.length > 1 ? pushError(state, `Mutually exclusive properties ${getPrintableArray(used, "and")}`) : !0;
        }, "test")
      });
    }
    __name(hasMutuallyExclusiveKeys, "hasMutuallyExclusiveKeys");
    (function(KeyRelationship) {
      KeyRelationship.Forbids = "Forbids", KeyRelationship.Requires = "Requires";
    })(exports.KeyRelationship || (exports.KeyRelationship = {}));
    var keyRelationships = {
      [exports.KeyRelationship.Forbids]: {
        expect: !1,
        message: "forbids using"
      },
      [exports.KeyRelationship.Requires]: {
        expect: !0,
        message: "requires using"
      }
    };
    function hasKeyRelationship(subject, relationship, others, options) {
      var _a, _b;
      let skipped = new Set((_a = options?.ignore) !== null && _a !== void 0 ? _a : []), check = checks[(_b = options?.missingIf) !== null && _b !== void 0 ? _b : "missing"], otherSet = new Set(others), spec = keyRelationships[relationship], conjunction = relationship === exports.KeyRelationship.Forbids ? "or" : "and";
      return makeValidator({
        test: /* @__PURE__ */ __name((value, state) => {
          let keys = new Set(Object.keys(value));
          if (!check(keys, subject, value) || skipped.has(value[subject]))
            return !0;
          let problems = [];
          for (let key of otherSet)
            (check(keys, key, value) && !skipped.has(value[key])) !== spec.expect && problems.push(key);
          return problems.length >= 1 ? pushError(state, `Property "${subject}" ${spec.message} ${plural(problems.length, "property", "properties")} ${getPrintableArray(problems, conjunction)}`) : !0;
        }, "test")
      });
    }
    __name(hasKeyRelationship, "hasKeyRelationship");
    exports.TypeAssertionError = TypeAssertionError;
    exports.applyCascade = applyCascade;
    exports.as = as;
    exports.assert = assert;
    exports.assertWithErrors = assertWithErrors;
    exports.cascade = cascade;
    exports.fn = fn;
    exports.hasAtLeastOneKey = hasAtLeastOneKey;
    exports.hasExactLength = hasExactLength;
    exports.hasForbiddenKeys = hasForbiddenKeys;
    exports.hasKeyRelationship = hasKeyRelationship;
    exports.hasMaxLength = hasMaxLength;
    exports.hasMinLength = hasMinLength;
    exports.hasMutuallyExclusiveKeys = hasMutuallyExclusiveKeys;
    exports.hasRequiredKeys = hasRequiredKeys;
    exports.hasUniqueItems = hasUniqueItems;
    exports.isArray = isArray;
    exports.isAtLeast = isAtLeast;
    exports.isAtMost = isAtMost;
    exports.isBase64 = isBase64;
    exports.isBoolean = isBoolean;
    exports.isDate = isDate;
    exports.isDict = isDict;
    exports.isEnum = isEnum;
    exports.isHexColor = isHexColor;
    exports.isISO8601 = isISO8601;
    exports.isInExclusiveRange = isInExclusiveRange;
    exports.isInInclusiveRange = isInInclusiveRange;
    exports.isInstanceOf = isInstanceOf;
    exports.isInteger = isInteger;
    exports.isJSON = isJSON;
    exports.isLiteral = isLiteral;
    exports.isLowerCase = isLowerCase;
    exports.isMap = isMap;
    exports.isNegative = isNegative;
    exports.isNullable = isNullable;
    exports.isNumber = isNumber;
    exports.isObject = isObject;
    exports.isOneOf = isOneOf;
    exports.isOptional = isOptional;
    exports.isPartial = isPartial;
    exports.isPayload = isPayload;
    exports.isPositive = isPositive;
    exports.isRecord = isRecord;
    exports.isSet = isSet;
    exports.isString = isString;
    exports.isTuple = isTuple;
    exports.isUUID4 = isUUID4;
    exports.isUnknown = isUnknown;
    exports.isUpperCase = isUpperCase;
    exports.makeTrait = makeTrait;
    exports.makeValidator = makeValidator;
    exports.matchesRegExp = matchesRegExp;
    exports.softAssert = softAssert;
  }
});

// node_modules/clipanion/lib/advanced/Command.js
var require_Command = __commonJS({
  "node_modules/clipanion/lib/advanced/Command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils();
    function _interopNamespace(e) {
      if (e && e.__esModule) return e;
      var n = /* @__PURE__ */ Object.create(null);
      return e && Object.keys(e).forEach(function(k) {
        if (k !== "default") {
          var d = Object.getOwnPropertyDescriptor(e, k);
          Object.defineProperty(n, k, d.get ? d : {
            enumerable: !0,
            get: /* @__PURE__ */ __name(function() {
              return e[k];
            }, "get")
          });
        }
      }), n.default = e, Object.freeze(n);
    }
    __name(_interopNamespace, "_interopNamespace");
    var Command = class {
      static {
        __name(this, "Command");
      }
      constructor() {
        this.help = !1;
      }
      /**
       * Defines the usage information for the given command.
       */
      static Usage(usage) {
        return usage;
      }
      /**
       * Standard error handler which will simply rethrow the error. Can be used
       * to add custom logic to handle errors from the command or simply return
       * the parent class error handling.
       */
      async catch(error) {
        throw error;
      }
      async validateAndExecute() {
        let cascade = this.constructor.schema;
        if (Array.isArray(cascade)) {
          let { isDict, isUnknown, applyCascade } = await Promise.resolve().then(function() {
            return /* @__PURE__ */ _interopNamespace(require_lib());
          }), schema = applyCascade(isDict(isUnknown()), cascade), errors = [], coercions = [];
          if (!schema(this, { errors, coercions }))
            throw advanced_options_utils.formatError("Invalid option schema", errors);
          for (let [, op] of coercions)
            op();
        } else if (cascade != null)
          throw new Error("Invalid command schema");
        let exitCode = await this.execute();
        return typeof exitCode < "u" ? exitCode : 0;
      }
    };
    Command.isOption = advanced_options_utils.isOptionSymbol;
    Command.Default = [];
    exports.Command = Command;
  }
});

// node_modules/clipanion/lib/core.js
var require_core = __commonJS({
  "node_modules/clipanion/lib/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var constants = require_constants(), errors = require_errors();
    function debug(str) {
      constants.DEBUG && console.log(str);
    }
    __name(debug, "debug");
    var basicHelpState = {
      candidateUsage: null,
      requiredOptions: [],
      errorMessage: null,
      ignoreOptions: !1,
      path: [],
      positionals: [],
      options: [],
      remainder: null,
      selectedIndex: constants.HELP_COMMAND_INDEX
    };
    function makeStateMachine() {
      return {
        nodes: [makeNode(), makeNode(), makeNode()]
      };
    }
    __name(makeStateMachine, "makeStateMachine");
    function makeAnyOfMachine(inputs) {
      let output = makeStateMachine(), heads = [], offset = output.nodes.length;
      for (let input of inputs) {
        heads.push(offset);
        for (let t = 0; t < input.nodes.length; ++t)
          isTerminalNode(t) || output.nodes.push(cloneNode(input.nodes[t], offset));
        offset += input.nodes.length - 2;
      }
      for (let head of heads)
        registerShortcut(output, constants.NODE_INITIAL, head);
      return output;
    }
    __name(makeAnyOfMachine, "makeAnyOfMachine");
    function injectNode(machine, node) {
      return machine.nodes.push(node), machine.nodes.length - 1;
    }
    __name(injectNode, "injectNode");
    function simplifyMachine(input) {
      let visited = /* @__PURE__ */ new Set(), process2 = /* @__PURE__ */ __name((node) => {
        if (visited.has(node))
          return;
        visited.add(node);
        let nodeDef = input.nodes[node];
        for (let transitions of Object.values(nodeDef.statics))
          for (let { to } of transitions)
            process2(to);
        for (let [, { to }] of nodeDef.dynamics)
          process2(to);
        for (let { to } of nodeDef.shortcuts)
          process2(to);
        let shortcuts = new Set(nodeDef.shortcuts.map(({ to }) => to));
        for (; nodeDef.shortcuts.length > 0; ) {
          let { to } = nodeDef.shortcuts.shift(), toDef = input.nodes[to];
          for (let [segment, transitions] of Object.entries(toDef.statics)) {
            let store = Object.prototype.hasOwnProperty.call(nodeDef.statics, segment) ? nodeDef.statics[segment] : nodeDef.statics[segment] = [];
            for (let transition of transitions)
              store.some(({ to: to2 }) => transition.to === to2) || store.push(transition);
          }
          for (let [test, transition] of toDef.dynamics)
            nodeDef.dynamics.some(([otherTest, { to: to2 }]) => test === otherTest && transition.to === to2) || nodeDef.dynamics.push([test, transition]);
          for (let transition of toDef.shortcuts)
            shortcuts.has(transition.to) || (nodeDef.shortcuts.push(transition), shortcuts.add(transition.to));
        }
      }, "process");
      process2(constants.NODE_INITIAL);
    }
    __name(simplifyMachine, "simplifyMachine");
    function debugMachine(machine, { prefix = "" } = {}) {
      if (constants.DEBUG) {
        debug(`${prefix}Nodes are:`);
        for (let t = 0; t < machine.nodes.length; ++t)
          debug(`${prefix}  ${t}: ${JSON.stringify(machine.nodes[t])}`);
      }
    }
    __name(debugMachine, "debugMachine");
    function runMachineInternal(machine, input, partial = !1) {
      debug(`Running a vm on ${JSON.stringify(input)}`);
      let branches = [{ node: constants.NODE_INITIAL, state: {
        candidateUsage: null,
        requiredOptions: [],
        errorMessage: null,
        ignoreOptions: !1,
        options: [],
        path: [],
        positionals: [],
        remainder: null,
        selectedIndex: null
      } }];
      debugMachine(machine, { prefix: "  " });
      let tokens = [constants.START_OF_INPUT, ...input];
      for (let t = 0; t < tokens.length; ++t) {
        let segment = tokens[t];
        debug(`  Processing ${JSON.stringify(segment)}`);
        let nextBranches = [];
        for (let { node, state } of branches) {
          debug(`    Current node is ${node}`);
          let nodeDef = machine.nodes[node];
          if (node === constants.NODE_ERRORED) {
            nextBranches.push({ node, state });
            continue;
          }
          console.assert(nodeDef.shortcuts.length === 0, "Shortcuts should have been eliminated by now");
          let hasExactMatch = Object.prototype.hasOwnProperty.call(nodeDef.statics, segment);
          if (!partial || t < tokens.length - 1 || hasExactMatch)
            if (hasExactMatch) {
              let transitions = nodeDef.statics[segment];
              for (let { to, reducer } of transitions)
                nextBranches.push({ node: to, state: typeof reducer < "u" ? execute(reducers, reducer, state, segment) : state }), debug(`      Static transition to ${to} found`);
            } else
              debug("      No static transition found");
          else {
            let hasMatches = !1;
            for (let candidate of Object.keys(nodeDef.statics))
              if (candidate.startsWith(segment)) {
                if (segment === candidate)
                  for (let { to, reducer } of nodeDef.statics[candidate])
                    nextBranches.push({ node: to, state: typeof reducer < "u" ? execute(reducers, reducer, state, segment) : state }), debug(`      Static transition to ${to} found`);
                else
                  for (let { to } of nodeDef.statics[candidate])
                    nextBranches.push({ node: to, state: { ...state, remainder: candidate.slice(segment.length) } }), debug(`      Static transition to ${to} found (partial match)`);
                hasMatches = !0;
              }
            hasMatches || debug("      No partial static transition found");
          }
          if (segment !== constants.END_OF_INPUT)
            for (let [test, { to, reducer }] of nodeDef.dynamics)
              execute(tests, test, state, segment) && (nextBranches.push({ node: to, state: typeof reducer < "u" ? execute(reducers, reducer, state, segment) : state }), debug(`      Dynamic transition to ${to} found (via ${test})`));
        }
        if (nextBranches.length === 0 && segment === constants.END_OF_INPUT && input.length === 1)
          return [{
            node: constants.NODE_INITIAL,
            state: basicHelpState
          }];
        if (nextBranches.length === 0)
          throw new errors.UnknownSyntaxError(input, branches.filter(({ node }) => node !== constants.NODE_ERRORED).map(({ state }) => ({ usage: state.candidateUsage, reason: null })));
        if (nextBranches.every(({ node }) => node === constants.NODE_ERRORED))
          throw new errors.UnknownSyntaxError(input, nextBranches.map(({ state }) => ({ usage: state.candidateUsage, reason: state.errorMessage })));
        branches = trimSmallerBranches(nextBranches);
      }
      if (branches.length > 0) {
        debug("  Results:");
        for (let branch of branches)
          debug(`    - ${branch.node} -> ${JSON.stringify(branch.state)}`);
      } else
        debug("  No results");
      return branches;
    }
    __name(runMachineInternal, "runMachineInternal");
    function checkIfNodeIsFinished(node, state) {
      if (state.selectedIndex !== null)
        return !0;
      if (Object.prototype.hasOwnProperty.call(node.statics, constants.END_OF_INPUT)) {
        for (let { to } of node.statics[constants.END_OF_INPUT])
          if (to === constants.NODE_SUCCESS)
            return !0;
      }
      return !1;
    }
    __name(checkIfNodeIsFinished, "checkIfNodeIsFinished");
    function suggestMachine(machine, input, partial) {
      let prefix = partial && input.length > 0 ? [""] : [], branches = runMachineInternal(machine, input, partial), suggestions = [], suggestionsJson = /* @__PURE__ */ new Set(), traverseSuggestion = /* @__PURE__ */ __name((suggestion, node, skipFirst = !0) => {
        let nextNodes = [node];
        for (; nextNodes.length > 0; ) {
          let currentNodes = nextNodes;
          nextNodes = [];
          for (let node2 of currentNodes) {
            let nodeDef = machine.nodes[node2], keys = Object.keys(nodeDef.statics);
            for (let key of Object.keys(nodeDef.statics)) {
              let segment = keys[0];
              for (let { to, reducer } of nodeDef.statics[segment])
                reducer === "pushPath" && (skipFirst || suggestion.push(segment), nextNodes.push(to));
            }
          }
          skipFirst = !1;
        }
        let json = JSON.stringify(suggestion);
        suggestionsJson.has(json) || (suggestions.push(suggestion), suggestionsJson.add(json));
      }, "traverseSuggestion");
      for (let { node, state } of branches) {
        if (state.remainder !== null) {
          traverseSuggestion([state.remainder], node);
          continue;
        }
        let nodeDef = machine.nodes[node], isFinished = checkIfNodeIsFinished(nodeDef, state);
        for (let [candidate, transitions] of Object.entries(nodeDef.statics))
          (isFinished && candidate !== constants.END_OF_INPUT || !candidate.startsWith("-") && transitions.some(({ reducer }) => reducer === "pushPath")) && traverseSuggestion([...prefix, candidate], node);
        if (isFinished)
          for (let [test, { to }] of nodeDef.dynamics) {
            if (to === constants.NODE_ERRORED)
              continue;
            let tokens = suggest(test, state);
            if (tokens !== null)
              for (let token of tokens)
                traverseSuggestion([...prefix, token], node);
          }
      }
      return [...suggestions].sort();
    }
    __name(suggestMachine, "suggestMachine");
    function runMachine(machine, input) {
      let branches = runMachineInternal(machine, [...input, constants.END_OF_INPUT]);
      return selectBestState(input, branches.map(({ state }) => state));
    }
    __name(runMachine, "runMachine");
    function trimSmallerBranches(branches) {
      let maxPathSize = 0;
      for (let { state } of branches)
        state.path.length > maxPathSize && (maxPathSize = state.path.length);
      return branches.filter(({ state }) => state.path.length === maxPathSize);
    }
    __name(trimSmallerBranches, "trimSmallerBranches");
    function selectBestState(input, states) {
      let terminalStates = states.filter((state) => state.selectedIndex !== null);
      if (terminalStates.length === 0)
        throw new Error();
      let requiredOptionsSetStates = terminalStates.filter((state) => state.selectedIndex === constants.HELP_COMMAND_INDEX || state.requiredOptions.every((names) => names.some((name) => state.options.find((opt) => opt.name === name))));
      if (requiredOptionsSetStates.length === 0)
        throw new errors.UnknownSyntaxError(input, terminalStates.map((state) => ({
          usage: state.candidateUsage,
          reason: null
        })));
      let maxPathSize = 0;
      for (let state of requiredOptionsSetStates)
        state.path.length > maxPathSize && (maxPathSize = state.path.length);
      let bestPathBranches = requiredOptionsSetStates.filter((state) => state.path.length === maxPathSize), getPositionalCount = /* @__PURE__ */ __name((state) => state.positionals.filter(({ extra }) => !extra).length + state.options.length, "getPositionalCount"), statesWithPositionalCount = bestPathBranches.map((state) => ({ state, positionalCount: getPositionalCount(state) })), maxPositionalCount = 0;
      for (let { positionalCount } of statesWithPositionalCount)
        positionalCount > maxPositionalCount && (maxPositionalCount = positionalCount);
      let bestPositionalStates = statesWithPositionalCount.filter(({ positionalCount }) => positionalCount === maxPositionalCount).map(({ state }) => state), fixedStates = aggregateHelpStates(bestPositionalStates);
      if (fixedStates.length > 1)
        throw new errors.AmbiguousSyntaxError(input, fixedStates.map((state) => state.candidateUsage));
      return fixedStates[0];
    }
    __name(selectBestState, "selectBestState");
    function aggregateHelpStates(states) {
      let notHelps = [], helps = [];
      for (let state of states)
        state.selectedIndex === constants.HELP_COMMAND_INDEX ? helps.push(state) : notHelps.push(state);
      return helps.length > 0 && notHelps.push({
        ...basicHelpState,
        path: findCommonPrefix(...helps.map((state) => state.path)),
        options: helps.reduce((options, state) => options.concat(state.options), [])
      }), notHelps;
    }
    __name(aggregateHelpStates, "aggregateHelpStates");
    function findCommonPrefix(firstPath, secondPath, ...rest) {
      return secondPath === void 0 ? Array.from(firstPath) : findCommonPrefix(firstPath.filter((segment, i) => segment === secondPath[i]), ...rest);
    }
    __name(findCommonPrefix, "findCommonPrefix");
    function makeNode() {
      return {
        dynamics: [],
        shortcuts: [],
        statics: {}
      };
    }
    __name(makeNode, "makeNode");
    function isTerminalNode(node) {
      return node === constants.NODE_SUCCESS || node === constants.NODE_ERRORED;
    }
    __name(isTerminalNode, "isTerminalNode");
    function cloneTransition(input, offset = 0) {
      return {
        to: isTerminalNode(input.to) ? input.to : input.to > 2 ? input.to + offset - 2 : input.to + offset,
        reducer: input.reducer
      };
    }
    __name(cloneTransition, "cloneTransition");
    function cloneNode(input, offset = 0) {
      let output = makeNode();
      for (let [test, transition] of input.dynamics)
        output.dynamics.push([test, cloneTransition(transition, offset)]);
      for (let transition of input.shortcuts)
        output.shortcuts.push(cloneTransition(transition, offset));
      for (let [segment, transitions] of Object.entries(input.statics))
        output.statics[segment] = transitions.map((transition) => cloneTransition(transition, offset));
      return output;
    }
    __name(cloneNode, "cloneNode");
    function registerDynamic(machine, from, test, to, reducer) {
      machine.nodes[from].dynamics.push([
        test,
        { to, reducer }
      ]);
    }
    __name(registerDynamic, "registerDynamic");
    function registerShortcut(machine, from, to, reducer) {
      machine.nodes[from].shortcuts.push({ to, reducer });
    }
    __name(registerShortcut, "registerShortcut");
    function registerStatic(machine, from, test, to, reducer) {
      (Object.prototype.hasOwnProperty.call(machine.nodes[from].statics, test) ? machine.nodes[from].statics[test] : machine.nodes[from].statics[test] = []).push({ to, reducer });
    }
    __name(registerStatic, "registerStatic");
    function execute(store, callback, state, segment) {
      if (Array.isArray(callback)) {
        let [name, ...args] = callback;
        return store[name](state, segment, ...args);
      } else
        return store[callback](state, segment);
    }
    __name(execute, "execute");
    function suggest(callback, state) {
      let fn = Array.isArray(callback) ? tests[callback[0]] : tests[callback];
      if (typeof fn.suggest > "u")
        return null;
      let args = Array.isArray(callback) ? callback.slice(1) : [];
      return fn.suggest(state, ...args);
    }
    __name(suggest, "suggest");
    var tests = {
      always: /* @__PURE__ */ __name(() => !0, "always"),
      isOptionLike: /* @__PURE__ */ __name((state, segment) => !state.ignoreOptions && segment !== "-" && segment.startsWith("-"), "isOptionLike"),
      isNotOptionLike: /* @__PURE__ */ __name((state, segment) => state.ignoreOptions || segment === "-" || !segment.startsWith("-"), "isNotOptionLike"),
      isOption: /* @__PURE__ */ __name((state, segment, name, hidden) => !state.ignoreOptions && segment === name, "isOption"),
      isBatchOption: /* @__PURE__ */ __name((state, segment, names) => !state.ignoreOptions && constants.BATCH_REGEX.test(segment) && [...segment.slice(1)].every((name) => names.includes(`-${name}`)), "isBatchOption"),
      isBoundOption: /* @__PURE__ */ __name((state, segment, names, options) => {
        let optionParsing = segment.match(constants.BINDING_REGEX);
        return !state.ignoreOptions && !!optionParsing && constants.OPTION_REGEX.test(optionParsing[1]) && names.includes(optionParsing[1]) && options.filter((opt) => opt.names.includes(optionParsing[1])).every((opt) => opt.allowBinding);
      }, "isBoundOption"),
      isNegatedOption: /* @__PURE__ */ __name((state, segment, name) => !state.ignoreOptions && segment === `--no-${name.slice(2)}`, "isNegatedOption"),
      isHelp: /* @__PURE__ */ __name((state, segment) => !state.ignoreOptions && constants.HELP_REGEX.test(segment), "isHelp"),
      isUnsupportedOption: /* @__PURE__ */ __name((state, segment, names) => !state.ignoreOptions && segment.startsWith("-") && constants.OPTION_REGEX.test(segment) && !names.includes(segment), "isUnsupportedOption"),
      isInvalidOption: /* @__PURE__ */ __name((state, segment) => !state.ignoreOptions && segment.startsWith("-") && !constants.OPTION_REGEX.test(segment), "isInvalidOption")
    };
    tests.isOption.suggest = (state, name, hidden = !0) => hidden ? null : [name];
    var reducers = {
      setCandidateState: /* @__PURE__ */ __name((state, segment, candidateState) => ({ ...state, ...candidateState }), "setCandidateState"),
      setSelectedIndex: /* @__PURE__ */ __name((state, segment, index) => ({ ...state, selectedIndex: index }), "setSelectedIndex"),
      pushBatch: /* @__PURE__ */ __name((state, segment) => ({ ...state, options: state.options.concat([...segment.slice(1)].map((name) => ({ name: `-${name}`, value: !0 }))) }), "pushBatch"),
      pushBound: /* @__PURE__ */ __name((state, segment) => {
        let [, name, value] = segment.match(constants.BINDING_REGEX);
        return { ...state, options: state.options.concat({ name, value }) };
      }, "pushBound"),
      pushPath: /* @__PURE__ */ __name((state, segment) => ({ ...state, path: state.path.concat(segment) }), "pushPath"),
      pushPositional: /* @__PURE__ */ __name((state, segment) => ({ ...state, positionals: state.positionals.concat({ value: segment, extra: !1 }) }), "pushPositional"),
      pushExtra: /* @__PURE__ */ __name((state, segment) => ({ ...state, positionals: state.positionals.concat({ value: segment, extra: !0 }) }), "pushExtra"),
      pushExtraNoLimits: /* @__PURE__ */ __name((state, segment) => ({ ...state, positionals: state.positionals.concat({ value: segment, extra: NoLimits }) }), "pushExtraNoLimits"),
      pushTrue: /* @__PURE__ */ __name((state, segment, name = segment) => ({ ...state, options: state.options.concat({ name: segment, value: !0 }) }), "pushTrue"),
      pushFalse: /* @__PURE__ */ __name((state, segment, name = segment) => ({ ...state, options: state.options.concat({ name, value: !1 }) }), "pushFalse"),
      pushUndefined: /* @__PURE__ */ __name((state, segment) => ({ ...state, options: state.options.concat({ name: segment, value: void 0 }) }), "pushUndefined"),
      pushStringValue: /* @__PURE__ */ __name((state, segment) => {
        var _a;
        let copy = { ...state, options: [...state.options] }, lastOption = state.options[state.options.length - 1];
        return lastOption.value = ((_a = lastOption.value) !== null && _a !== void 0 ? _a : []).concat([segment]), copy;
      }, "pushStringValue"),
      setStringValue: /* @__PURE__ */ __name((state, segment) => {
        let copy = { ...state, options: [...state.options] }, lastOption = state.options[state.options.length - 1];
        return lastOption.value = segment, copy;
      }, "setStringValue"),
      inhibateOptions: /* @__PURE__ */ __name((state) => ({ ...state, ignoreOptions: !0 }), "inhibateOptions"),
      useHelp: /* @__PURE__ */ __name((state, segment, command) => {
        let [
          ,
          /* name */
          ,
          index
        ] = segment.match(constants.HELP_REGEX);
        return typeof index < "u" ? { ...state, options: [{ name: "-c", value: String(command) }, { name: "-i", value: index }] } : { ...state, options: [{ name: "-c", value: String(command) }] };
      }, "useHelp"),
      setError: /* @__PURE__ */ __name((state, segment, errorMessage) => segment === constants.END_OF_INPUT ? { ...state, errorMessage: `${errorMessage}.` } : { ...state, errorMessage: `${errorMessage} ("${segment}").` }, "setError"),
      setOptionArityError: /* @__PURE__ */ __name((state, segment) => {
        let lastOption = state.options[state.options.length - 1];
        return { ...state, errorMessage: `Not enough arguments to option ${lastOption.name}.` };
      }, "setOptionArityError")
    }, NoLimits = /* @__PURE__ */ Symbol(), CommandBuilder = class {
      static {
        __name(this, "CommandBuilder");
      }
      constructor(cliIndex, cliOpts) {
        this.allOptionNames = [], this.arity = { leading: [], trailing: [], extra: [], proxy: !1 }, this.options = [], this.paths = [], this.cliIndex = cliIndex, this.cliOpts = cliOpts;
      }
      addPath(path) {
        this.paths.push(path);
      }
      setArity({ leading = this.arity.leading, trailing = this.arity.trailing, extra = this.arity.extra, proxy = this.arity.proxy }) {
        Object.assign(this.arity, { leading, trailing, extra, proxy });
      }
      addPositional({ name = "arg", required = !0 } = {}) {
        if (!required && this.arity.extra === NoLimits)
          throw new Error("Optional parameters cannot be declared when using .rest() or .proxy()");
        if (!required && this.arity.trailing.length > 0)
          throw new Error("Optional parameters cannot be declared after the required trailing positional arguments");
        !required && this.arity.extra !== NoLimits ? this.arity.extra.push(name) : this.arity.extra !== NoLimits && this.arity.extra.length === 0 ? this.arity.leading.push(name) : this.arity.trailing.push(name);
      }
      addRest({ name = "arg", required = 0 } = {}) {
        if (this.arity.extra === NoLimits)
          throw new Error("Infinite lists cannot be declared multiple times in the same command");
        if (this.arity.trailing.length > 0)
          throw new Error("Infinite lists cannot be declared after the required trailing positional arguments");
        for (let t = 0; t < required; ++t)
          this.addPositional({ name });
        this.arity.extra = NoLimits;
      }
      addProxy({ required = 0 } = {}) {
        this.addRest({ required }), this.arity.proxy = !0;
      }
      addOption({ names, description, arity = 0, hidden = !1, required = !1, allowBinding = !0 }) {
        if (!allowBinding && arity > 1)
          throw new Error("The arity cannot be higher than 1 when the option only supports the --arg=value syntax");
        if (!Number.isInteger(arity))
          throw new Error(`The arity must be an integer, got ${arity}`);
        if (arity < 0)
          throw new Error(`The arity must be positive, got ${arity}`);
        this.allOptionNames.push(...names), this.options.push({ names, description, arity, hidden, required, allowBinding });
      }
      setContext(context) {
        this.context = context;
      }
      usage({ detailed = !0, inlineOptions = !0 } = {}) {
        let segments = [this.cliOpts.binaryName], detailedOptionList = [];
        if (this.paths.length > 0 && segments.push(...this.paths[0]), detailed) {
          for (let { names, arity, hidden, description, required } of this.options) {
            if (hidden)
              continue;
            let args = [];
            for (let t = 0; t < arity; ++t)
              args.push(` #${t}`);
            let definition = `${names.join(",")}${args.join("")}`;
            !inlineOptions && description ? detailedOptionList.push({ definition, description, required }) : segments.push(required ? `<${definition}>` : `[${definition}]`);
          }
          segments.push(...this.arity.leading.map((name) => `<${name}>`)), this.arity.extra === NoLimits ? segments.push("...") : segments.push(...this.arity.extra.map((name) => `[${name}]`)), segments.push(...this.arity.trailing.map((name) => `<${name}>`));
        }
        return { usage: segments.join(" "), options: detailedOptionList };
      }
      compile() {
        if (typeof this.context > "u")
          throw new Error("Assertion failed: No context attached");
        let machine = makeStateMachine(), firstNode = constants.NODE_INITIAL, candidateUsage = this.usage().usage, requiredOptions = this.options.filter((opt) => opt.required).map((opt) => opt.names);
        firstNode = injectNode(machine, makeNode()), registerStatic(machine, constants.NODE_INITIAL, constants.START_OF_INPUT, firstNode, ["setCandidateState", { candidateUsage, requiredOptions }]);
        let positionalArgument = this.arity.proxy ? "always" : "isNotOptionLike", paths = this.paths.length > 0 ? this.paths : [[]];
        for (let path of paths) {
          let lastPathNode = firstNode;
          if (path.length > 0) {
            let optionPathNode = injectNode(machine, makeNode());
            registerShortcut(machine, lastPathNode, optionPathNode), this.registerOptions(machine, optionPathNode), lastPathNode = optionPathNode;
          }
          for (let t = 0; t < path.length; ++t) {
            let nextPathNode = injectNode(machine, makeNode());
            registerStatic(machine, lastPathNode, path[t], nextPathNode, "pushPath"), lastPathNode = nextPathNode;
          }
          if (this.arity.leading.length > 0 || !this.arity.proxy) {
            let helpNode = injectNode(machine, makeNode());
            registerDynamic(machine, lastPathNode, "isHelp", helpNode, ["useHelp", this.cliIndex]), registerDynamic(machine, helpNode, "always", helpNode, "pushExtra"), registerStatic(machine, helpNode, constants.END_OF_INPUT, constants.NODE_SUCCESS, ["setSelectedIndex", constants.HELP_COMMAND_INDEX]), this.registerOptions(machine, lastPathNode);
          }
          this.arity.leading.length > 0 && registerStatic(machine, lastPathNode, constants.END_OF_INPUT, constants.NODE_ERRORED, ["setError", "Not enough positional arguments"]);
          let lastLeadingNode = lastPathNode;
          for (let t = 0; t < this.arity.leading.length; ++t) {
            let nextLeadingNode = injectNode(machine, makeNode());
            (!this.arity.proxy || t + 1 !== this.arity.leading.length) && this.registerOptions(machine, nextLeadingNode), (this.arity.trailing.length > 0 || t + 1 !== this.arity.leading.length) && registerStatic(machine, nextLeadingNode, constants.END_OF_INPUT, constants.NODE_ERRORED, ["setError", "Not enough positional arguments"]), registerDynamic(machine, lastLeadingNode, "isNotOptionLike", nextLeadingNode, "pushPositional"), lastLeadingNode = nextLeadingNode;
          }
          let lastExtraNode = lastLeadingNode;
          if (this.arity.extra === NoLimits || this.arity.extra.length > 0) {
            let extraShortcutNode = injectNode(machine, makeNode());
            if (registerShortcut(machine, lastLeadingNode, extraShortcutNode), this.arity.extra === NoLimits) {
              let extraNode = injectNode(machine, makeNode());
              this.arity.proxy || this.registerOptions(machine, extraNode), registerDynamic(machine, lastLeadingNode, positionalArgument, extraNode, "pushExtraNoLimits"), registerDynamic(machine, extraNode, positionalArgument, extraNode, "pushExtraNoLimits"), registerShortcut(machine, extraNode, extraShortcutNode);
            } else
              for (let t = 0; t < this.arity.extra.length; ++t) {
                let nextExtraNode = injectNode(machine, makeNode());
                (!this.arity.proxy || t > 0) && this.registerOptions(machine, nextExtraNode), registerDynamic(machine, lastExtraNode, positionalArgument, nextExtraNode, "pushExtra"), registerShortcut(machine, nextExtraNode, extraShortcutNode), lastExtraNode = nextExtraNode;
              }
            lastExtraNode = extraShortcutNode;
          }
          this.arity.trailing.length > 0 && registerStatic(machine, lastExtraNode, constants.END_OF_INPUT, constants.NODE_ERRORED, ["setError", "Not enough positional arguments"]);
          let lastTrailingNode = lastExtraNode;
          for (let t = 0; t < this.arity.trailing.length; ++t) {
            let nextTrailingNode = injectNode(machine, makeNode());
            this.arity.proxy || this.registerOptions(machine, nextTrailingNode), t + 1 < this.arity.trailing.length && registerStatic(machine, nextTrailingNode, constants.END_OF_INPUT, constants.NODE_ERRORED, ["setError", "Not enough positional arguments"]), registerDynamic(machine, lastTrailingNode, "isNotOptionLike", nextTrailingNode, "pushPositional"), lastTrailingNode = nextTrailingNode;
          }
          registerDynamic(machine, lastTrailingNode, positionalArgument, constants.NODE_ERRORED, ["setError", "Extraneous positional argument"]), registerStatic(machine, lastTrailingNode, constants.END_OF_INPUT, constants.NODE_SUCCESS, ["setSelectedIndex", this.cliIndex]);
        }
        return {
          machine,
          context: this.context
        };
      }
      registerOptions(machine, node) {
        registerDynamic(machine, node, ["isOption", "--"], node, "inhibateOptions"), registerDynamic(machine, node, ["isBatchOption", this.allOptionNames], node, "pushBatch"), registerDynamic(machine, node, ["isBoundOption", this.allOptionNames, this.options], node, "pushBound"), registerDynamic(machine, node, ["isUnsupportedOption", this.allOptionNames], constants.NODE_ERRORED, ["setError", "Unsupported option name"]), registerDynamic(machine, node, ["isInvalidOption"], constants.NODE_ERRORED, ["setError", "Invalid option name"]);
        for (let option of this.options) {
          let longestName = option.names.reduce((longestName2, name) => name.length > longestName2.length ? name : longestName2, "");
          if (option.arity === 0)
            for (let name of option.names)
              registerDynamic(machine, node, ["isOption", name, option.hidden || name !== longestName], node, "pushTrue"), name.startsWith("--") && !name.startsWith("--no-") && registerDynamic(machine, node, ["isNegatedOption", name], node, ["pushFalse", name]);
          else {
            let lastNode = injectNode(machine, makeNode());
            for (let name of option.names)
              registerDynamic(machine, node, ["isOption", name, option.hidden || name !== longestName], lastNode, "pushUndefined");
            for (let t = 0; t < option.arity; ++t) {
              let nextNode = injectNode(machine, makeNode());
              registerStatic(machine, lastNode, constants.END_OF_INPUT, constants.NODE_ERRORED, "setOptionArityError"), registerDynamic(machine, lastNode, "isOptionLike", constants.NODE_ERRORED, "setOptionArityError");
              let action = option.arity === 1 ? "setStringValue" : "pushStringValue";
              registerDynamic(machine, lastNode, "isNotOptionLike", nextNode, action), lastNode = nextNode;
            }
            registerShortcut(machine, lastNode, node);
          }
        }
      }
    }, CliBuilder = class _CliBuilder {
      static {
        __name(this, "CliBuilder");
      }
      constructor({ binaryName = "..." } = {}) {
        this.builders = [], this.opts = { binaryName };
      }
      static build(cbs, opts = {}) {
        return new _CliBuilder(opts).commands(cbs).compile();
      }
      getBuilderByIndex(n) {
        if (!(n >= 0 && n < this.builders.length))
          throw new Error(`Assertion failed: Out-of-bound command index (${n})`);
        return this.builders[n];
      }
      commands(cbs) {
        for (let cb of cbs)
          cb(this.command());
        return this;
      }
      command() {
        let builder = new CommandBuilder(this.builders.length, this.opts);
        return this.builders.push(builder), builder;
      }
      compile() {
        let machines = [], contexts = [];
        for (let builder of this.builders) {
          let { machine: machine2, context } = builder.compile();
          machines.push(machine2), contexts.push(context);
        }
        let machine = makeAnyOfMachine(machines);
        return simplifyMachine(machine), {
          machine,
          contexts,
          process: /* @__PURE__ */ __name((input) => runMachine(machine, input), "process"),
          suggest: /* @__PURE__ */ __name((input, partial) => suggestMachine(machine, input, partial), "suggest")
        };
      }
    };
    exports.CliBuilder = CliBuilder;
    exports.CommandBuilder = CommandBuilder;
    exports.NoLimits = NoLimits;
    exports.aggregateHelpStates = aggregateHelpStates;
    exports.cloneNode = cloneNode;
    exports.cloneTransition = cloneTransition;
    exports.debug = debug;
    exports.debugMachine = debugMachine;
    exports.execute = execute;
    exports.injectNode = injectNode;
    exports.isTerminalNode = isTerminalNode;
    exports.makeAnyOfMachine = makeAnyOfMachine;
    exports.makeNode = makeNode;
    exports.makeStateMachine = makeStateMachine;
    exports.reducers = reducers;
    exports.registerDynamic = registerDynamic;
    exports.registerShortcut = registerShortcut;
    exports.registerStatic = registerStatic;
    exports.runMachineInternal = runMachineInternal;
    exports.selectBestState = selectBestState;
    exports.simplifyMachine = simplifyMachine;
    exports.suggest = suggest;
    exports.tests = tests;
    exports.trimSmallerBranches = trimSmallerBranches;
  }
});

// node_modules/clipanion/lib/platform/node.js
var require_node = __commonJS({
  "node_modules/clipanion/lib/platform/node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var tty = __require("tty");
    function _interopDefaultLegacy(e) {
      return e && typeof e == "object" && "default" in e ? e : { default: e };
    }
    __name(_interopDefaultLegacy, "_interopDefaultLegacy");
    var tty__default = /* @__PURE__ */ _interopDefaultLegacy(tty);
    function getDefaultColorDepth() {
      return tty__default.default && "getColorDepth" in tty__default.default.WriteStream.prototype ? tty__default.default.WriteStream.prototype.getColorDepth() : process.env.FORCE_COLOR === "0" ? 1 : process.env.FORCE_COLOR === "1" || typeof process.stdout < "u" && process.stdout.isTTY ? 8 : 1;
    }
    __name(getDefaultColorDepth, "getDefaultColorDepth");
    var gContextStorage;
    function getCaptureActivator(context) {
      let contextStorage = gContextStorage;
      if (typeof contextStorage > "u") {
        if (context.stdout === process.stdout && context.stderr === process.stderr)
          return null;
        let { AsyncLocalStorage: LazyAsyncLocalStorage } = __require("async_hooks");
        contextStorage = gContextStorage = new LazyAsyncLocalStorage();
        let origStdoutWrite = process.stdout._write;
        process.stdout._write = function(chunk, encoding, cb) {
          let context2 = contextStorage.getStore();
          return typeof context2 > "u" ? origStdoutWrite.call(this, chunk, encoding, cb) : context2.stdout.write(chunk, encoding, cb);
        };
        let origStderrWrite = process.stderr._write;
        process.stderr._write = function(chunk, encoding, cb) {
          let context2 = contextStorage.getStore();
          return typeof context2 > "u" ? origStderrWrite.call(this, chunk, encoding, cb) : context2.stderr.write(chunk, encoding, cb);
        };
      }
      return (fn) => contextStorage.run(context, fn);
    }
    __name(getCaptureActivator, "getCaptureActivator");
    exports.getCaptureActivator = getCaptureActivator;
    exports.getDefaultColorDepth = getDefaultColorDepth;
  }
});

// node_modules/clipanion/lib/advanced/HelpCommand.js
var require_HelpCommand = __commonJS({
  "node_modules/clipanion/lib/advanced/HelpCommand.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_Command = require_Command(), HelpCommand = class _HelpCommand extends advanced_Command.Command {
      static {
        __name(this, "HelpCommand");
      }
      constructor(contexts) {
        super(), this.contexts = contexts, this.commands = [];
      }
      static from(state, contexts) {
        let command = new _HelpCommand(contexts);
        command.path = state.path;
        for (let opt of state.options)
          switch (opt.name) {
            case "-c":
              command.commands.push(Number(opt.value));
              break;
            case "-i":
              command.index = Number(opt.value);
              break;
          }
        return command;
      }
      async execute() {
        let commands = this.commands;
        if (typeof this.index < "u" && this.index >= 0 && this.index < commands.length && (commands = [commands[this.index]]), commands.length === 0)
          this.context.stdout.write(this.cli.usage());
        else if (commands.length === 1)
          this.context.stdout.write(this.cli.usage(this.contexts[commands[0]].commandClass, { detailed: !0 }));
        else if (commands.length > 1) {
          this.context.stdout.write(`Multiple commands match your selection:
`), this.context.stdout.write(`
`);
          let index = 0;
          for (let command of this.commands)
            this.context.stdout.write(this.cli.usage(this.contexts[command].commandClass, { prefix: `${index++}. `.padStart(5) }));
          this.context.stdout.write(`
`), this.context.stdout.write(`Run again with -h=<index> to see the longer details of any of those commands.
`);
        }
      }
    };
    exports.HelpCommand = HelpCommand;
  }
});

// node_modules/clipanion/lib/advanced/Cli.js
var require_Cli = __commonJS({
  "node_modules/clipanion/lib/advanced/Cli.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var constants = require_constants(), core = require_core(), format = require_format(), platform = require_node(), advanced_Command = require_Command(), advanced_HelpCommand = require_HelpCommand(), errorCommandSymbol = /* @__PURE__ */ Symbol("clipanion/errorCommand");
    async function runExit(...args) {
      let { resolvedOptions, resolvedCommandClasses, resolvedArgv, resolvedContext } = resolveRunParameters(args);
      return Cli.from(resolvedCommandClasses, resolvedOptions).runExit(resolvedArgv, resolvedContext);
    }
    __name(runExit, "runExit");
    async function run(...args) {
      let { resolvedOptions, resolvedCommandClasses, resolvedArgv, resolvedContext } = resolveRunParameters(args);
      return Cli.from(resolvedCommandClasses, resolvedOptions).run(resolvedArgv, resolvedContext);
    }
    __name(run, "run");
    function resolveRunParameters(args) {
      let resolvedOptions, resolvedCommandClasses, resolvedArgv, resolvedContext;
      switch (typeof process < "u" && typeof process.argv < "u" && (resolvedArgv = process.argv.slice(2)), args.length) {
        case 1:
          resolvedCommandClasses = args[0];
          break;
        case 2:
          args[0] && args[0].prototype instanceof advanced_Command.Command || Array.isArray(args[0]) ? (resolvedCommandClasses = args[0], Array.isArray(args[1]) ? resolvedArgv = args[1] : resolvedContext = args[1]) : (resolvedOptions = args[0], resolvedCommandClasses = args[1]);
          break;
        case 3:
          Array.isArray(args[2]) ? (resolvedOptions = args[0], resolvedCommandClasses = args[1], resolvedArgv = args[2]) : args[0] && args[0].prototype instanceof advanced_Command.Command || Array.isArray(args[0]) ? (resolvedCommandClasses = args[0], resolvedArgv = args[1], resolvedContext = args[2]) : (resolvedOptions = args[0], resolvedCommandClasses = args[1], resolvedContext = args[2]);
          break;
        default:
          resolvedOptions = args[0], resolvedCommandClasses = args[1], resolvedArgv = args[2], resolvedContext = args[3];
          break;
      }
      if (typeof resolvedArgv > "u")
        throw new Error("The argv parameter must be provided when running Clipanion outside of a Node context");
      return {
        resolvedOptions,
        resolvedCommandClasses,
        resolvedArgv,
        resolvedContext
      };
    }
    __name(resolveRunParameters, "resolveRunParameters");
    var Cli = class _Cli {
      static {
        __name(this, "Cli");
      }
      constructor({ binaryLabel, binaryName: binaryNameOpt = "...", binaryVersion, enableCapture = !1, enableColors } = {}) {
        this.registrations = /* @__PURE__ */ new Map(), this.builder = new core.CliBuilder({ binaryName: binaryNameOpt }), this.binaryLabel = binaryLabel, this.binaryName = binaryNameOpt, this.binaryVersion = binaryVersion, this.enableCapture = enableCapture, this.enableColors = enableColors;
      }
      /**
       * Creates a new Cli and registers all commands passed as parameters.
       *
       * @param commandClasses The Commands to register
       * @returns The created `Cli` instance
       */
      static from(commandClasses, options = {}) {
        let cli = new _Cli(options), resolvedCommandClasses = Array.isArray(commandClasses) ? commandClasses : [commandClasses];
        for (let commandClass of resolvedCommandClasses)
          cli.register(commandClass);
        return cli;
      }
      /**
       * Registers a command inside the CLI.
       */
      register(commandClass) {
        var _a;
        let specs = /* @__PURE__ */ new Map(), command = new commandClass();
        for (let key in command) {
          let value = command[key];
          typeof value == "object" && value !== null && value[advanced_Command.Command.isOption] && specs.set(key, value);
        }
        let builder = this.builder.command(), index = builder.cliIndex, paths = (_a = commandClass.paths) !== null && _a !== void 0 ? _a : command.paths;
        if (typeof paths < "u")
          for (let path of paths)
            builder.addPath(path);
        this.registrations.set(commandClass, { specs, builder, index });
        for (let [key, { definition }] of specs.entries())
          definition(builder, key);
        builder.setContext({
          commandClass
        });
      }
      process(input, userContext) {
        let { contexts, process: process2 } = this.builder.compile(), state = process2(input), context = {
          ..._Cli.defaultContext,
          ...userContext
        };
        switch (state.selectedIndex) {
          case constants.HELP_COMMAND_INDEX: {
            let command = advanced_HelpCommand.HelpCommand.from(state, contexts);
            return command.context = context, command;
          }
          default:
            {
              let { commandClass } = contexts[state.selectedIndex], record = this.registrations.get(commandClass);
              if (typeof record > "u")
                throw new Error("Assertion failed: Expected the command class to have been registered.");
              let command = new commandClass();
              command.context = context, command.path = state.path;
              try {
                for (let [key, { transformer }] of record.specs.entries())
                  command[key] = transformer(record.builder, key, state, context);
                return command;
              } catch (error) {
                throw error[errorCommandSymbol] = command, error;
              }
            }
            break;
        }
      }
      async run(input, userContext) {
        var _a, _b;
        let command, context = {
          ..._Cli.defaultContext,
          ...userContext
        }, colored = (_a = this.enableColors) !== null && _a !== void 0 ? _a : context.colorDepth > 1;
        if (!Array.isArray(input))
          command = input;
        else
          try {
            command = this.process(input, context);
          } catch (error) {
            return context.stdout.write(this.error(error, { colored })), 1;
          }
        if (command.help)
          return context.stdout.write(this.usage(command, { colored, detailed: !0 })), 0;
        command.context = context, command.cli = {
          binaryLabel: this.binaryLabel,
          binaryName: this.binaryName,
          binaryVersion: this.binaryVersion,
          enableCapture: this.enableCapture,
          enableColors: this.enableColors,
          definitions: /* @__PURE__ */ __name(() => this.definitions(), "definitions"),
          error: /* @__PURE__ */ __name((error, opts) => this.error(error, opts), "error"),
          format: /* @__PURE__ */ __name((colored2) => this.format(colored2), "format"),
          process: /* @__PURE__ */ __name((input2, subContext) => this.process(input2, { ...context, ...subContext }), "process"),
          run: /* @__PURE__ */ __name((input2, subContext) => this.run(input2, { ...context, ...subContext }), "run"),
          usage: /* @__PURE__ */ __name((command2, opts) => this.usage(command2, opts), "usage")
        };
        let activate = this.enableCapture && (_b = platform.getCaptureActivator(context)) !== null && _b !== void 0 ? _b : noopCaptureActivator, exitCode;
        try {
          exitCode = await activate(() => command.validateAndExecute().catch((error) => command.catch(error).then(() => 0)));
        } catch (error) {
          return context.stdout.write(this.error(error, { colored, command })), 1;
        }
        return exitCode;
      }
      async runExit(input, context) {
        process.exitCode = await this.run(input, context);
      }
      suggest(input, partial) {
        let { suggest } = this.builder.compile();
        return suggest(input, partial);
      }
      definitions({ colored = !1 } = {}) {
        let data = [];
        for (let [commandClass, { index }] of this.registrations) {
          if (typeof commandClass.usage > "u")
            continue;
          let { usage: path } = this.getUsageByIndex(index, { detailed: !1 }), { usage, options } = this.getUsageByIndex(index, { detailed: !0, inlineOptions: !1 }), category = typeof commandClass.usage.category < "u" ? format.formatMarkdownish(commandClass.usage.category, { format: this.format(colored), paragraphs: !1 }) : void 0, description = typeof commandClass.usage.description < "u" ? format.formatMarkdownish(commandClass.usage.description, { format: this.format(colored), paragraphs: !1 }) : void 0, details = typeof commandClass.usage.details < "u" ? format.formatMarkdownish(commandClass.usage.details, { format: this.format(colored), paragraphs: !0 }) : void 0, examples = typeof commandClass.usage.examples < "u" ? commandClass.usage.examples.map(([label, cli]) => [format.formatMarkdownish(label, { format: this.format(colored), paragraphs: !1 }), cli.replace(/\$0/g, this.binaryName)]) : void 0;
          data.push({ path, usage, category, description, details, examples, options });
        }
        return data;
      }
      usage(command = null, { colored, detailed = !1, prefix = "$ " } = {}) {
        var _a;
        if (command === null) {
          for (let commandClass2 of this.registrations.keys()) {
            let paths = commandClass2.paths, isDocumented = typeof commandClass2.usage < "u";
            if (!paths || paths.length === 0 || paths.length === 1 && paths[0].length === 0 || ((_a = paths?.some((path) => path.length === 0)) !== null && _a !== void 0 ? _a : !1))
              if (command) {
                command = null;
                break;
              } else
                command = commandClass2;
            else if (isDocumented) {
              command = null;
              continue;
            }
          }
          command && (detailed = !0);
        }
        let commandClass = command !== null && command instanceof advanced_Command.Command ? command.constructor : command, result = "";
        if (commandClass)
          if (detailed) {
            let { description = "", details = "", examples = [] } = commandClass.usage || {};
            description !== "" && (result += format.formatMarkdownish(description, { format: this.format(colored), paragraphs: !1 }).replace(/^./, ($0) => $0.toUpperCase()), result += `
`), (details !== "" || examples.length > 0) && (result += `${this.format(colored).header("Usage")}
`, result += `
`);
            let { usage, options } = this.getUsageByRegistration(commandClass, { inlineOptions: !1 });
            if (result += `${this.format(colored).bold(prefix)}${usage}
`, options.length > 0) {
              result += `
`, result += `${this.format(colored).header("Options")}
`;
              let maxDefinitionLength = options.reduce((length, option) => Math.max(length, option.definition.length), 0);
              result += `
`;
              for (let { definition, description: description2 } of options)
                result += `  ${this.format(colored).bold(definition.padEnd(maxDefinitionLength))}    ${format.formatMarkdownish(description2, { format: this.format(colored), paragraphs: !1 })}`;
            }
            if (details !== "" && (result += `
`, result += `${this.format(colored).header("Details")}
`, result += `
`, result += format.formatMarkdownish(details, { format: this.format(colored), paragraphs: !0 })), examples.length > 0) {
              result += `
`, result += `${this.format(colored).header("Examples")}
`;
              for (let [description2, example] of examples)
                result += `
`, result += format.formatMarkdownish(description2, { format: this.format(colored), paragraphs: !1 }), result += `${example.replace(/^/m, `  ${this.format(colored).bold(prefix)}`).replace(/\$0/g, this.binaryName)}
`;
            }
          } else {
            let { usage } = this.getUsageByRegistration(commandClass);
            result += `${this.format(colored).bold(prefix)}${usage}
`;
          }
        else {
          let commandsByCategories = /* @__PURE__ */ new Map();
          for (let [commandClass2, { index }] of this.registrations.entries()) {
            if (typeof commandClass2.usage > "u")
              continue;
            let category = typeof commandClass2.usage.category < "u" ? format.formatMarkdownish(commandClass2.usage.category, { format: this.format(colored), paragraphs: !1 }) : null, categoryCommands = commandsByCategories.get(category);
            typeof categoryCommands > "u" && commandsByCategories.set(category, categoryCommands = []);
            let { usage } = this.getUsageByIndex(index);
            categoryCommands.push({ commandClass: commandClass2, usage });
          }
          let categoryNames = Array.from(commandsByCategories.keys()).sort((a, b) => a === null ? -1 : b === null ? 1 : a.localeCompare(b, "en", { usage: "sort", caseFirst: "upper" })), hasLabel = typeof this.binaryLabel < "u", hasVersion = typeof this.binaryVersion < "u";
          hasLabel || hasVersion ? (hasLabel && hasVersion ? result += `${this.format(colored).header(`${this.binaryLabel} - ${this.binaryVersion}`)}

` : hasLabel ? result += `${this.format(colored).header(`${this.binaryLabel}`)}
` : result += `${this.format(colored).header(`${this.binaryVersion}`)}
`, result += `  ${this.format(colored).bold(prefix)}${this.binaryName} <command>
`) : result += `${this.format(colored).bold(prefix)}${this.binaryName} <command>
`;
          for (let categoryName of categoryNames) {
            let commands = commandsByCategories.get(categoryName).slice().sort((a, b) => a.usage.localeCompare(b.usage, "en", { usage: "sort", caseFirst: "upper" })), header = categoryName !== null ? categoryName.trim() : "General commands";
            result += `
`, result += `${this.format(colored).header(`${header}`)}
`;
            for (let { commandClass: commandClass2, usage } of commands) {
              let doc = commandClass2.usage.description || "undocumented";
              result += `
`, result += `  ${this.format(colored).bold(usage)}
`, result += `    ${format.formatMarkdownish(doc, { format: this.format(colored), paragraphs: !1 })}`;
            }
          }
          result += `
`, result += format.formatMarkdownish("You can also print more details about any of these commands by calling them with the `-h,--help` flag right after the command name.", { format: this.format(colored), paragraphs: !0 });
        }
        return result;
      }
      error(error, _a) {
        var _b, { colored, command = (_b = error[errorCommandSymbol]) !== null && _b !== void 0 ? _b : null } = _a === void 0 ? {} : _a;
        (!error || typeof error != "object" || !("stack" in error)) && (error = new Error(`Execution failed with a non-error rejection (rejected value: ${JSON.stringify(error)})`));
        let result = "", name = error.name.replace(/([a-z])([A-Z])/g, "$1 $2");
        name === "Error" && (name = "Internal Error"), result += `${this.format(colored).error(name)}: ${error.message}
`;
        let meta = error.clipanion;
        return typeof meta < "u" ? meta.type === "usage" && (result += `
`, result += this.usage(command)) : error.stack && (result += `${error.stack.replace(/^.*\n/, "")}
`), result;
      }
      format(colored) {
        var _a;
        return ((_a = colored ?? this.enableColors) !== null && _a !== void 0 ? _a : _Cli.defaultContext.colorDepth > 1) ? format.richFormat : format.textFormat;
      }
      getUsageByRegistration(klass, opts) {
        let record = this.registrations.get(klass);
        if (typeof record > "u")
          throw new Error("Assertion failed: Unregistered command");
        return this.getUsageByIndex(record.index, opts);
      }
      getUsageByIndex(n, opts) {
        return this.builder.getBuilderByIndex(n).usage(opts);
      }
    };
    Cli.defaultContext = {
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      colorDepth: platform.getDefaultColorDepth()
    };
    function noopCaptureActivator(fn) {
      return fn();
    }
    __name(noopCaptureActivator, "noopCaptureActivator");
    exports.Cli = Cli;
    exports.run = run;
    exports.runExit = runExit;
  }
});

// node_modules/clipanion/lib/advanced/builtins/definitions.js
var require_definitions = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/definitions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_Command = require_Command(), DefinitionsCommand = class extends advanced_Command.Command {
      static {
        __name(this, "DefinitionsCommand");
      }
      async execute() {
        this.context.stdout.write(`${JSON.stringify(this.cli.definitions(), null, 2)}
`);
      }
    };
    DefinitionsCommand.paths = [["--clipanion=definitions"]];
    exports.DefinitionsCommand = DefinitionsCommand;
  }
});

// node_modules/clipanion/lib/advanced/builtins/help.js
var require_help = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/help.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_Command = require_Command(), HelpCommand = class extends advanced_Command.Command {
      static {
        __name(this, "HelpCommand");
      }
      async execute() {
        this.context.stdout.write(this.cli.usage());
      }
    };
    HelpCommand.paths = [["-h"], ["--help"]];
    exports.HelpCommand = HelpCommand;
  }
});

// node_modules/clipanion/lib/advanced/builtins/version.js
var require_version = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_Command = require_Command(), VersionCommand = class extends advanced_Command.Command {
      static {
        __name(this, "VersionCommand");
      }
      async execute() {
        var _a;
        this.context.stdout.write(`${(_a = this.cli.binaryVersion) !== null && _a !== void 0 ? _a : "<unknown>"}
`);
      }
    };
    VersionCommand.paths = [["-v"], ["--version"]];
    exports.VersionCommand = VersionCommand;
  }
});

// node_modules/clipanion/lib/advanced/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_builtins_definitions = require_definitions(), advanced_builtins_help = require_help(), advanced_builtins_version = require_version();
    exports.DefinitionsCommand = advanced_builtins_definitions.DefinitionsCommand;
    exports.HelpCommand = advanced_builtins_help.HelpCommand;
    exports.VersionCommand = advanced_builtins_version.VersionCommand;
  }
});

// node_modules/clipanion/lib/advanced/options/Array.js
var require_Array = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils();
    function Array2(descriptor, initialValueBase, optsBase) {
      let [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase ?? {}), { arity = 1 } = opts, optNames = descriptor.split(","), nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            arity,
            hidden: opts?.hidden,
            description: opts?.description,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          let usedName, currentValue = typeof initialValue < "u" ? [...initialValue] : void 0;
          for (let { name, value } of state.options)
            nameSet.has(name) && (usedName = name, currentValue = currentValue ?? [], currentValue.push(value));
          return typeof currentValue < "u" ? advanced_options_utils.applyValidator(usedName ?? key, currentValue, opts.validator) : currentValue;
        }
      });
    }
    __name(Array2, "Array");
    exports.Array = Array2;
  }
});

// node_modules/clipanion/lib/advanced/options/Boolean.js
var require_Boolean = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Boolean.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils();
    function Boolean(descriptor, initialValueBase, optsBase) {
      let [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase ?? {}), optNames = descriptor.split(","), nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            allowBinding: !1,
            arity: 0,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builer, key, state) {
          let currentValue = initialValue;
          for (let { name, value } of state.options)
            nameSet.has(name) && (currentValue = value);
          return currentValue;
        }
      });
    }
    __name(Boolean, "Boolean");
    exports.Boolean = Boolean;
  }
});

// node_modules/clipanion/lib/advanced/options/Counter.js
var require_Counter = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Counter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils();
    function Counter(descriptor, initialValueBase, optsBase) {
      let [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase ?? {}), optNames = descriptor.split(","), nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            allowBinding: !1,
            arity: 0,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          let currentValue = initialValue;
          for (let { name, value } of state.options)
            nameSet.has(name) && (currentValue ?? (currentValue = 0), value ? currentValue += 1 : currentValue = 0);
          return currentValue;
        }
      });
    }
    __name(Counter, "Counter");
    exports.Counter = Counter;
  }
});

// node_modules/clipanion/lib/advanced/options/Proxy.js
var require_Proxy = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils();
    function Proxy(opts = {}) {
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addProxy({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          return state.positionals.map(({ value }) => value);
        }
      });
    }
    __name(Proxy, "Proxy");
    exports.Proxy = Proxy;
  }
});

// node_modules/clipanion/lib/advanced/options/Rest.js
var require_Rest = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Rest.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var core = require_core(), advanced_options_utils = require_utils();
    function Rest(opts = {}) {
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addRest({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          let isRestPositional = /* @__PURE__ */ __name((index) => {
            let positional = state.positionals[index];
            return positional.extra === core.NoLimits || positional.extra === !1 && index < builder.arity.leading.length;
          }, "isRestPositional"), count = 0;
          for (; count < state.positionals.length && isRestPositional(count); )
            count += 1;
          return state.positionals.splice(0, count).map(({ value }) => value);
        }
      });
    }
    __name(Rest, "Rest");
    exports.Rest = Rest;
  }
});

// node_modules/clipanion/lib/advanced/options/String.js
var require_String = __commonJS({
  "node_modules/clipanion/lib/advanced/options/String.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var core = require_core(), advanced_options_utils = require_utils();
    function StringOption(descriptor, initialValueBase, optsBase) {
      let [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase ?? {}), { arity = 1 } = opts, optNames = descriptor.split(","), nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            arity: opts.tolerateBoolean ? 0 : arity,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builder, key, state, context) {
          let usedName, currentValue = initialValue;
          typeof opts.env < "u" && context.env[opts.env] && (usedName = opts.env, currentValue = context.env[opts.env]);
          for (let { name, value } of state.options)
            nameSet.has(name) && (usedName = name, currentValue = value);
          return typeof currentValue == "string" ? advanced_options_utils.applyValidator(usedName ?? key, currentValue, opts.validator) : currentValue;
        }
      });
    }
    __name(StringOption, "StringOption");
    function StringPositional(opts = {}) {
      let { required = !0 } = opts;
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addPositional({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          var _a;
          for (let i = 0; i < state.positionals.length; ++i) {
            if (state.positionals[i].extra === core.NoLimits || required && state.positionals[i].extra === !0 || !required && state.positionals[i].extra === !1)
              continue;
            let [positional] = state.positionals.splice(i, 1);
            return advanced_options_utils.applyValidator((_a = opts.name) !== null && _a !== void 0 ? _a : key, positional.value, opts.validator);
          }
        }
      });
    }
    __name(StringPositional, "StringPositional");
    function String2(descriptor, ...args) {
      return typeof descriptor == "string" ? StringOption(descriptor, ...args) : StringPositional(descriptor);
    }
    __name(String2, "String");
    exports.String = String2;
  }
});

// node_modules/clipanion/lib/advanced/options/index.js
var require_options = __commonJS({
  "node_modules/clipanion/lib/advanced/options/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var advanced_options_utils = require_utils(), advanced_options_Array = require_Array(), advanced_options_Boolean = require_Boolean(), advanced_options_Counter = require_Counter(), advanced_options_Proxy = require_Proxy(), advanced_options_Rest = require_Rest(), advanced_options_String = require_String();
    exports.applyValidator = advanced_options_utils.applyValidator;
    exports.cleanValidationError = advanced_options_utils.cleanValidationError;
    exports.formatError = advanced_options_utils.formatError;
    exports.isOptionSymbol = advanced_options_utils.isOptionSymbol;
    exports.makeCommandOption = advanced_options_utils.makeCommandOption;
    exports.rerouteArguments = advanced_options_utils.rerouteArguments;
    exports.Array = advanced_options_Array.Array;
    exports.Boolean = advanced_options_Boolean.Boolean;
    exports.Counter = advanced_options_Counter.Counter;
    exports.Proxy = advanced_options_Proxy.Proxy;
    exports.Rest = advanced_options_Rest.Rest;
    exports.String = advanced_options_String.String;
  }
});

// node_modules/clipanion/lib/advanced/index.js
var require_advanced = __commonJS({
  "node_modules/clipanion/lib/advanced/index.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var errors = require_errors(), format = require_format(), advanced_Command = require_Command(), advanced_Cli = require_Cli(), advanced_builtins_index = require_builtins(), advanced_options_index = require_options();
    exports.UsageError = errors.UsageError;
    exports.formatMarkdownish = format.formatMarkdownish;
    exports.Command = advanced_Command.Command;
    exports.Cli = advanced_Cli.Cli;
    exports.run = advanced_Cli.run;
    exports.runExit = advanced_Cli.runExit;
    exports.Builtins = advanced_builtins_index;
    exports.Option = advanced_options_index;
  }
});

export {
  require_advanced
};
