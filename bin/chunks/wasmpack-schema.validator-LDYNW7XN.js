import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/config/generated/wasmpack-schema.validator.ts
var __getOwnPropNames = Object.getOwnPropertyNames, __commonJS = /* @__PURE__ */ __name((cb, mod) => /* @__PURE__ */ __name(function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
}, "__require"), "__commonJS"), require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    __name(ucs2length, "ucs2length"), exports.default = ucs2length, ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
}), require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ __name(function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    }, "equal");
  }
}), require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default', exports.default = equal;
  }
}), validate = validate10, wasmpack_schema_validator_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://raw.githubusercontent.com/wasmpack/wasmpack/main/schemas/wasmpack.schema.json", title: "wasmpack project configuration", description: "wasmpack.json, or the [package.metadata.wasmpack] table of Cargo.toml. Command-line flags override every field.", type: "object", additionalProperties: !1, properties: { $schema: { type: "string" }, name: { description: "Module and image name: the module is /<name>.wasm in the image.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 128 }, language: { description: "Skip detection.", enum: ["rust", "c", "go", "wasm"] }, wasm: { description: "A module built elsewhere (Zig, AssemblyScript, a Makefile): package it with no compile step.", type: "string", minLength: 1 }, tags: { description: "Image references to tag the build with (e.g. ghcr.io/acme/app:1.0). The first is the default push destination.", type: "array", items: { type: "string", minLength: 1 } }, format: { description: "compat: a container image for crun/podman/runwasi/Kubernetes. artifact: the CNCF Wasm OCI artifact.", enum: ["compat", "artifact"] }, compression: { enum: ["gzip", "zstd", "none"] }, variant: { description: "Value of the module.wasm.image/variant annotation.", enum: ["compat", "compat-smart"] }, strip: { description: "Drop debug and name sections (default: on for release builds).", type: "boolean" }, wasmOpt: { description: "Run binaryen's wasm-opt on the module after compiling (true means O2); its version is recorded in the image (dev.wasmpack.wasm-opt). Off by default: a build depends only on what it declares.", oneOf: [{ type: "boolean" }, { type: "string", enum: ["O1", "O2", "O3", "O4", "Os", "Oz"] }] }, annotations: { $ref: "#/definitions/stringMap" }, labels: { $ref: "#/definitions/stringMap" }, env: { $ref: "#/definitions/stringMap" }, cmd: { description: "Arguments passed to the module (the image's Cmd).", type: "array", items: { type: "string" } }, c: { type: "object", additionalProperties: !1, properties: { sources: { description: "Files or globs relative to the project (default: every *.c).", $ref: "#/definitions/stringList" }, includeDirs: { $ref: "#/definitions/stringList" }, defines: { description: "NAME or NAME=VALUE.", $ref: "#/definitions/stringList" }, cflags: { $ref: "#/definitions/stringList" }, ldflags: { $ref: "#/definitions/stringList" }, cc: { description: "C compiler to use instead of the detected one.", type: "string" } } }, rust: { type: "object", additionalProperties: !1, properties: { bin: { type: "string" }, package: { type: "string" }, features: { $ref: "#/definitions/stringList" }, target: { enum: ["wasm32-wasip1", "wasm32-wasi", "wasm32-wasip2"] } } }, go: { type: "object", additionalProperties: !1, properties: { toolchain: { enum: ["auto", "go", "tinygo"] }, package: { type: "string" }, ldflags: { type: "string" }, tags: { $ref: "#/definitions/stringList" } } }, aot: { description: "WAMR ahead-of-time compilation with wamrc.", type: "object", additionalProperties: !1, properties: { enabled: { type: "boolean" }, wamrc: { description: "Path of wamrc (else $WAMRC, else PATH).", type: "string" }, targets: { description: "Architectures (x86_64, aarch64, ...); default: the host's.", $ref: "#/definitions/stringList" }, cpu: { description: "generic (default, portable), native, or a named CPU.", type: "string" }, cpuFeatures: { type: "string" }, optLevel: { type: "integer", minimum: 0, maximum: 3 }, sizeLevel: { type: "integer", minimum: 0, maximum: 3 }, boundsChecks: { type: "boolean" }, flags: { description: "Extra wamrc flags, passed through.", $ref: "#/definitions/stringList" }, ship: { description: "How AOT code is published beside the portable image.", type: "array", items: { enum: ["sibling", "embed", "referrer"] }, uniqueItems: !0 } } } }, definitions: { stringList: { type: "array", items: { type: "string" } }, stringMap: { type: "object", additionalProperties: { type: "string" } } } }, func2 = Object.prototype.hasOwnProperty, func3 = require_ucs2length().default, func0 = require_equal().default, pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.$schema !== void 0 && typeof data.$schema != "string") {
      let err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 == "string") {
        if (func3(data1) > 128) {
          let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        if (!pattern0.test(data1)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.language !== void 0) {
      let data2 = data.language;
      if (!(data2 === "rust" || data2 === "c" || data2 === "go" || data2 === "wasm")) {
        let err5 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema11.properties.language.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.wasm !== void 0) {
      let data3 = data.wasm;
      if (typeof data3 == "string") {
        if (func3(data3) < 1) {
          let err6 = { instancePath: instancePath + "/wasm", schemaPath: "#/properties/wasm/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/wasm", schemaPath: "#/properties/wasm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 == "string") {
            if (func3(data5) < 1) {
              let err8 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          } else {
            let err9 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        }
      } else {
        let err10 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.format !== void 0) {
      let data6 = data.format;
      if (!(data6 === "compat" || data6 === "artifact")) {
        let err11 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.format.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.compression !== void 0) {
      let data7 = data.compression;
      if (!(data7 === "gzip" || data7 === "zstd" || data7 === "none")) {
        let err12 = { instancePath: instancePath + "/compression", schemaPath: "#/properties/compression/enum", keyword: "enum", params: { allowedValues: schema11.properties.compression.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.variant !== void 0) {
      let data8 = data.variant;
      if (!(data8 === "compat" || data8 === "compat-smart")) {
        let err13 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/enum", keyword: "enum", params: { allowedValues: schema11.properties.variant.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.strip !== void 0 && typeof data.strip != "boolean") {
      let err14 = { instancePath: instancePath + "/strip", schemaPath: "#/properties/strip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.wasmOpt !== void 0) {
      let data10 = data.wasmOpt, _errs19 = errors, valid3 = !1, passing0 = null, _errs20 = errors;
      if (typeof data10 != "boolean") {
        let err15 = { instancePath: instancePath + "/wasmOpt", schemaPath: "#/properties/wasmOpt/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
      var _valid0 = _errs20 === errors;
      _valid0 && (valid3 = !0, passing0 = 0);
      let _errs22 = errors;
      if (typeof data10 != "string") {
        let err16 = { instancePath: instancePath + "/wasmOpt", schemaPath: "#/properties/wasmOpt/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
      if (!(data10 === "O1" || data10 === "O2" || data10 === "O3" || data10 === "O4" || data10 === "Os" || data10 === "Oz")) {
        let err17 = { instancePath: instancePath + "/wasmOpt", schemaPath: "#/properties/wasmOpt/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties.wasmOpt.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
      var _valid0 = _errs22 === errors;
      if (_valid0 && valid3 ? (valid3 = !1, passing0 = [passing0, 1]) : _valid0 && (valid3 = !0, passing0 = 1), valid3)
        errors = _errs19, vErrors !== null && (_errs19 ? vErrors.length = _errs19 : vErrors = null);
      else {
        let err18 = { instancePath: instancePath + "/wasmOpt", schemaPath: "#/properties/wasmOpt/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data11 = data.annotations;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (let key1 in data11)
          if (typeof data11[key1] != "string") {
            let err19 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
      } else {
        let err20 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.labels !== void 0) {
      let data13 = data.labels;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (let key2 in data13)
          if (typeof data13[key2] != "string") {
            let err21 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
      } else {
        let err22 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.env !== void 0) {
      let data15 = data.env;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (let key3 in data15)
          if (typeof data15[key3] != "string") {
            let err23 = { instancePath: instancePath + "/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
      } else {
        let err24 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.cmd !== void 0) {
      let data17 = data.cmd;
      if (Array.isArray(data17)) {
        let len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++)
          if (typeof data17[i1] != "string") {
            let err25 = { instancePath: instancePath + "/cmd/" + i1, schemaPath: "#/properties/cmd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
      } else {
        let err26 = { instancePath: instancePath + "/cmd", schemaPath: "#/properties/cmd/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.c !== void 0) {
      let data19 = data.c;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (let key4 in data19)
          if (!(key4 === "sources" || key4 === "includeDirs" || key4 === "defines" || key4 === "cflags" || key4 === "ldflags" || key4 === "cc")) {
            let err27 = { instancePath: instancePath + "/c", schemaPath: "#/properties/c/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        if (data19.sources !== void 0) {
          let data20 = data19.sources;
          if (Array.isArray(data20)) {
            let len2 = data20.length;
            for (let i2 = 0; i2 < len2; i2++)
              if (typeof data20[i2] != "string") {
                let err28 = { instancePath: instancePath + "/c/sources/" + i2, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
          } else {
            let err29 = { instancePath: instancePath + "/c/sources", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data19.includeDirs !== void 0) {
          let data22 = data19.includeDirs;
          if (Array.isArray(data22)) {
            let len3 = data22.length;
            for (let i3 = 0; i3 < len3; i3++)
              if (typeof data22[i3] != "string") {
                let err30 = { instancePath: instancePath + "/c/includeDirs/" + i3, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
          } else {
            let err31 = { instancePath: instancePath + "/c/includeDirs", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data19.defines !== void 0) {
          let data24 = data19.defines;
          if (Array.isArray(data24)) {
            let len4 = data24.length;
            for (let i4 = 0; i4 < len4; i4++)
              if (typeof data24[i4] != "string") {
                let err32 = { instancePath: instancePath + "/c/defines/" + i4, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
          } else {
            let err33 = { instancePath: instancePath + "/c/defines", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data19.cflags !== void 0) {
          let data26 = data19.cflags;
          if (Array.isArray(data26)) {
            let len5 = data26.length;
            for (let i5 = 0; i5 < len5; i5++)
              if (typeof data26[i5] != "string") {
                let err34 = { instancePath: instancePath + "/c/cflags/" + i5, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
          } else {
            let err35 = { instancePath: instancePath + "/c/cflags", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
        if (data19.ldflags !== void 0) {
          let data28 = data19.ldflags;
          if (Array.isArray(data28)) {
            let len6 = data28.length;
            for (let i6 = 0; i6 < len6; i6++)
              if (typeof data28[i6] != "string") {
                let err36 = { instancePath: instancePath + "/c/ldflags/" + i6, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
          } else {
            let err37 = { instancePath: instancePath + "/c/ldflags", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data19.cc !== void 0 && typeof data19.cc != "string") {
          let err38 = { instancePath: instancePath + "/c/cc", schemaPath: "#/properties/c/properties/cc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
      } else {
        let err39 = { instancePath: instancePath + "/c", schemaPath: "#/properties/c/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
    if (data.rust !== void 0) {
      let data31 = data.rust;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (let key5 in data31)
          if (!(key5 === "bin" || key5 === "package" || key5 === "features" || key5 === "target")) {
            let err40 = { instancePath: instancePath + "/rust", schemaPath: "#/properties/rust/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        if (data31.bin !== void 0 && typeof data31.bin != "string") {
          let err41 = { instancePath: instancePath + "/rust/bin", schemaPath: "#/properties/rust/properties/bin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
        if (data31.package !== void 0 && typeof data31.package != "string") {
          let err42 = { instancePath: instancePath + "/rust/package", schemaPath: "#/properties/rust/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
        if (data31.features !== void 0) {
          let data34 = data31.features;
          if (Array.isArray(data34)) {
            let len7 = data34.length;
            for (let i7 = 0; i7 < len7; i7++)
              if (typeof data34[i7] != "string") {
                let err43 = { instancePath: instancePath + "/rust/features/" + i7, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
          } else {
            let err44 = { instancePath: instancePath + "/rust/features", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data31.target !== void 0) {
          let data36 = data31.target;
          if (!(data36 === "wasm32-wasip1" || data36 === "wasm32-wasi" || data36 === "wasm32-wasip2")) {
            let err45 = { instancePath: instancePath + "/rust/target", schemaPath: "#/properties/rust/properties/target/enum", keyword: "enum", params: { allowedValues: schema11.properties.rust.properties.target.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
        }
      } else {
        let err46 = { instancePath: instancePath + "/rust", schemaPath: "#/properties/rust/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
    if (data.go !== void 0) {
      let data37 = data.go;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (let key6 in data37)
          if (!(key6 === "toolchain" || key6 === "package" || key6 === "ldflags" || key6 === "tags")) {
            let err47 = { instancePath: instancePath + "/go", schemaPath: "#/properties/go/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
        if (data37.toolchain !== void 0) {
          let data38 = data37.toolchain;
          if (!(data38 === "auto" || data38 === "go" || data38 === "tinygo")) {
            let err48 = { instancePath: instancePath + "/go/toolchain", schemaPath: "#/properties/go/properties/toolchain/enum", keyword: "enum", params: { allowedValues: schema11.properties.go.properties.toolchain.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
        }
        if (data37.package !== void 0 && typeof data37.package != "string") {
          let err49 = { instancePath: instancePath + "/go/package", schemaPath: "#/properties/go/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
        }
        if (data37.ldflags !== void 0 && typeof data37.ldflags != "string") {
          let err50 = { instancePath: instancePath + "/go/ldflags", schemaPath: "#/properties/go/properties/ldflags/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
        }
        if (data37.tags !== void 0) {
          let data41 = data37.tags;
          if (Array.isArray(data41)) {
            let len8 = data41.length;
            for (let i8 = 0; i8 < len8; i8++)
              if (typeof data41[i8] != "string") {
                let err51 = { instancePath: instancePath + "/go/tags/" + i8, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
          } else {
            let err52 = { instancePath: instancePath + "/go/tags", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        }
      } else {
        let err53 = { instancePath: instancePath + "/go", schemaPath: "#/properties/go/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.aot !== void 0) {
      let data43 = data.aot;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (let key7 in data43)
          if (!func2.call(schema11.properties.aot.properties, key7)) {
            let err54 = { instancePath: instancePath + "/aot", schemaPath: "#/properties/aot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        if (data43.enabled !== void 0 && typeof data43.enabled != "boolean") {
          let err55 = { instancePath: instancePath + "/aot/enabled", schemaPath: "#/properties/aot/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
        }
        if (data43.wamrc !== void 0 && typeof data43.wamrc != "string") {
          let err56 = { instancePath: instancePath + "/aot/wamrc", schemaPath: "#/properties/aot/properties/wamrc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
        if (data43.targets !== void 0) {
          let data46 = data43.targets;
          if (Array.isArray(data46)) {
            let len9 = data46.length;
            for (let i9 = 0; i9 < len9; i9++)
              if (typeof data46[i9] != "string") {
                let err57 = { instancePath: instancePath + "/aot/targets/" + i9, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
          } else {
            let err58 = { instancePath: instancePath + "/aot/targets", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
        if (data43.cpu !== void 0 && typeof data43.cpu != "string") {
          let err59 = { instancePath: instancePath + "/aot/cpu", schemaPath: "#/properties/aot/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        if (data43.cpuFeatures !== void 0 && typeof data43.cpuFeatures != "string") {
          let err60 = { instancePath: instancePath + "/aot/cpuFeatures", schemaPath: "#/properties/aot/properties/cpuFeatures/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
        if (data43.optLevel !== void 0) {
          let data50 = data43.optLevel;
          if (!(typeof data50 == "number" && !(data50 % 1) && !isNaN(data50))) {
            let err61 = { instancePath: instancePath + "/aot/optLevel", schemaPath: "#/properties/aot/properties/optLevel/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
          if (typeof data50 == "number") {
            if (data50 > 3 || isNaN(data50)) {
              let err62 = { instancePath: instancePath + "/aot/optLevel", schemaPath: "#/properties/aot/properties/optLevel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3" };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
            if (data50 < 0 || isNaN(data50)) {
              let err63 = { instancePath: instancePath + "/aot/optLevel", schemaPath: "#/properties/aot/properties/optLevel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
          }
        }
        if (data43.sizeLevel !== void 0) {
          let data51 = data43.sizeLevel;
          if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51))) {
            let err64 = { instancePath: instancePath + "/aot/sizeLevel", schemaPath: "#/properties/aot/properties/sizeLevel/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
          if (typeof data51 == "number") {
            if (data51 > 3 || isNaN(data51)) {
              let err65 = { instancePath: instancePath + "/aot/sizeLevel", schemaPath: "#/properties/aot/properties/sizeLevel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3" };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
            if (data51 < 0 || isNaN(data51)) {
              let err66 = { instancePath: instancePath + "/aot/sizeLevel", schemaPath: "#/properties/aot/properties/sizeLevel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
          }
        }
        if (data43.boundsChecks !== void 0 && typeof data43.boundsChecks != "boolean") {
          let err67 = { instancePath: instancePath + "/aot/boundsChecks", schemaPath: "#/properties/aot/properties/boundsChecks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
        }
        if (data43.flags !== void 0) {
          let data53 = data43.flags;
          if (Array.isArray(data53)) {
            let len10 = data53.length;
            for (let i10 = 0; i10 < len10; i10++)
              if (typeof data53[i10] != "string") {
                let err68 = { instancePath: instancePath + "/aot/flags/" + i10, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
          } else {
            let err69 = { instancePath: instancePath + "/aot/flags", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
        }
        if (data43.ship !== void 0) {
          let data55 = data43.ship;
          if (Array.isArray(data55)) {
            let len11 = data55.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data56 = data55[i11];
              if (!(data56 === "sibling" || data56 === "embed" || data56 === "referrer")) {
                let err70 = { instancePath: instancePath + "/aot/ship/" + i11, schemaPath: "#/properties/aot/properties/ship/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.aot.properties.ship.items.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            }
            let i12 = data55.length, j0;
            if (i12 > 1) {
              outer0:
                for (; i12--; )
                  for (j0 = i12; j0--; )
                    if (func0(data55[i12], data55[j0])) {
                      let err71 = { instancePath: instancePath + "/aot/ship", schemaPath: "#/properties/aot/properties/ship/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i12 + " are identical)" };
                      vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                      break outer0;
                    }
            }
          } else {
            let err72 = { instancePath: instancePath + "/aot/ship", schemaPath: "#/properties/aot/properties/ship/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
        }
      } else {
        let err73 = { instancePath: instancePath + "/aot", schemaPath: "#/properties/aot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
      }
    }
  } else {
    let err74 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
__name(validate10, "validate10");
export {
  wasmpack_schema_validator_default as default,
  validate
};
