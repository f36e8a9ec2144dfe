import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PredicateType,
  SigningAnnotation,
  SigningMediaType,
  bundleReferrer,
  keyBundle,
  parseSimpleSigningPayload,
  parseStatement,
  preAuthEncoding,
  signatureLayer,
  signatureManifest,
  signatureTag,
  simpleSigningPayload,
  statement
} from "./shared-supply-chain-sign-formats.js";
import {
  parseTransport
} from "./shared-targets-transport-spec.js";
import {
  connect
} from "./shared-targets-registry-uploads.js";
import "./shared-oci-aot-image.js";
import {
  readLayoutImage,
  readLayoutReferrers
} from "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import {
  LayoutTarget,
  ROOT,
  blobPath,
  readIndex
} from "./shared-targets-layout.js";
import {
  canonicalJson,
  isManifestNode,
  sha256,
  shortDigest,
  walk
} from "./shared-streamx.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import {
  isDockerHub,
  manifestReference,
  referenceWithDigest
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  registerSecret,
  wrap
} from "./shared-errors.js";
import {
  packageVersion
} from "./shared-package-info.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./shared-runtime.js";

// node_modules/tweetnacl/nacl-fast.js
var require_nacl_fast = __commonJS({
  "node_modules/tweetnacl/nacl-fast.js"(exports, module) {
    (function(nacl2) {
      "use strict";
      var gf = /* @__PURE__ */ __name(function(init) {
        var i, r = new Float64Array(16);
        if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
        return r;
      }, "gf"), randombytes = /* @__PURE__ */ __name(function() {
        throw new Error("no PRNG");
      }, "randombytes"), _0 = new Uint8Array(16), _9 = new Uint8Array(32);
      _9[0] = 9;
      var gf0 = gf(), gf1 = gf([1]), _121665 = gf([56129, 1]), D = gf([30883, 4953, 19914, 30187, 55467, 16705, 2637, 112, 59544, 30585, 16505, 36039, 65139, 11119, 27886, 20995]), D2 = gf([61785, 9906, 39828, 60374, 45398, 33411, 5274, 224, 53552, 61171, 33010, 6542, 64743, 22239, 55772, 9222]), X = gf([54554, 36645, 11616, 51542, 42930, 38181, 51040, 26924, 56412, 64982, 57905, 49316, 21502, 52590, 14035, 8553]), Y = gf([26200, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214]), I = gf([41136, 18958, 6951, 50414, 58488, 44335, 6150, 12099, 55207, 15867, 153, 11085, 57099, 20417, 9344, 11139]);
      function ts64(x, i, h, l) {
        x[i] = h >> 24 & 255, x[i + 1] = h >> 16 & 255, x[i + 2] = h >> 8 & 255, x[i + 3] = h & 255, x[i + 4] = l >> 24 & 255, x[i + 5] = l >> 16 & 255, x[i + 6] = l >> 8 & 255, x[i + 7] = l & 255;
      }
      __name(ts64, "ts64");
      function vn(x, xi, y, yi, n) {
        var i, d = 0;
        for (i = 0; i < n; i++) d |= x[xi + i] ^ y[yi + i];
        return (1 & d - 1 >>> 8) - 1;
      }
      __name(vn, "vn");
      function crypto_verify_16(x, xi, y, yi) {
        return vn(x, xi, y, yi, 16);
      }
      __name(crypto_verify_16, "crypto_verify_16");
      function crypto_verify_32(x, xi, y, yi) {
        return vn(x, xi, y, yi, 32);
      }
      __name(crypto_verify_32, "crypto_verify_32");
      function core_salsa20(o, p, k, c) {
        for (var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24, x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u, i = 0; i < 20; i += 2)
          u = x0 + x12 | 0, x4 ^= u << 7 | u >>> 25, u = x4 + x0 | 0, x8 ^= u << 9 | u >>> 23, u = x8 + x4 | 0, x12 ^= u << 13 | u >>> 19, u = x12 + x8 | 0, x0 ^= u << 18 | u >>> 14, u = x5 + x1 | 0, x9 ^= u << 7 | u >>> 25, u = x9 + x5 | 0, x13 ^= u << 9 | u >>> 23, u = x13 + x9 | 0, x1 ^= u << 13 | u >>> 19, u = x1 + x13 | 0, x5 ^= u << 18 | u >>> 14, u = x10 + x6 | 0, x14 ^= u << 7 | u >>> 25, u = x14 + x10 | 0, x2 ^= u << 9 | u >>> 23, u = x2 + x14 | 0, x6 ^= u << 13 | u >>> 19, u = x6 + x2 | 0, x10 ^= u << 18 | u >>> 14, u = x15 + x11 | 0, x3 ^= u << 7 | u >>> 25, u = x3 + x15 | 0, x7 ^= u << 9 | u >>> 23, u = x7 + x3 | 0, x11 ^= u << 13 | u >>> 19, u = x11 + x7 | 0, x15 ^= u << 18 | u >>> 14, u = x0 + x3 | 0, x1 ^= u << 7 | u >>> 25, u = x1 + x0 | 0, x2 ^= u << 9 | u >>> 23, u = x2 + x1 | 0, x3 ^= u << 13 | u >>> 19, u = x3 + x2 | 0, x0 ^= u << 18 | u >>> 14, u = x5 + x4 | 0, x6 ^= u << 7 | u >>> 25, u = x6 + x5 | 0, x7 ^= u << 9 | u >>> 23, u = x7 + x6 | 0, x4 ^= u << 13 | u >>> 19, u = x4 + x7 | 0, x5 ^= u << 18 | u >>> 14, u = x10 + x9 | 0, x11 ^= u << 7 | u >>> 25, u = x11 + x10 | 0, x8 ^= u << 9 | u >>> 23, u = x8 + x11 | 0, x9 ^= u << 13 | u >>> 19, u = x9 + x8 | 0, x10 ^= u << 18 | u >>> 14, u = x15 + x14 | 0, x12 ^= u << 7 | u >>> 25, u = x12 + x15 | 0, x13 ^= u << 9 | u >>> 23, u = x13 + x12 | 0, x14 ^= u << 13 | u >>> 19, u = x14 + x13 | 0, x15 ^= u << 18 | u >>> 14;
        x0 = x0 + j0 | 0, x1 = x1 + j1 | 0, x2 = x2 + j2 | 0, x3 = x3 + j3 | 0, x4 = x4 + j4 | 0, x5 = x5 + j5 | 0, x6 = x6 + j6 | 0, x7 = x7 + j7 | 0, x8 = x8 + j8 | 0, x9 = x9 + j9 | 0, x10 = x10 + j10 | 0, x11 = x11 + j11 | 0, x12 = x12 + j12 | 0, x13 = x13 + j13 | 0, x14 = x14 + j14 | 0, x15 = x15 + j15 | 0, o[0] = x0 >>> 0 & 255, o[1] = x0 >>> 8 & 255, o[2] = x0 >>> 16 & 255, o[3] = x0 >>> 24 & 255, o[4] = x1 >>> 0 & 255, o[5] = x1 >>> 8 & 255, o[6] = x1 >>> 16 & 255, o[7] = x1 >>> 24 & 255, o[8] = x2 >>> 0 & 255, o[9] = x2 >>> 8 & 255, o[10] = x2 >>> 16 & 255, o[11] = x2 >>> 24 & 255, o[12] = x3 >>> 0 & 255, o[13] = x3 >>> 8 & 255, o[14] = x3 >>> 16 & 255, o[15] = x3 >>> 24 & 255, o[16] = x4 >>> 0 & 255, o[17] = x4 >>> 8 & 255, o[18] = x4 >>> 16 & 255, o[19] = x4 >>> 24 & 255, o[20] = x5 >>> 0 & 255, o[21] = x5 >>> 8 & 255, o[22] = x5 >>> 16 & 255, o[23] = x5 >>> 24 & 255, o[24] = x6 >>> 0 & 255, o[25] = x6 >>> 8 & 255, o[26] = x6 >>> 16 & 255, o[27] = x6 >>> 24 & 255, o[28] = x7 >>> 0 & 255, o[29] = x7 >>> 8 & 255, o[30] = x7 >>> 16 & 255, o[31] = x7 >>> 24 & 255, o[32] = x8 >>> 0 & 255, o[33] = x8 >>> 8 & 255, o[34] = x8 >>> 16 & 255, o[35] = x8 >>> 24 & 255, o[36] = x9 >>> 0 & 255, o[37] = x9 >>> 8 & 255, o[38] = x9 >>> 16 & 255, o[39] = x9 >>> 24 & 255, o[40] = x10 >>> 0 & 255, o[41] = x10 >>> 8 & 255, o[42] = x10 >>> 16 & 255, o[43] = x10 >>> 24 & 255, o[44] = x11 >>> 0 & 255, o[45] = x11 >>> 8 & 255, o[46] = x11 >>> 16 & 255, o[47] = x11 >>> 24 & 255, o[48] = x12 >>> 0 & 255, o[49] = x12 >>> 8 & 255, o[50] = x12 >>> 16 & 255, o[51] = x12 >>> 24 & 255, o[52] = x13 >>> 0 & 255, o[53] = x13 >>> 8 & 255, o[54] = x13 >>> 16 & 255, o[55] = x13 >>> 24 & 255, o[56] = x14 >>> 0 & 255, o[57] = x14 >>> 8 & 255, o[58] = x14 >>> 16 & 255, o[59] = x14 >>> 24 & 255, o[60] = x15 >>> 0 & 255, o[61] = x15 >>> 8 & 255, o[62] = x15 >>> 16 & 255, o[63] = x15 >>> 24 & 255;
      }
      __name(core_salsa20, "core_salsa20");
      function core_hsalsa20(o, p, k, c) {
        for (var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24, x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u, i = 0; i < 20; i += 2)
          u = x0 + x12 | 0, x4 ^= u << 7 | u >>> 25, u = x4 + x0 | 0, x8 ^= u << 9 | u >>> 23, u = x8 + x4 | 0, x12 ^= u << 13 | u >>> 19, u = x12 + x8 | 0, x0 ^= u << 18 | u >>> 14, u = x5 + x1 | 0, x9 ^= u << 7 | u >>> 25, u = x9 + x5 | 0, x13 ^= u << 9 | u >>> 23, u = x13 + x9 | 0, x1 ^= u << 13 | u >>> 19, u = x1 + x13 | 0, x5 ^= u << 18 | u >>> 14, u = x10 + x6 | 0, x14 ^= u << 7 | u >>> 25, u = x14 + x10 | 0, x2 ^= u << 9 | u >>> 23, u = x2 + x14 | 0, x6 ^= u << 13 | u >>> 19, u = x6 + x2 | 0, x10 ^= u << 18 | u >>> 14, u = x15 + x11 | 0, x3 ^= u << 7 | u >>> 25, u = x3 + x15 | 0, x7 ^= u << 9 | u >>> 23, u = x7 + x3 | 0, x11 ^= u << 13 | u >>> 19, u = x11 + x7 | 0, x15 ^= u << 18 | u >>> 14, u = x0 + x3 | 0, x1 ^= u << 7 | u >>> 25, u = x1 + x0 | 0, x2 ^= u << 9 | u >>> 23, u = x2 + x1 | 0, x3 ^= u << 13 | u >>> 19, u = x3 + x2 | 0, x0 ^= u << 18 | u >>> 14, u = x5 + x4 | 0, x6 ^= u << 7 | u >>> 25, u = x6 + x5 | 0, x7 ^= u << 9 | u >>> 23, u = x7 + x6 | 0, x4 ^= u << 13 | u >>> 19, u = x4 + x7 | 0, x5 ^= u << 18 | u >>> 14, u = x10 + x9 | 0, x11 ^= u << 7 | u >>> 25, u = x11 + x10 | 0, x8 ^= u << 9 | u >>> 23, u = x8 + x11 | 0, x9 ^= u << 13 | u >>> 19, u = x9 + x8 | 0, x10 ^= u << 18 | u >>> 14, u = x15 + x14 | 0, x12 ^= u << 7 | u >>> 25, u = x12 + x15 | 0, x13 ^= u << 9 | u >>> 23, u = x13 + x12 | 0, x14 ^= u << 13 | u >>> 19, u = x14 + x13 | 0, x15 ^= u << 18 | u >>> 14;
        o[0] = x0 >>> 0 & 255, o[1] = x0 >>> 8 & 255, o[2] = x0 >>> 16 & 255, o[3] = x0 >>> 24 & 255, o[4] = x5 >>> 0 & 255, o[5] = x5 >>> 8 & 255, o[6] = x5 >>> 16 & 255, o[7] = x5 >>> 24 & 255, o[8] = x10 >>> 0 & 255, o[9] = x10 >>> 8 & 255, o[10] = x10 >>> 16 & 255, o[11] = x10 >>> 24 & 255, o[12] = x15 >>> 0 & 255, o[13] = x15 >>> 8 & 255, o[14] = x15 >>> 16 & 255, o[15] = x15 >>> 24 & 255, o[16] = x6 >>> 0 & 255, o[17] = x6 >>> 8 & 255, o[18] = x6 >>> 16 & 255, o[19] = x6 >>> 24 & 255, o[20] = x7 >>> 0 & 255, o[21] = x7 >>> 8 & 255, o[22] = x7 >>> 16 & 255, o[23] = x7 >>> 24 & 255, o[24] = x8 >>> 0 & 255, o[25] = x8 >>> 8 & 255, o[26] = x8 >>> 16 & 255, o[27] = x8 >>> 24 & 255, o[28] = x9 >>> 0 & 255, o[29] = x9 >>> 8 & 255, o[30] = x9 >>> 16 & 255, o[31] = x9 >>> 24 & 255;
      }
      __name(core_hsalsa20, "core_hsalsa20");
      function crypto_core_salsa20(out, inp, k, c) {
        core_salsa20(out, inp, k, c);
      }
      __name(crypto_core_salsa20, "crypto_core_salsa20");
      function crypto_core_hsalsa20(out, inp, k, c) {
        core_hsalsa20(out, inp, k, c);
      }
      __name(crypto_core_hsalsa20, "crypto_core_hsalsa20");
      var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
      function crypto_stream_salsa20_xor(c, cpos, m, mpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64), u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        for (; b >= 64; ) {
          for (crypto_core_salsa20(x, z, k, sigma), i = 0; i < 64; i++) c[cpos + i] = m[mpos + i] ^ x[i];
          for (u = 1, i = 8; i < 16; i++)
            u = u + (z[i] & 255) | 0, z[i] = u & 255, u >>>= 8;
          b -= 64, cpos += 64, mpos += 64;
        }
        if (b > 0)
          for (crypto_core_salsa20(x, z, k, sigma), i = 0; i < b; i++) c[cpos + i] = m[mpos + i] ^ x[i];
        return 0;
      }
      __name(crypto_stream_salsa20_xor, "crypto_stream_salsa20_xor");
      function crypto_stream_salsa20(c, cpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64), u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        for (; b >= 64; ) {
          for (crypto_core_salsa20(x, z, k, sigma), i = 0; i < 64; i++) c[cpos + i] = x[i];
          for (u = 1, i = 8; i < 16; i++)
            u = u + (z[i] & 255) | 0, z[i] = u & 255, u >>>= 8;
          b -= 64, cpos += 64;
        }
        if (b > 0)
          for (crypto_core_salsa20(x, z, k, sigma), i = 0; i < b; i++) c[cpos + i] = x[i];
        return 0;
      }
      __name(crypto_stream_salsa20, "crypto_stream_salsa20");
      function crypto_stream(c, cpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        for (var sn = new Uint8Array(8), i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20(c, cpos, d, sn, s);
      }
      __name(crypto_stream, "crypto_stream");
      function crypto_stream_xor(c, cpos, m, mpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        for (var sn = new Uint8Array(8), i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20_xor(c, cpos, m, mpos, d, sn, s);
      }
      __name(crypto_stream_xor, "crypto_stream_xor");
      var poly1305 = /* @__PURE__ */ __name(function(key) {
        this.buffer = new Uint8Array(16), this.r = new Uint16Array(10), this.h = new Uint16Array(10), this.pad = new Uint16Array(8), this.leftover = 0, this.fin = 0;
        var t0, t1, t2, t3, t4, t5, t6, t7;
        t0 = key[0] & 255 | (key[1] & 255) << 8, this.r[0] = t0 & 8191, t1 = key[2] & 255 | (key[3] & 255) << 8, this.r[1] = (t0 >>> 13 | t1 << 3) & 8191, t2 = key[4] & 255 | (key[5] & 255) << 8, this.r[2] = (t1 >>> 10 | t2 << 6) & 7939, t3 = key[6] & 255 | (key[7] & 255) << 8, this.r[3] = (t2 >>> 7 | t3 << 9) & 8191, t4 = key[8] & 255 | (key[9] & 255) << 8, this.r[4] = (t3 >>> 4 | t4 << 12) & 255, this.r[5] = t4 >>> 1 & 8190, t5 = key[10] & 255 | (key[11] & 255) << 8, this.r[6] = (t4 >>> 14 | t5 << 2) & 8191, t6 = key[12] & 255 | (key[13] & 255) << 8, this.r[7] = (t5 >>> 11 | t6 << 5) & 8065, t7 = key[14] & 255 | (key[15] & 255) << 8, this.r[8] = (t6 >>> 8 | t7 << 8) & 8191, this.r[9] = t7 >>> 5 & 127, this.pad[0] = key[16] & 255 | (key[17] & 255) << 8, this.pad[1] = key[18] & 255 | (key[19] & 255) << 8, this.pad[2] = key[20] & 255 | (key[21] & 255) << 8, this.pad[3] = key[22] & 255 | (key[23] & 255) << 8, this.pad[4] = key[24] & 255 | (key[25] & 255) << 8, this.pad[5] = key[26] & 255 | (key[27] & 255) << 8, this.pad[6] = key[28] & 255 | (key[29] & 255) << 8, this.pad[7] = key[30] & 255 | (key[31] & 255) << 8;
      }, "poly1305");
      poly1305.prototype.blocks = function(m, mpos, bytes) {
        for (var hibit = this.fin ? 0 : 2048, t0, t1, t2, t3, t4, t5, t6, t7, c, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, h0 = this.h[0], h1 = this.h[1], h2 = this.h[2], h3 = this.h[3], h4 = this.h[4], h5 = this.h[5], h6 = this.h[6], h7 = this.h[7], h8 = this.h[8], h9 = this.h[9], r0 = this.r[0], r1 = this.r[1], r2 = this.r[2], r3 = this.r[3], r4 = this.r[4], r5 = this.r[5], r6 = this.r[6], r7 = this.r[7], r8 = this.r[8], r9 = this.r[9]; bytes >= 16; )
          t0 = m[mpos + 0] & 255 | (m[mpos + 1] & 255) << 8, h0 += t0 & 8191, t1 = m[mpos + 2] & 255 | (m[mpos + 3] & 255) << 8, h1 += (t0 >>> 13 | t1 << 3) & 8191, t2 = m[mpos + 4] & 255 | (m[mpos + 5] & 255) << 8, h2 += (t1 >>> 10 | t2 << 6) & 8191, t3 = m[mpos + 6] & 255 | (m[mpos + 7] & 255) << 8, h3 += (t2 >>> 7 | t3 << 9) & 8191, t4 = m[mpos + 8] & 255 | (m[mpos + 9] & 255) << 8, h4 += (t3 >>> 4 | t4 << 12) & 8191, h5 += t4 >>> 1 & 8191, t5 = m[mpos + 10] & 255 | (m[mpos + 11] & 255) << 8, h6 += (t4 >>> 14 | t5 << 2) & 8191, t6 = m[mpos + 12] & 255 | (m[mpos + 13] & 255) << 8, h7 += (t5 >>> 11 | t6 << 5) & 8191, t7 = m[mpos + 14] & 255 | (m[mpos + 15] & 255) << 8, h8 += (t6 >>> 8 | t7 << 8) & 8191, h9 += t7 >>> 5 | hibit, c = 0, d0 = c, d0 += h0 * r0, d0 += h1 * (5 * r9), d0 += h2 * (5 * r8), d0 += h3 * (5 * r7), d0 += h4 * (5 * r6), c = d0 >>> 13, d0 &= 8191, d0 += h5 * (5 * r5), d0 += h6 * (5 * r4), d0 += h7 * (5 * r3), d0 += h8 * (5 * r2), d0 += h9 * (5 * r1), c += d0 >>> 13, d0 &= 8191, d1 = c, d1 += h0 * r1, d1 += h1 * r0, d1 += h2 * (5 * r9), d1 += h3 * (5 * r8), d1 += h4 * (5 * r7), c = d1 >>> 13, d1 &= 8191, d1 += h5 * (5 * r6), d1 += h6 * (5 * r5), d1 += h7 * (5 * r4), d1 += h8 * (5 * r3), d1 += h9 * (5 * r2), c += d1 >>> 13, d1 &= 8191, d2 = c, d2 += h0 * r2, d2 += h1 * r1, d2 += h2 * r0, d2 += h3 * (5 * r9), d2 += h4 * (5 * r8), c = d2 >>> 13, d2 &= 8191, d2 += h5 * (5 * r7), d2 += h6 * (5 * r6), d2 += h7 * (5 * r5), d2 += h8 * (5 * r4), d2 += h9 * (5 * r3), c += d2 >>> 13, d2 &= 8191, d3 = c, d3 += h0 * r3, d3 += h1 * r2, d3 += h2 * r1, d3 += h3 * r0, d3 += h4 * (5 * r9), c = d3 >>> 13, d3 &= 8191, d3 += h5 * (5 * r8), d3 += h6 * (5 * r7), d3 += h7 * (5 * r6), d3 += h8 * (5 * r5), d3 += h9 * (5 * r4), c += d3 >>> 13, d3 &= 8191, d4 = c, d4 += h0 * r4, d4 += h1 * r3, d4 += h2 * r2, d4 += h3 * r1, d4 += h4 * r0, c = d4 >>> 13, d4 &= 8191, d4 += h5 * (5 * r9), d4 += h6 * (5 * r8), d4 += h7 * (5 * r7), d4 += h8 * (5 * r6), d4 += h9 * (5 * r5), c += d4 >>> 13, d4 &= 8191, d5 = c, d5 += h0 * r5, d5 += h1 * r4, d5 += h2 * r3, d5 += h3 * r2, d5 += h4 * r1, c = d5 >>> 13, d5 &= 8191, d5 += h5 * r0, d5 += h6 * (5 * r9), d5 += h7 * (5 * r8), d5 += h8 * (5 * r7), d5 += h9 * (5 * r6), c += d5 >>> 13, d5 &= 8191, d6 = c, d6 += h0 * r6, d6 += h1 * r5, d6 += h2 * r4, d6 += h3 * r3, d6 += h4 * r2, c = d6 >>> 13, d6 &= 8191, d6 += h5 * r1, d6 += h6 * r0, d6 += h7 * (5 * r9), d6 += h8 * (5 * r8), d6 += h9 * (5 * r7), c += d6 >>> 13, d6 &= 8191, d7 = c, d7 += h0 * r7, d7 += h1 * r6, d7 += h2 * r5, d7 += h3 * r4, d7 += h4 * r3, c = d7 >>> 13, d7 &= 8191, d7 += h5 * r2, d7 += h6 * r1, d7 += h7 * r0, d7 += h8 * (5 * r9), d7 += h9 * (5 * r8), c += d7 >>> 13, d7 &= 8191, d8 = c, d8 += h0 * r8, d8 += h1 * r7, d8 += h2 * r6, d8 += h3 * r5, d8 += h4 * r4, c = d8 >>> 13, d8 &= 8191, d8 += h5 * r3, d8 += h6 * r2, d8 += h7 * r1, d8 += h8 * r0, d8 += h9 * (5 * r9), c += d8 >>> 13, d8 &= 8191, d9 = c, d9 += h0 * r9, d9 += h1 * r8, d9 += h2 * r7, d9 += h3 * r6, d9 += h4 * r5, c = d9 >>> 13, d9 &= 8191, d9 += h5 * r4, d9 += h6 * r3, d9 += h7 * r2, d9 += h8 * r1, d9 += h9 * r0, c += d9 >>> 13, d9 &= 8191, c = (c << 2) + c | 0, c = c + d0 | 0, d0 = c & 8191, c = c >>> 13, d1 += c, h0 = d0, h1 = d1, h2 = d2, h3 = d3, h4 = d4, h5 = d5, h6 = d6, h7 = d7, h8 = d8, h9 = d9, mpos += 16, bytes -= 16;
        this.h[0] = h0, this.h[1] = h1, this.h[2] = h2, this.h[3] = h3, this.h[4] = h4, this.h[5] = h5, this.h[6] = h6, this.h[7] = h7, this.h[8] = h8, this.h[9] = h9;
      }, poly1305.prototype.finish = function(mac, macpos) {
        var g = new Uint16Array(10), c, mask, f, i;
        if (this.leftover) {
          for (i = this.leftover, this.buffer[i++] = 1; i < 16; i++) this.buffer[i] = 0;
          this.fin = 1, this.blocks(this.buffer, 0, 16);
        }
        for (c = this.h[1] >>> 13, this.h[1] &= 8191, i = 2; i < 10; i++)
          this.h[i] += c, c = this.h[i] >>> 13, this.h[i] &= 8191;
        for (this.h[0] += c * 5, c = this.h[0] >>> 13, this.h[0] &= 8191, this.h[1] += c, c = this.h[1] >>> 13, this.h[1] &= 8191, this.h[2] += c, g[0] = this.h[0] + 5, c = g[0] >>> 13, g[0] &= 8191, i = 1; i < 10; i++)
          g[i] = this.h[i] + c, c = g[i] >>> 13, g[i] &= 8191;
        for (g[9] -= 8192, mask = (c ^ 1) - 1, i = 0; i < 10; i++) g[i] &= mask;
        for (mask = ~mask, i = 0; i < 10; i++) this.h[i] = this.h[i] & mask | g[i];
        for (this.h[0] = (this.h[0] | this.h[1] << 13) & 65535, this.h[1] = (this.h[1] >>> 3 | this.h[2] << 10) & 65535, this.h[2] = (this.h[2] >>> 6 | this.h[3] << 7) & 65535, this.h[3] = (this.h[3] >>> 9 | this.h[4] << 4) & 65535, this.h[4] = (this.h[4] >>> 12 | this.h[5] << 1 | this.h[6] << 14) & 65535, this.h[5] = (this.h[6] >>> 2 | this.h[7] << 11) & 65535, this.h[6] = (this.h[7] >>> 5 | this.h[8] << 8) & 65535, this.h[7] = (this.h[8] >>> 8 | this.h[9] << 5) & 65535, f = this.h[0] + this.pad[0], this.h[0] = f & 65535, i = 1; i < 8; i++)
          f = (this.h[i] + this.pad[i] | 0) + (f >>> 16) | 0, this.h[i] = f & 65535;
        mac[macpos + 0] = this.h[0] >>> 0 & 255, mac[macpos + 1] = this.h[0] >>> 8 & 255, mac[macpos + 2] = this.h[1] >>> 0 & 255, mac[macpos + 3] = this.h[1] >>> 8 & 255, mac[macpos + 4] = this.h[2] >>> 0 & 255, mac[macpos + 5] = this.h[2] >>> 8 & 255, mac[macpos + 6] = this.h[3] >>> 0 & 255, mac[macpos + 7] = this.h[3] >>> 8 & 255, mac[macpos + 8] = this.h[4] >>> 0 & 255, mac[macpos + 9] = this.h[4] >>> 8 & 255, mac[macpos + 10] = this.h[5] >>> 0 & 255, mac[macpos + 11] = this.h[5] >>> 8 & 255, mac[macpos + 12] = this.h[6] >>> 0 & 255, mac[macpos + 13] = this.h[6] >>> 8 & 255, mac[macpos + 14] = this.h[7] >>> 0 & 255, mac[macpos + 15] = this.h[7] >>> 8 & 255;
      }, poly1305.prototype.update = function(m, mpos, bytes) {
        var i, want;
        if (this.leftover) {
          for (want = 16 - this.leftover, want > bytes && (want = bytes), i = 0; i < want; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          if (bytes -= want, mpos += want, this.leftover += want, this.leftover < 16)
            return;
          this.blocks(this.buffer, 0, 16), this.leftover = 0;
        }
        if (bytes >= 16 && (want = bytes - bytes % 16, this.blocks(m, mpos, want), mpos += want, bytes -= want), bytes) {
          for (i = 0; i < bytes; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          this.leftover += bytes;
        }
      };
      function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
        var s = new poly1305(k);
        return s.update(m, mpos, n), s.finish(out, outpos), 0;
      }
      __name(crypto_onetimeauth, "crypto_onetimeauth");
      function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
        var x = new Uint8Array(16);
        return crypto_onetimeauth(x, 0, m, mpos, n, k), crypto_verify_16(h, hpos, x, 0);
      }
      __name(crypto_onetimeauth_verify, "crypto_onetimeauth_verify");
      function crypto_secretbox(c, m, d, n, k) {
        var i;
        if (d < 32) return -1;
        for (crypto_stream_xor(c, 0, m, 0, d, n, k), crypto_onetimeauth(c, 16, c, 32, d - 32, c), i = 0; i < 16; i++) c[i] = 0;
        return 0;
      }
      __name(crypto_secretbox, "crypto_secretbox");
      function crypto_secretbox_open(m, c, d, n, k) {
        var i, x = new Uint8Array(32);
        if (d < 32 || (crypto_stream(x, 0, 32, n, k), crypto_onetimeauth_verify(c, 16, c, 32, d - 32, x) !== 0)) return -1;
        for (crypto_stream_xor(m, 0, c, 0, d, n, k), i = 0; i < 32; i++) m[i] = 0;
        return 0;
      }
      __name(crypto_secretbox_open, "crypto_secretbox_open");
      function set25519(r, a) {
        var i;
        for (i = 0; i < 16; i++) r[i] = a[i] | 0;
      }
      __name(set25519, "set25519");
      function car25519(o) {
        var i, v, c = 1;
        for (i = 0; i < 16; i++)
          v = o[i] + c + 65535, c = Math.floor(v / 65536), o[i] = v - c * 65536;
        o[0] += c - 1 + 37 * (c - 1);
      }
      __name(car25519, "car25519");
      function sel25519(p, q, b) {
        for (var t, c = ~(b - 1), i = 0; i < 16; i++)
          t = c & (p[i] ^ q[i]), p[i] ^= t, q[i] ^= t;
      }
      __name(sel25519, "sel25519");
      function pack25519(o, n) {
        var i, j, b, m = gf(), t = gf();
        for (i = 0; i < 16; i++) t[i] = n[i];
        for (car25519(t), car25519(t), car25519(t), j = 0; j < 2; j++) {
          for (m[0] = t[0] - 65517, i = 1; i < 15; i++)
            m[i] = t[i] - 65535 - (m[i - 1] >> 16 & 1), m[i - 1] &= 65535;
          m[15] = t[15] - 32767 - (m[14] >> 16 & 1), b = m[15] >> 16 & 1, m[14] &= 65535, sel25519(t, m, 1 - b);
        }
        for (i = 0; i < 16; i++)
          o[2 * i] = t[i] & 255, o[2 * i + 1] = t[i] >> 8;
      }
      __name(pack25519, "pack25519");
      function neq25519(a, b) {
        var c = new Uint8Array(32), d = new Uint8Array(32);
        return pack25519(c, a), pack25519(d, b), crypto_verify_32(c, 0, d, 0);
      }
      __name(neq25519, "neq25519");
      function par25519(a) {
        var d = new Uint8Array(32);
        return pack25519(d, a), d[0] & 1;
      }
      __name(par25519, "par25519");
      function unpack25519(o, n) {
        var i;
        for (i = 0; i < 16; i++) o[i] = n[2 * i] + (n[2 * i + 1] << 8);
        o[15] &= 32767;
      }
      __name(unpack25519, "unpack25519");
      function A(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
      }
      __name(A, "A");
      function Z(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
      }
      __name(Z, "Z");
      function M(o, a, b) {
        var v, c, t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0, t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0, t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0, b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12], b13 = b[13], b14 = b[14], b15 = b[15];
        v = a[0], t0 += v * b0, t1 += v * b1, t2 += v * b2, t3 += v * b3, t4 += v * b4, t5 += v * b5, t6 += v * b6, t7 += v * b7, t8 += v * b8, t9 += v * b9, t10 += v * b10, t11 += v * b11, t12 += v * b12, t13 += v * b13, t14 += v * b14, t15 += v * b15, v = a[1], t1 += v * b0, t2 += v * b1, t3 += v * b2, t4 += v * b3, t5 += v * b4, t6 += v * b5, t7 += v * b6, t8 += v * b7, t9 += v * b8, t10 += v * b9, t11 += v * b10, t12 += v * b11, t13 += v * b12, t14 += v * b13, t15 += v * b14, t16 += v * b15, v = a[2], t2 += v * b0, t3 += v * b1, t4 += v * b2, t5 += v * b3, t6 += v * b4, t7 += v * b5, t8 += v * b6, t9 += v * b7, t10 += v * b8, t11 += v * b9, t12 += v * b10, t13 += v * b11, t14 += v * b12, t15 += v * b13, t16 += v * b14, t17 += v * b15, v = a[3], t3 += v * b0, t4 += v * b1, t5 += v * b2, t6 += v * b3, t7 += v * b4, t8 += v * b5, t9 += v * b6, t10 += v * b7, t11 += v * b8, t12 += v * b9, t13 += v * b10, t14 += v * b11, t15 += v * b12, t16 += v * b13, t17 += v * b14, t18 += v * b15, v = a[4], t4 += v * b0, t5 += v * b1, t6 += v * b2, t7 += v * b3, t8 += v * b4, t9 += v * b5, t10 += v * b6, t11 += v * b7, t12 += v * b8, t13 += v * b9, t14 += v * b10, t15 += v * b11, t16 += v * b12, t17 += v * b13, t18 += v * b14, t19 += v * b15, v = a[5], t5 += v * b0, t6 += v * b1, t7 += v * b2, t8 += v * b3, t9 += v * b4, t10 += v * b5, t11 += v * b6, t12 += v * b7, t13 += v * b8, t14 += v * b9, t15 += v * b10, t16 += v * b11, t17 += v * b12, t18 += v * b13, t19 += v * b14, t20 += v * b15, v = a[6], t6 += v * b0, t7 += v * b1, t8 += v * b2, t9 += v * b3, t10 += v * b4, t11 += v * b5, t12 += v * b6, t13 += v * b7, t14 += v * b8, t15 += v * b9, t16 += v * b10, t17 += v * b11, t18 += v * b12, t19 += v * b13, t20 += v * b14, t21 += v * b15, v = a[7], t7 += v * b0, t8 += v * b1, t9 += v * b2, t10 += v * b3, t11 += v * b4, t12 += v * b5, t13 += v * b6, t14 += v * b7, t15 += v * b8, t16 += v * b9, t17 += v * b10, t18 += v * b11, t19 += v * b12, t20 += v * b13, t21 += v * b14, t22 += v * b15, v = a[8], t8 += v * b0, t9 += v * b1, t10 += v * b2, t11 += v * b3, t12 += v * b4, t13 += v * b5, t14 += v * b6, t15 += v * b7, t16 += v * b8, t17 += v * b9, t18 += v * b10, t19 += v * b11, t20 += v * b12, t21 += v * b13, t22 += v * b14, t23 += v * b15, v = a[9], t9 += v * b0, t10 += v * b1, t11 += v * b2, t12 += v * b3, t13 += v * b4, t14 += v * b5, t15 += v * b6, t16 += v * b7, t17 += v * b8, t18 += v * b9, t19 += v * b10, t20 += v * b11, t21 += v * b12, t22 += v * b13, t23 += v * b14, t24 += v * b15, v = a[10], t10 += v * b0, t11 += v * b1, t12 += v * b2, t13 += v * b3, t14 += v * b4, t15 += v * b5, t16 += v * b6, t17 += v * b7, t18 += v * b8, t19 += v * b9, t20 += v * b10, t21 += v * b11, t22 += v * b12, t23 += v * b13, t24 += v * b14, t25 += v * b15, v = a[11], t11 += v * b0, t12 += v * b1, t13 += v * b2, t14 += v * b3, t15 += v * b4, t16 += v * b5, t17 += v * b6, t18 += v * b7, t19 += v * b8, t20 += v * b9, t21 += v * b10, t22 += v * b11, t23 += v * b12, t24 += v * b13, t25 += v * b14, t26 += v * b15, v = a[12], t12 += v * b0, t13 += v * b1, t14 += v * b2, t15 += v * b3, t16 += v * b4, t17 += v * b5, t18 += v * b6, t19 += v * b7, t20 += v * b8, t21 += v * b9, t22 += v * b10, t23 += v * b11, t24 += v * b12, t25 += v * b13, t26 += v * b14, t27 += v * b15, v = a[13], t13 += v * b0, t14 += v * b1, t15 += v * b2, t16 += v * b3, t17 += v * b4, t18 += v * b5, t19 += v * b6, t20 += v * b7, t21 += v * b8, t22 += v * b9, t23 += v * b10, t24 += v * b11, t25 += v * b12, t26 += v * b13, t27 += v * b14, t28 += v * b15, v = a[14], t14 += v * b0, t15 += v * b1, t16 += v * b2, t17 += v * b3, t18 += v * b4, t19 += v * b5, t20 += v * b6, t21 += v * b7, t22 += v * b8, t23 += v * b9, t24 += v * b10, t25 += v * b11, t26 += v * b12, t27 += v * b13, t28 += v * b14, t29 += v * b15, v = a[15], t15 += v * b0, t16 += v * b1, t17 += v * b2, t18 += v * b3, t19 += v * b4, t20 += v * b5, t21 += v * b6, t22 += v * b7, t23 += v * b8, t24 += v * b9, t25 += v * b10, t26 += v * b11, t27 += v * b12, t28 += v * b13, t29 += v * b14, t30 += v * b15, t0 += 38 * t16, t1 += 38 * t17, t2 += 38 * t18, t3 += 38 * t19, t4 += 38 * t20, t5 += 38 * t21, t6 += 38 * t22, t7 += 38 * t23, t8 += 38 * t24, t9 += 38 * t25, t10 += 38 * t26, t11 += 38 * t27, t12 += 38 * t28, t13 += 38 * t29, t14 += 38 * t30, c = 1, v = t0 + c + 65535, c = Math.floor(v / 65536), t0 = v - c * 65536, v = t1 + c + 65535, c = Math.floor(v / 65536), t1 = v - c * 65536, v = t2 + c + 65535, c = Math.floor(v / 65536), t2 = v - c * 65536, v = t3 + c + 65535, c = Math.floor(v / 65536), t3 = v - c * 65536, v = t4 + c + 65535, c = Math.floor(v / 65536), t4 = v - c * 65536, v = t5 + c + 65535, c = Math.floor(v / 65536), t5 = v - c * 65536, v = t6 + c + 65535, c = Math.floor(v / 65536), t6 = v - c * 65536, v = t7 + c + 65535, c = Math.floor(v / 65536), t7 = v - c * 65536, v = t8 + c + 65535, c = Math.floor(v / 65536), t8 = v - c * 65536, v = t9 + c + 65535, c = Math.floor(v / 65536), t9 = v - c * 65536, v = t10 + c + 65535, c = Math.floor(v / 65536), t10 = v - c * 65536, v = t11 + c + 65535, c = Math.floor(v / 65536), t11 = v - c * 65536, v = t12 + c + 65535, c = Math.floor(v / 65536), t12 = v - c * 65536, v = t13 + c + 65535, c = Math.floor(v / 65536), t13 = v - c * 65536, v = t14 + c + 65535, c = Math.floor(v / 65536), t14 = v - c * 65536, v = t15 + c + 65535, c = Math.floor(v / 65536), t15 = v - c * 65536, t0 += c - 1 + 37 * (c - 1), c = 1, v = t0 + c + 65535, c = Math.floor(v / 65536), t0 = v - c * 65536, v = t1 + c + 65535, c = Math.floor(v / 65536), t1 = v - c * 65536, v = t2 + c + 65535, c = Math.floor(v / 65536), t2 = v - c * 65536, v = t3 + c + 65535, c = Math.floor(v / 65536), t3 = v - c * 65536, v = t4 + c + 65535, c = Math.floor(v / 65536), t4 = v - c * 65536, v = t5 + c + 65535, c = Math.floor(v / 65536), t5 = v - c * 65536, v = t6 + c + 65535, c = Math.floor(v / 65536), t6 = v - c * 65536, v = t7 + c + 65535, c = Math.floor(v / 65536), t7 = v - c * 65536, v = t8 + c + 65535, c = Math.floor(v / 65536), t8 = v - c * 65536, v = t9 + c + 65535, c = Math.floor(v / 65536), t9 = v - c * 65536, v = t10 + c + 65535, c = Math.floor(v / 65536), t10 = v - c * 65536, v = t11 + c + 65535, c = Math.floor(v / 65536), t11 = v - c * 65536, v = t12 + c + 65535, c = Math.floor(v / 65536), t12 = v - c * 65536, v = t13 + c + 65535, c = Math.floor(v / 65536), t13 = v - c * 65536, v = t14 + c + 65535, c = Math.floor(v / 65536), t14 = v - c * 65536, v = t15 + c + 65535, c = Math.floor(v / 65536), t15 = v - c * 65536, t0 += c - 1 + 37 * (c - 1), o[0] = t0, o[1] = t1, o[2] = t2, o[3] = t3, o[4] = t4, o[5] = t5, o[6] = t6, o[7] = t7, o[8] = t8, o[9] = t9, o[10] = t10, o[11] = t11, o[12] = t12, o[13] = t13, o[14] = t14, o[15] = t15;
      }
      __name(M, "M");
      function S(o, a) {
        M(o, a, a);
      }
      __name(S, "S");
      function inv25519(o, i) {
        var c = gf(), a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 253; a >= 0; a--)
          S(c, c), a !== 2 && a !== 4 && M(c, c, i);
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      __name(inv25519, "inv25519");
      function pow2523(o, i) {
        var c = gf(), a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 250; a >= 0; a--)
          S(c, c), a !== 1 && M(c, c, i);
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      __name(pow2523, "pow2523");
      function crypto_scalarmult(q, n, p) {
        var z = new Uint8Array(32), x = new Float64Array(80), r, i, a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf();
        for (i = 0; i < 31; i++) z[i] = n[i];
        for (z[31] = n[31] & 127 | 64, z[0] &= 248, unpack25519(x, p), i = 0; i < 16; i++)
          b[i] = x[i], d[i] = a[i] = c[i] = 0;
        for (a[0] = d[0] = 1, i = 254; i >= 0; --i)
          r = z[i >>> 3] >>> (i & 7) & 1, sel25519(a, b, r), sel25519(c, d, r), A(e, a, c), Z(a, a, c), A(c, b, d), Z(b, b, d), S(d, e), S(f, a), M(a, c, a), M(c, b, e), A(e, a, c), Z(a, a, c), S(b, a), Z(c, d, f), M(a, c, _121665), A(a, a, d), M(c, c, a), M(a, d, f), M(d, b, x), S(b, e), sel25519(a, b, r), sel25519(c, d, r);
        for (i = 0; i < 16; i++)
          x[i + 16] = a[i], x[i + 32] = c[i], x[i + 48] = b[i], x[i + 64] = d[i];
        var x32 = x.subarray(32), x16 = x.subarray(16);
        return inv25519(x32, x32), M(x16, x16, x32), pack25519(q, x16), 0;
      }
      __name(crypto_scalarmult, "crypto_scalarmult");
      function crypto_scalarmult_base(q, n) {
        return crypto_scalarmult(q, n, _9);
      }
      __name(crypto_scalarmult_base, "crypto_scalarmult_base");
      function crypto_box_keypair(y, x) {
        return randombytes(x, 32), crypto_scalarmult_base(y, x);
      }
      __name(crypto_box_keypair, "crypto_box_keypair");
      function crypto_box_beforenm(k, y, x) {
        var s = new Uint8Array(32);
        return crypto_scalarmult(s, x, y), crypto_core_hsalsa20(k, _0, s, sigma);
      }
      __name(crypto_box_beforenm, "crypto_box_beforenm");
      var crypto_box_afternm = crypto_secretbox, crypto_box_open_afternm = crypto_secretbox_open;
      function crypto_box(c, m, d, n, y, x) {
        var k = new Uint8Array(32);
        return crypto_box_beforenm(k, y, x), crypto_box_afternm(c, m, d, n, k);
      }
      __name(crypto_box, "crypto_box");
      function crypto_box_open(m, c, d, n, y, x) {
        var k = new Uint8Array(32);
        return crypto_box_beforenm(k, y, x), crypto_box_open_afternm(m, c, d, n, k);
      }
      __name(crypto_box_open, "crypto_box_open");
      var K = [
        1116352408,
        3609767458,
        1899447441,
        602891725,
        3049323471,
        3964484399,
        3921009573,
        2173295548,
        961987163,
        4081628472,
        1508970993,
        3053834265,
        2453635748,
        2937671579,
        2870763221,
        3664609560,
        3624381080,
        2734883394,
        310598401,
        1164996542,
        607225278,
        1323610764,
        1426881987,
        3590304994,
        1925078388,
        4068182383,
        2162078206,
        991336113,
        2614888103,
        633803317,
        3248222580,
        3479774868,
        3835390401,
        2666613458,
        4022224774,
        944711139,
        264347078,
        2341262773,
        604807628,
        2007800933,
        770255983,
        1495990901,
        1249150122,
        1856431235,
        1555081692,
        3175218132,
        1996064986,
        2198950837,
        2554220882,
        3999719339,
        2821834349,
        766784016,
        2952996808,
        2566594879,
        3210313671,
        3203337956,
        3336571891,
        1034457026,
        3584528711,
        2466948901,
        113926993,
        3758326383,
        338241895,
        168717936,
        666307205,
        1188179964,
        773529912,
        1546045734,
        1294757372,
        1522805485,
        1396182291,
        2643833823,
        1695183700,
        2343527390,
        1986661051,
        1014477480,
        2177026350,
        1206759142,
        2456956037,
        344077627,
        2730485921,
        1290863460,
        2820302411,
        3158454273,
        3259730800,
        3505952657,
        3345764771,
        106217008,
        3516065817,
        3606008344,
        3600352804,
        1432725776,
        4094571909,
        1467031594,
        275423344,
        851169720,
        430227734,
        3100823752,
        506948616,
        1363258195,
        659060556,
        3750685593,
        883997877,
        3785050280,
        958139571,
        3318307427,
        1322822218,
        3812723403,
        1537002063,
        2003034995,
        1747873779,
        3602036899,
        1955562222,
        1575990012,
        2024104815,
        1125592928,
        2227730452,
        2716904306,
        2361852424,
        442776044,
        2428436474,
        593698344,
        2756734187,
        3733110249,
        3204031479,
        2999351573,
        3329325298,
        3815920427,
        3391569614,
        3928383900,
        3515267271,
        566280711,
        3940187606,
        3454069534,
        4118630271,
        4000239992,
        116418474,
        1914138554,
        174292421,
        2731055270,
        289380356,
        3203993006,
        460393269,
        320620315,
        685471733,
        587496836,
        852142971,
        1086792851,
        1017036298,
        365543100,
        1126000580,
        2618297676,
        1288033470,
        3409855158,
        1501505948,
        4234509866,
        1607167915,
        987167468,
        1816402316,
        1246189591
      ];
      function crypto_hashblocks_hl(hh, hl, m, n) {
        for (var wh = new Int32Array(16), wl = new Int32Array(16), bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7, bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7, th, tl, i, j, h, l, a, b, c, d, ah0 = hh[0], ah1 = hh[1], ah2 = hh[2], ah3 = hh[3], ah4 = hh[4], ah5 = hh[5], ah6 = hh[6], ah7 = hh[7], al0 = hl[0], al1 = hl[1], al2 = hl[2], al3 = hl[3], al4 = hl[4], al5 = hl[5], al6 = hl[6], al7 = hl[7], pos = 0; n >= 128; ) {
          for (i = 0; i < 16; i++)
            j = 8 * i + pos, wh[i] = m[j + 0] << 24 | m[j + 1] << 16 | m[j + 2] << 8 | m[j + 3], wl[i] = m[j + 4] << 24 | m[j + 5] << 16 | m[j + 6] << 8 | m[j + 7];
          for (i = 0; i < 80; i++)
            if (bh0 = ah0, bh1 = ah1, bh2 = ah2, bh3 = ah3, bh4 = ah4, bh5 = ah5, bh6 = ah6, bh7 = ah7, bl0 = al0, bl1 = al1, bl2 = al2, bl3 = al3, bl4 = al4, bl5 = al5, bl6 = al6, bl7 = al7, h = ah7, l = al7, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = (ah4 >>> 14 | al4 << 18) ^ (ah4 >>> 18 | al4 << 14) ^ (al4 >>> 9 | ah4 << 23), l = (al4 >>> 14 | ah4 << 18) ^ (al4 >>> 18 | ah4 << 14) ^ (ah4 >>> 9 | al4 << 23), a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, h = ah4 & ah5 ^ ~ah4 & ah6, l = al4 & al5 ^ ~al4 & al6, a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, h = K[i * 2], l = K[i * 2 + 1], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, h = wh[i % 16], l = wl[i % 16], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, th = c & 65535 | d << 16, tl = a & 65535 | b << 16, h = th, l = tl, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = (ah0 >>> 28 | al0 << 4) ^ (al0 >>> 2 | ah0 << 30) ^ (al0 >>> 7 | ah0 << 25), l = (al0 >>> 28 | ah0 << 4) ^ (ah0 >>> 2 | al0 << 30) ^ (ah0 >>> 7 | al0 << 25), a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, h = ah0 & ah1 ^ ah0 & ah2 ^ ah1 & ah2, l = al0 & al1 ^ al0 & al2 ^ al1 & al2, a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, bh7 = c & 65535 | d << 16, bl7 = a & 65535 | b << 16, h = bh3, l = bl3, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = th, l = tl, a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, bh3 = c & 65535 | d << 16, bl3 = a & 65535 | b << 16, ah1 = bh0, ah2 = bh1, ah3 = bh2, ah4 = bh3, ah5 = bh4, ah6 = bh5, ah7 = bh6, ah0 = bh7, al1 = bl0, al2 = bl1, al3 = bl2, al4 = bl3, al5 = bl4, al6 = bl5, al7 = bl6, al0 = bl7, i % 16 === 15)
              for (j = 0; j < 16; j++)
                h = wh[j], l = wl[j], a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = wh[(j + 9) % 16], l = wl[(j + 9) % 16], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, th = wh[(j + 1) % 16], tl = wl[(j + 1) % 16], h = (th >>> 1 | tl << 31) ^ (th >>> 8 | tl << 24) ^ th >>> 7, l = (tl >>> 1 | th << 31) ^ (tl >>> 8 | th << 24) ^ (tl >>> 7 | th << 25), a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, th = wh[(j + 14) % 16], tl = wl[(j + 14) % 16], h = (th >>> 19 | tl << 13) ^ (tl >>> 29 | th << 3) ^ th >>> 6, l = (tl >>> 19 | th << 13) ^ (th >>> 29 | tl << 3) ^ (tl >>> 6 | th << 26), a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, wh[j] = c & 65535 | d << 16, wl[j] = a & 65535 | b << 16;
          h = ah0, l = al0, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[0], l = hl[0], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[0] = ah0 = c & 65535 | d << 16, hl[0] = al0 = a & 65535 | b << 16, h = ah1, l = al1, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[1], l = hl[1], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[1] = ah1 = c & 65535 | d << 16, hl[1] = al1 = a & 65535 | b << 16, h = ah2, l = al2, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[2], l = hl[2], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[2] = ah2 = c & 65535 | d << 16, hl[2] = al2 = a & 65535 | b << 16, h = ah3, l = al3, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[3], l = hl[3], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[3] = ah3 = c & 65535 | d << 16, hl[3] = al3 = a & 65535 | b << 16, h = ah4, l = al4, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[4], l = hl[4], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[4] = ah4 = c & 65535 | d << 16, hl[4] = al4 = a & 65535 | b << 16, h = ah5, l = al5, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[5], l = hl[5], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[5] = ah5 = c & 65535 | d << 16, hl[5] = al5 = a & 65535 | b << 16, h = ah6, l = al6, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[6], l = hl[6], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[6] = ah6 = c & 65535 | d << 16, hl[6] = al6 = a & 65535 | b << 16, h = ah7, l = al7, a = l & 65535, b = l >>> 16, c = h & 65535, d = h >>> 16, h = hh[7], l = hl[7], a += l & 65535, b += l >>> 16, c += h & 65535, d += h >>> 16, b += a >>> 16, c += b >>> 16, d += c >>> 16, hh[7] = ah7 = c & 65535 | d << 16, hl[7] = al7 = a & 65535 | b << 16, pos += 128, n -= 128;
        }
        return n;
      }
      __name(crypto_hashblocks_hl, "crypto_hashblocks_hl");
      function crypto_hash(out, m, n) {
        var hh = new Int32Array(8), hl = new Int32Array(8), x = new Uint8Array(256), i, b = n;
        for (hh[0] = 1779033703, hh[1] = 3144134277, hh[2] = 1013904242, hh[3] = 2773480762, hh[4] = 1359893119, hh[5] = 2600822924, hh[6] = 528734635, hh[7] = 1541459225, hl[0] = 4089235720, hl[1] = 2227873595, hl[2] = 4271175723, hl[3] = 1595750129, hl[4] = 2917565137, hl[5] = 725511199, hl[6] = 4215389547, hl[7] = 327033209, crypto_hashblocks_hl(hh, hl, m, n), n %= 128, i = 0; i < n; i++) x[i] = m[b - n + i];
        for (x[n] = 128, n = 256 - 128 * (n < 112 ? 1 : 0), x[n - 9] = 0, ts64(x, n - 8, b / 536870912 | 0, b << 3), crypto_hashblocks_hl(hh, hl, x, n), i = 0; i < 8; i++) ts64(out, 8 * i, hh[i], hl[i]);
        return 0;
      }
      __name(crypto_hash, "crypto_hash");
      function add(p, q) {
        var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf(), g = gf(), h = gf(), t = gf();
        Z(a, p[1], p[0]), Z(t, q[1], q[0]), M(a, a, t), A(b, p[0], p[1]), A(t, q[0], q[1]), M(b, b, t), M(c, p[3], q[3]), M(c, c, D2), M(d, p[2], q[2]), A(d, d, d), Z(e, b, a), Z(f, d, c), A(g, d, c), A(h, b, a), M(p[0], e, f), M(p[1], h, g), M(p[2], g, f), M(p[3], e, h);
      }
      __name(add, "add");
      function cswap(p, q, b) {
        var i;
        for (i = 0; i < 4; i++)
          sel25519(p[i], q[i], b);
      }
      __name(cswap, "cswap");
      function pack(r, p) {
        var tx = gf(), ty = gf(), zi = gf();
        inv25519(zi, p[2]), M(tx, p[0], zi), M(ty, p[1], zi), pack25519(r, ty), r[31] ^= par25519(tx) << 7;
      }
      __name(pack, "pack");
      function scalarmult(p, q, s) {
        var b, i;
        for (set25519(p[0], gf0), set25519(p[1], gf1), set25519(p[2], gf1), set25519(p[3], gf0), i = 255; i >= 0; --i)
          b = s[i / 8 | 0] >> (i & 7) & 1, cswap(p, q, b), add(q, p), add(p, p), cswap(p, q, b);
      }
      __name(scalarmult, "scalarmult");
      function scalarbase(p, s) {
        var q = [gf(), gf(), gf(), gf()];
        set25519(q[0], X), set25519(q[1], Y), set25519(q[2], gf1), M(q[3], X, Y), scalarmult(p, q, s);
      }
      __name(scalarbase, "scalarbase");
      function crypto_sign_keypair(pk, sk, seeded) {
        var d = new Uint8Array(64), p = [gf(), gf(), gf(), gf()], i;
        for (seeded || randombytes(sk, 32), crypto_hash(d, sk, 32), d[0] &= 248, d[31] &= 127, d[31] |= 64, scalarbase(p, d), pack(pk, p), i = 0; i < 32; i++) sk[i + 32] = pk[i];
        return 0;
      }
      __name(crypto_sign_keypair, "crypto_sign_keypair");
      var L = new Float64Array([237, 211, 245, 92, 26, 99, 18, 88, 214, 156, 247, 162, 222, 249, 222, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16]);
      function modL(r, x) {
        var carry, i, j, k;
        for (i = 63; i >= 32; --i) {
          for (carry = 0, j = i - 32, k = i - 12; j < k; ++j)
            x[j] += carry - 16 * x[i] * L[j - (i - 32)], carry = Math.floor((x[j] + 128) / 256), x[j] -= carry * 256;
          x[j] += carry, x[i] = 0;
        }
        for (carry = 0, j = 0; j < 32; j++)
          x[j] += carry - (x[31] >> 4) * L[j], carry = x[j] >> 8, x[j] &= 255;
        for (j = 0; j < 32; j++) x[j] -= carry * L[j];
        for (i = 0; i < 32; i++)
          x[i + 1] += x[i] >> 8, r[i] = x[i] & 255;
      }
      __name(modL, "modL");
      function reduce(r) {
        var x = new Float64Array(64), i;
        for (i = 0; i < 64; i++) x[i] = r[i];
        for (i = 0; i < 64; i++) r[i] = 0;
        modL(r, x);
      }
      __name(reduce, "reduce");
      function crypto_sign(sm, m, n, sk) {
        var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64), i, j, x = new Float64Array(64), p = [gf(), gf(), gf(), gf()];
        crypto_hash(d, sk, 32), d[0] &= 248, d[31] &= 127, d[31] |= 64;
        var smlen = n + 64;
        for (i = 0; i < n; i++) sm[64 + i] = m[i];
        for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];
        for (crypto_hash(r, sm.subarray(32), n + 32), reduce(r), scalarbase(p, r), pack(sm, p), i = 32; i < 64; i++) sm[i] = sk[i];
        for (crypto_hash(h, sm, n + 64), reduce(h), i = 0; i < 64; i++) x[i] = 0;
        for (i = 0; i < 32; i++) x[i] = r[i];
        for (i = 0; i < 32; i++)
          for (j = 0; j < 32; j++)
            x[i + j] += h[i] * d[j];
        return modL(sm.subarray(32), x), smlen;
      }
      __name(crypto_sign, "crypto_sign");
      function unpackneg(r, p) {
        var t = gf(), chk = gf(), num = gf(), den = gf(), den2 = gf(), den4 = gf(), den6 = gf();
        return set25519(r[2], gf1), unpack25519(r[1], p), S(num, r[1]), M(den, num, D), Z(num, num, r[2]), A(den, r[2], den), S(den2, den), S(den4, den2), M(den6, den4, den2), M(t, den6, num), M(t, t, den), pow2523(t, t), M(t, t, num), M(t, t, den), M(t, t, den), M(r[0], t, den), S(chk, r[0]), M(chk, chk, den), neq25519(chk, num) && M(r[0], r[0], I), S(chk, r[0]), M(chk, chk, den), neq25519(chk, num) ? -1 : (par25519(r[0]) === p[31] >> 7 && Z(r[0], gf0, r[0]), M(r[3], r[0], r[1]), 0);
      }
      __name(unpackneg, "unpackneg");
      function crypto_sign_open(m, sm, n, pk) {
        var i, t = new Uint8Array(32), h = new Uint8Array(64), p = [gf(), gf(), gf(), gf()], q = [gf(), gf(), gf(), gf()];
        if (n < 64 || unpackneg(q, pk)) return -1;
        for (i = 0; i < n; i++) m[i] = sm[i];
        for (i = 0; i < 32; i++) m[i + 32] = pk[i];
        if (crypto_hash(h, m, n), reduce(h), scalarmult(p, q, h), scalarbase(q, sm.subarray(32)), add(p, q), pack(t, p), n -= 64, crypto_verify_32(sm, 0, t, 0)) {
          for (i = 0; i < n; i++) m[i] = 0;
          return -1;
        }
        for (i = 0; i < n; i++) m[i] = sm[i + 64];
        return n;
      }
      __name(crypto_sign_open, "crypto_sign_open");
      var crypto_secretbox_KEYBYTES = 32, crypto_secretbox_NONCEBYTES = 24, crypto_secretbox_ZEROBYTES = 32, crypto_secretbox_BOXZEROBYTES = 16, crypto_scalarmult_BYTES = 32, crypto_scalarmult_SCALARBYTES = 32, crypto_box_PUBLICKEYBYTES = 32, crypto_box_SECRETKEYBYTES = 32, crypto_box_BEFORENMBYTES = 32, crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES, crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES, crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES, crypto_sign_BYTES = 64, crypto_sign_PUBLICKEYBYTES = 32, crypto_sign_SECRETKEYBYTES = 64, crypto_sign_SEEDBYTES = 32, crypto_hash_BYTES = 64;
      nacl2.lowlevel = {
        crypto_core_hsalsa20,
        crypto_stream_xor,
        crypto_stream,
        crypto_stream_salsa20_xor,
        crypto_stream_salsa20,
        crypto_onetimeauth,
        crypto_onetimeauth_verify,
        crypto_verify_16,
        crypto_verify_32,
        crypto_secretbox,
        crypto_secretbox_open,
        crypto_scalarmult,
        crypto_scalarmult_base,
        crypto_box_beforenm,
        crypto_box_afternm,
        crypto_box,
        crypto_box_open,
        crypto_box_keypair,
        crypto_hash,
        crypto_sign,
        crypto_sign_keypair,
        crypto_sign_open,
        crypto_secretbox_KEYBYTES,
        crypto_secretbox_NONCEBYTES,
        crypto_secretbox_ZEROBYTES,
        crypto_secretbox_BOXZEROBYTES,
        crypto_scalarmult_BYTES,
        crypto_scalarmult_SCALARBYTES,
        crypto_box_PUBLICKEYBYTES,
        crypto_box_SECRETKEYBYTES,
        crypto_box_BEFORENMBYTES,
        crypto_box_NONCEBYTES,
        crypto_box_ZEROBYTES,
        crypto_box_BOXZEROBYTES,
        crypto_sign_BYTES,
        crypto_sign_PUBLICKEYBYTES,
        crypto_sign_SECRETKEYBYTES,
        crypto_sign_SEEDBYTES,
        crypto_hash_BYTES,
        gf,
        D,
        L,
        pack25519,
        unpack25519,
        M,
        A,
        S,
        Z,
        pow2523,
        add,
        set25519,
        modL,
        scalarmult,
        scalarbase
      };
      function checkLengths(k, n) {
        if (k.length !== crypto_secretbox_KEYBYTES) throw new Error("bad key size");
        if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error("bad nonce size");
      }
      __name(checkLengths, "checkLengths");
      function checkBoxLengths(pk, sk) {
        if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error("bad public key size");
        if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error("bad secret key size");
      }
      __name(checkBoxLengths, "checkBoxLengths");
      function checkArrayTypes() {
        for (var i = 0; i < arguments.length; i++)
          if (!(arguments[i] instanceof Uint8Array))
            throw new TypeError("unexpected type, use Uint8Array");
      }
      __name(checkArrayTypes, "checkArrayTypes");
      function cleanup(arr) {
        for (var i = 0; i < arr.length; i++) arr[i] = 0;
      }
      __name(cleanup, "cleanup"), nacl2.randomBytes = function(n) {
        var b = new Uint8Array(n);
        return randombytes(b, n), b;
      }, nacl2.secretbox = function(msg, nonce, key) {
        checkArrayTypes(msg, nonce, key), checkLengths(key, nonce);
        for (var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length), c = new Uint8Array(m.length), i = 0; i < msg.length; i++) m[i + crypto_secretbox_ZEROBYTES] = msg[i];
        return crypto_secretbox(c, m, m.length, nonce, key), c.subarray(crypto_secretbox_BOXZEROBYTES);
      }, nacl2.secretbox.open = function(box, nonce, key) {
        checkArrayTypes(box, nonce, key), checkLengths(key, nonce);
        for (var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length), m = new Uint8Array(c.length), i = 0; i < box.length; i++) c[i + crypto_secretbox_BOXZEROBYTES] = box[i];
        return c.length < 32 || crypto_secretbox_open(m, c, c.length, nonce, key) !== 0 ? null : m.subarray(crypto_secretbox_ZEROBYTES);
      }, nacl2.secretbox.keyLength = crypto_secretbox_KEYBYTES, nacl2.secretbox.nonceLength = crypto_secretbox_NONCEBYTES, nacl2.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES, nacl2.scalarMult = function(n, p) {
        if (checkArrayTypes(n, p), n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        if (p.length !== crypto_scalarmult_BYTES) throw new Error("bad p size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        return crypto_scalarmult(q, n, p), q;
      }, nacl2.scalarMult.base = function(n) {
        if (checkArrayTypes(n), n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        return crypto_scalarmult_base(q, n), q;
      }, nacl2.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES, nacl2.scalarMult.groupElementLength = crypto_scalarmult_BYTES, nacl2.box = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox(msg, nonce, k);
      }, nacl2.box.before = function(publicKey, secretKey) {
        checkArrayTypes(publicKey, secretKey), checkBoxLengths(publicKey, secretKey);
        var k = new Uint8Array(crypto_box_BEFORENMBYTES);
        return crypto_box_beforenm(k, publicKey, secretKey), k;
      }, nacl2.box.after = nacl2.secretbox, nacl2.box.open = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox.open(msg, nonce, k);
      }, nacl2.box.open.after = nacl2.secretbox.open, nacl2.box.keyPair = function() {
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES), sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
        return crypto_box_keypair(pk, sk), { publicKey: pk, secretKey: sk };
      }, nacl2.box.keyPair.fromSecretKey = function(secretKey) {
        if (checkArrayTypes(secretKey), secretKey.length !== crypto_box_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
        return crypto_scalarmult_base(pk, secretKey), { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      }, nacl2.box.publicKeyLength = crypto_box_PUBLICKEYBYTES, nacl2.box.secretKeyLength = crypto_box_SECRETKEYBYTES, nacl2.box.sharedKeyLength = crypto_box_BEFORENMBYTES, nacl2.box.nonceLength = crypto_box_NONCEBYTES, nacl2.box.overheadLength = nacl2.secretbox.overheadLength, nacl2.sign = function(msg, secretKey) {
        if (checkArrayTypes(msg, secretKey), secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var signedMsg = new Uint8Array(crypto_sign_BYTES + msg.length);
        return crypto_sign(signedMsg, msg, msg.length, secretKey), signedMsg;
      }, nacl2.sign.open = function(signedMsg, publicKey) {
        if (checkArrayTypes(signedMsg, publicKey), publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var tmp = new Uint8Array(signedMsg.length), mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
        if (mlen < 0) return null;
        for (var m = new Uint8Array(mlen), i = 0; i < m.length; i++) m[i] = tmp[i];
        return m;
      }, nacl2.sign.detached = function(msg, secretKey) {
        for (var signedMsg = nacl2.sign(msg, secretKey), sig = new Uint8Array(crypto_sign_BYTES), i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
        return sig;
      }, nacl2.sign.detached.verify = function(msg, sig, publicKey) {
        if (checkArrayTypes(msg, sig, publicKey), sig.length !== crypto_sign_BYTES)
          throw new Error("bad signature size");
        if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var sm = new Uint8Array(crypto_sign_BYTES + msg.length), m = new Uint8Array(crypto_sign_BYTES + msg.length), i;
        for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
        for (i = 0; i < msg.length; i++) sm[i + crypto_sign_BYTES] = msg[i];
        return crypto_sign_open(m, sm, sm.length, publicKey) >= 0;
      }, nacl2.sign.keyPair = function() {
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES), sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
        return crypto_sign_keypair(pk, sk), { publicKey: pk, secretKey: sk };
      }, nacl2.sign.keyPair.fromSecretKey = function(secretKey) {
        if (checkArrayTypes(secretKey), secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        for (var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES), i = 0; i < pk.length; i++) pk[i] = secretKey[32 + i];
        return { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      }, nacl2.sign.keyPair.fromSeed = function(seed) {
        if (checkArrayTypes(seed), seed.length !== crypto_sign_SEEDBYTES)
          throw new Error("bad seed size");
        for (var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES), sk = new Uint8Array(crypto_sign_SECRETKEYBYTES), i = 0; i < 32; i++) sk[i] = seed[i];
        return crypto_sign_keypair(pk, sk, !0), { publicKey: pk, secretKey: sk };
      }, nacl2.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES, nacl2.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES, nacl2.sign.seedLength = crypto_sign_SEEDBYTES, nacl2.sign.signatureLength = crypto_sign_BYTES, nacl2.hash = function(msg) {
        checkArrayTypes(msg);
        var h = new Uint8Array(crypto_hash_BYTES);
        return crypto_hash(h, msg, msg.length), h;
      }, nacl2.hash.hashLength = crypto_hash_BYTES, nacl2.verify = function(x, y) {
        return checkArrayTypes(x, y), x.length === 0 || y.length === 0 || x.length !== y.length ? !1 : vn(x, 0, y, 0, x.length) === 0;
      }, nacl2.setPRNG = function(fn) {
        randombytes = fn;
      }, (function() {
        var crypto = typeof self < "u" ? self.crypto || self.msCrypto : null;
        if (crypto && crypto.getRandomValues) {
          var QUOTA = 65536;
          nacl2.setPRNG(function(x, n) {
            var i, v = new Uint8Array(n);
            for (i = 0; i < n; i += QUOTA)
              crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
            for (i = 0; i < n; i++) x[i] = v[i];
            cleanup(v);
          });
        } else typeof __require < "u" && (crypto = __require("crypto"), crypto && crypto.randomBytes && nacl2.setPRNG(function(x, n) {
          var i, v = crypto.randomBytes(n);
          for (i = 0; i < n; i++) x[i] = v[i];
          cleanup(v);
        }));
      })();
    })(typeof module < "u" && module.exports ? module.exports : self.nacl = self.nacl || {});
  }
});

// src/pipeline/signing.ts
import { link, readFile as readFile2, rm, stat, writeFile } from "node:fs/promises";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/supply-chain/sign/cosign-key.ts
var import_tweetnacl = __toESM(require_nacl_fast(), 1);
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync } from "node:crypto";
var PRIVATE_KEY_PEM_TYPES = ["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"], WRITTEN_PEM_TYPE = PRIVATE_KEY_PEM_TYPES[0], SCRYPT = { N: 32768, r: 8, p: 1 }, KEY_BYTES = 32, SALT_BYTES = 32;
function generateCosignKeyPair(password) {
  registerSecret(password);
  let { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { privatePem: encryptPrivateKey(privateKey, password), publicPem: publicKeyPem(publicKey) };
}
__name(generateCosignKeyPair, "generateCosignKeyPair");
function publicKeyPem(key) {
  return (key.type === "private" ? createPublicKey(key) : key).export({ type: "spki", format: "pem" }).toString();
}
__name(publicKeyPem, "publicKeyPem");
function encryptPrivateKey(key, password, salt = randomBytes(SALT_BYTES), nonce = randomBytes(import_tweetnacl.default.secretbox.nonceLength)) {
  let der = key.export({ type: "pkcs8", format: "der" }), sealed = import_tweetnacl.default.secretbox(der, nonce, derive(password, salt, SCRYPT)), document = {
    kdf: { name: "scrypt", params: { ...SCRYPT }, salt: salt.toString("base64") },
    cipher: { name: "nacl/secretbox", nonce: Buffer.from(nonce).toString("base64") },
    ciphertext: Buffer.from(sealed).toString("base64")
  };
  return pem(WRITTEN_PEM_TYPE, Buffer.from(JSON.stringify(document)));
}
__name(encryptPrivateKey, "encryptPrivateKey");
function decryptPrivateKey(text, password, source) {
  registerSecret(password);
  let block = pemBlock(text);
  if (!block) throw notAKey(source);
  if (block.type === "PUBLIC KEY")
    throw new WasmpackError("KEY_NOT_PRIVATE", `${source} is a public key; signing needs the private key`, "pass the .key file of the pair (wasmpack key generate writes cosign.key beside cosign.pub)");
  if (!PRIVATE_KEY_PEM_TYPES.includes(block.type))
    throw new WasmpackError("KEY_UNSUPPORTED", `${source} holds a PEM "${block.type}", not a cosign private key`, 'use a key from wasmpack key generate or cosign generate-key-pair (PEM "ENCRYPTED SIGSTORE PRIVATE KEY")');
  let document;
  try {
    document = JSON.parse(block.bytes.toString("utf8"));
  } catch {
    throw notAKey(source);
  }
  if (document?.kdf?.name !== "scrypt" || document.cipher?.name !== "nacl/secretbox" || typeof document.ciphertext != "string")
    throw new WasmpackError("KEY_UNSUPPORTED", `${source} is encrypted with ${document?.kdf?.name ?? "?"}/${document?.cipher?.name ?? "?"}, not scrypt/nacl-secretbox`, "use a key from wasmpack key generate or cosign generate-key-pair");
  let { N, r, p } = document.kdf.params ?? {};
  if (!validScrypt(N, r, p)) throw notAKey(source);
  let opened = import_tweetnacl.default.secretbox.open(Buffer.from(document.ciphertext, "base64"), Buffer.from(document.cipher.nonce, "base64"), derive(password, Buffer.from(document.kdf.salt, "base64"), { N, r, p }));
  if (!opened)
    throw new WasmpackError("KEY_PASSWORD", `wrong password for ${source}`, "set COSIGN_PASSWORD (or pipe it with --password-stdin) to the password the key was made with");
  let key;
  try {
    key = createPrivateKey({ key: Buffer.from(opened), format: "der", type: "pkcs8" });
  } catch {
    throw notAKey(source);
  }
  return assertP256(key, source), key;
}
__name(decryptPrivateKey, "decryptPrivateKey");
function parsePublicKey(text, source) {
  let block = pemBlock(text);
  if (!block) throw notAKey(source);
  if (PRIVATE_KEY_PEM_TYPES.includes(block.type) || block.type.includes("PRIVATE KEY"))
    throw new WasmpackError("KEY_NOT_PUBLIC", `${source} is a private key; verifying needs the public key`, "pass the .pub file of the pair (cosign.pub); the private key should stay with whoever signs");
  if (block.type !== "PUBLIC KEY") throw notAKey(source);
  let key;
  try {
    key = createPublicKey({ key: block.bytes, format: "der", type: "spki" });
  } catch {
    throw notAKey(source);
  }
  return assertP256(key, source), key;
}
__name(parsePublicKey, "parsePublicKey");
function validScrypt(N, r, p) {
  return Number.isInteger(N) && Number.isInteger(r) && Number.isInteger(p) && N > 1 && N <= 1 << 20 && r > 0 && r <= 32 && p > 0 && p <= 16;
}
__name(validScrypt, "validScrypt");
function derive(password, salt, params) {
  return scryptSync(Buffer.from(password, "utf8"), salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}
__name(derive, "derive");
function assertP256(key, source) {
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
    throw new WasmpackError("KEY_UNSUPPORTED", `${source} is a ${key.asymmetricKeyType} key; wasmpack signs and verifies with ECDSA P-256 (cosign's default)`, "make a key pair with wasmpack key generate or cosign generate-key-pair");
}
__name(assertP256, "assertP256");
function notAKey(source) {
  return new WasmpackError("KEY_INVALID", `${source} is not a key file (no PEM key block wasmpack can read)`, "pass a key from wasmpack key generate or cosign generate-key-pair: cosign.key to sign, cosign.pub to verify");
}
__name(notAKey, "notAKey");
function pem(type, bytes) {
  let lines = bytes.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----
${lines.join(`
`)}
-----END ${type}-----
`;
}
__name(pem, "pem");
function pemBlock(text) {
  let m = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return;
  let body = m[2].split(/\r?\n/).filter((line) => !line.includes(":")).join("");
  if (/^[A-Za-z0-9+/=\s]*$/.test(body))
    return { type: m[1], bytes: Buffer.from(body, "base64") };
}
__name(pemBlock, "pemBlock");

// src/supply-chain/sign/signer.ts
import { createHash, createPublicKey as createPublicKey2, sign, verify } from "node:crypto";
function keySigner(privateKey) {
  return { sign: /* @__PURE__ */ __name((bytes) => sign("sha256", bytes, privateKey), "sign"), keyHint: keyHint(createPublicKey2(privateKey)) };
}
__name(keySigner, "keySigner");
function keyHint(publicKey) {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("base64");
}
__name(keyHint, "keyHint");
function verifySignature(publicKey, bytes, signatureBase64) {
  try {
    return verify("sha256", bytes, publicKey, Buffer.from(signatureBase64, "base64"));
  } catch {
    return !1;
  }
}
__name(verifySignature, "verifySignature");
function signEnvelope(signer, payloadType, payload) {
  return { payload: payload.toString("base64"), payloadType, signatures: [{ sig: signer.sign(preAuthEncoding(payloadType, payload)).toString("base64"), keyid: "" }] };
}
__name(signEnvelope, "signEnvelope");
function verifyEnvelope(publicKey, envelope) {
  let pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, "base64"));
  return envelope.signatures.some((s) => verifySignature(publicKey, pae, s.sig));
}
__name(verifyEnvelope, "verifyEnvelope");

// src/supply-chain/sign/sign-image.ts
function keyBundleSigner(signer) {
  return async (payloadType, payload) => keyBundle(signEnvelope(signer, payloadType, payload), signer.keyHint);
}
__name(keyBundleSigner, "keyBundleSigner");
async function signStoredImage(store, options) {
  let subject = options.subject ?? await store.image(), attestations = [];
  for (let attachment of options.attachments ?? [])
    attestations.push(await attest(store, subject, attachment, options.bundleSigner));
  let result = { store: store.name, subject, attestations };
  return options.signer && (result.signature = await addSignature(store, subject, options.signer)), result;
}
__name(signStoredImage, "signStoredImage");
async function attest(store, subject, attachment, bundleSigner) {
  let predicate;
  try {
    predicate = JSON.parse(attachment.bytes.toString("utf8"));
  } catch {
    throw new WasmpackError("ATTEST_NOT_JSON", `the ${attachment.predicateType} document is not JSON, so it cannot be an in-toto predicate`, "attest JSON documents (SPDX JSON, CycloneDX JSON, SLSA provenance)");
  }
  let payload = statement(store.identity, subject.digest, attachment.predicateType, predicate), bundle = await bundleSigner(SigningMediaType.inToto, payload), node = bundleReferrer(canonicalJson(bundle), subject, attachment.predicateType, bundle.dsseEnvelope ? "dsse-envelope" : "message-signature");
  return await store.write(node), { predicateType: attachment.predicateType, digest: node.descriptor.digest };
}
__name(attest, "attest");
async function addSignature(store, subject, signer) {
  let payload = simpleSigningPayload({ dockerReference: store.identity, digest: subject.digest }, { creator: `wasmpack ${packageVersion()}` }), layer = signatureLayer(payload, { [SigningAnnotation.signature]: signer.sign(payload).toString("base64") }), tag = signatureTag(subject.digest), existing = await store.findManifest(tag), layers = existing ? existingLayers(existing.bytes, store.name, tag) : [], { node } = signatureManifest(layers, [layer]);
  return await store.write(node, tag), { tag, digest: node.descriptor.digest, signatures: layers.length + 1 };
}
__name(addSignature, "addSignature");
function existingLayers(bytes, where, tag) {
  try {
    let doc = JSON.parse(bytes.toString("utf8"));
    if (Array.isArray(doc.layers)) return doc.layers;
  } catch {
  }
  throw new WasmpackError("SIGNATURE_TAG_INVALID", `${where}:${tag} holds something that is not a signature manifest`, "wasmpack appends to cosign signature manifests only; delete or rename that tag if it is not a signature");
}
__name(existingLayers, "existingLayers");

// src/supply-chain/sign/store.ts
import { resolve } from "node:path";
import { readFile } from "node:fs/promises";
var MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
function openStore(image, access) {
  let spec = parseTransport(image);
  if (spec.transport === "registry") return new RegistryStore(spec.reference, { access });
  if (spec.transport === "oci") return new LayoutStore(resolve(spec.dir), spec.tag);
  throw new WasmpackError("UNSUPPORTED_SOURCE", `signatures live beside an image in a registry or an OCI layout, not in ${spec.transport}:`, "push the image first (wasmpack push REF), then sign REF; or sign oci:DIR[:TAG]");
}
__name(openStore, "openStore");
function signingIdentity(reference) {
  return `${isDockerHub(reference.registry) ? "index.docker.io" : reference.registry}/${reference.repository}`;
}
__name(signingIdentity, "signingIdentity");
var RegistryStore = class {
  /** With `client`, reads go through a client the caller already holds (inspect); writes need a target of our own. */
  constructor(reference, via) {
    this.reference = reference;
    this.name = `${reference.registry}/${reference.repository}`, this.identity = signingIdentity(reference), "client" in via ? this.client = via.client : (this.target = connect(reference, via.access), this.client = this.target.client);
  }
  reference;
  static {
    __name(this, "RegistryStore");
  }
  name;
  identity;
  target = void 0;
  client;
  async image() {
    let ref = manifestReference(this.reference), found = await this.client.headManifest(this.reference.repository, ref);
    if (!found)
      throw new WasmpackError("IMAGE_NOT_FOUND", `${this.reference.toString()} is not in the registry`, "push it first (wasmpack push or build --push), or check the tag: `skopeo list-tags docker://REGISTRY/REPO`");
    return found;
  }
  async findManifest(reference) {
    let found = await this.client.findManifest(this.reference.repository, reference);
    return found && { descriptor: { mediaType: found.mediaType, digest: found.digest, size: found.bytes.length }, bytes: found.bytes };
  }
  readBlob(descriptor) {
    return this.client.getBlob(this.reference.repository, descriptor.digest, MAX_ATTACHMENT_BYTES);
  }
  async write(node, tag) {
    let target = this.target;
    if (!target) throw new Error("RegistryStore opened for reading only");
    for (let content of walk(node))
      content === node || isManifestNode(content) || await target.exists(content.descriptor) || await target.pushBlob(content);
    try {
      await target.pushManifest(node, tag === void 0 ? ROOT : { tag });
    } catch (err) {
      if (tag === void 0 && err instanceof WasmpackError && /sha256-[0-9a-f]{64}/.test(err.message))
        throw new WasmpackError("REFERRERS_TAG_REFUSED", `${this.name} refused the referrers fallback tag: ${err.message}`, "the registry has no referrers API and will not take the sha256-<digest> tag index; allow tags of that form (tag immutability rules) or use a registry with the OCI 1.1 referrers API", { cause: err });
      wrap(err, `storing ${tag ? `tag ${tag}` : node.descriptor.digest} in ${this.name}`);
    }
  }
  /** The referrers API where the registry has one, else the sha256-<hex> fallback tag. */
  referrers(digest) {
    return this.client.referrers(this.reference.repository, digest);
  }
  async close() {
    await this.target?.close();
  }
};
var LayoutStore = class {
  constructor(dir, tag) {
    this.dir = dir;
    this.tag = tag;
    this.name = `oci:${dir}`, this.identity = tag ?? "oci-layout";
  }
  dir;
  tag;
  static {
    __name(this, "LayoutStore");
  }
  name;
  identity;
  async image() {
    return (await readLayoutImage(this.dir, this.tag)).descriptor;
  }
  async findManifest(reference) {
    let digest = reference.startsWith("sha256:") ? reference : void 0;
    if (digest || (digest = (await readIndex(this.dir)).manifests.find((d) => d.annotations?.["org.opencontainers.image.ref.name"] === reference)?.digest), !digest) return;
    let bytes = await readFile(blobPath(this.dir, digest)).catch(() => {
    });
    return bytes ? { descriptor: { mediaType: JSON.parse(bytes.toString("utf8")).mediaType ?? "", digest, size: bytes.length }, bytes } : void 0;
  }
  async readBlob(descriptor) {
    let bytes = await readFile(blobPath(this.dir, descriptor.digest)).catch(() => {
      throw new WasmpackError("MISSING_BLOB", `${this.name} has no blob ${descriptor.digest}`, "the layout is incomplete; build or pull the image again");
    });
    if (sha256(bytes) !== descriptor.digest) throw new WasmpackError("DIGEST_MISMATCH", `blob ${descriptor.digest} in ${this.name} is corrupt`, "build or pull the image again");
    return bytes;
  }
  async write(node, tag) {
    let target = new LayoutTarget(this.dir);
    for (let content of walk(node))
      content === node || isManifestNode(content) || await target.exists(content.descriptor) || await target.pushBlob(content);
    await target.pushManifest(node, tag === void 0 ? ROOT : { tag }), await target.commit();
  }
  async referrers(digest) {
    return (await readLayoutReferrers(this.dir, digest)).map((n) => n.descriptor);
  }
  async close() {
  }
};

// src/supply-chain/sign/predicate-types.ts
var KNOWN = {
  spdx: { predicateType: PredicateType.spdx, mediaType: "application/spdx+json" },
  spdxjson: { predicateType: PredicateType.spdx, mediaType: "application/spdx+json" },
  cyclonedx: { predicateType: PredicateType.cyclonedx, mediaType: "application/vnd.cyclonedx+json" },
  slsaprovenance1: { predicateType: PredicateType.slsaProvenance1, mediaType: "application/vnd.in-toto+json" }
}, PREDICATE_TYPE_NAMES = Object.keys(KNOWN);
function predicateTypeFor(name) {
  let known = KNOWN[name.toLowerCase()];
  if (known) return known;
  if (/^https?:\/\//.test(name)) return { predicateType: name, mediaType: "application/json" };
  throw new WasmpackError("ATTEST_TYPE", `unknown attestation type "${name}"`, `use one of ${PREDICATE_TYPE_NAMES.join(", ")}, or a predicate type URI`);
}
__name(predicateTypeFor, "predicateTypeFor");

// src/supply-chain/sign/verify-image.ts
async function verifyStoredImage(store, policy, subject) {
  let image = subject ?? await store.image(), result = { store: store.name, subject: image, verified: [], rejected: [] };
  return await checkSimpleSignatures(store, image, policy, result), await checkBundles(store, image, policy, result), result;
}
__name(verifyStoredImage, "verifyStoredImage");
function assertVerified(result, policy) {
  let where = `${result.store}@${shortDigest(result.subject.digest)}`, mismatch = result.rejected.find((r) => r.reason.startsWith("names "));
  if (mismatch)
    throw new WasmpackError("VERIFY_DIGEST_MISMATCH", `${where}: a ${mismatch.kind} signed by ${signerText(policy)} ${mismatch.reason}`, "someone copied a signature of another image onto this one; do not run it, and re-sign the image you mean to trust");
  if (result.verified.length > 0) return;
  if (result.rejected.length === 0)
    throw new WasmpackError("VERIFY_UNSIGNED", `${where} has no signatures or attestations`, "sign it with wasmpack sign IMAGE --key cosign.key (or build --push --sign-key), or check that you named the right image");
  let reasons = [...new Set(result.rejected.map((r) => r.reason))].join("; ");
  throw new WasmpackError("VERIFY_FAILED", `${where}: no signature verifies with ${signerText(policy)} (${result.rejected.length} checked: ${reasons})`, policy.kind === "key" ? "pass the public key of whoever signed it (--key cosign.pub); a signature layer that was edited never verifies" : "check --certificate-identity/--certificate-oidc-issuer against the workflow that signed it");
}
__name(assertVerified, "assertVerified");
function signerText(policy) {
  return policy.kind === "key" ? `the key ${policy.source}` : `identity ${policy.identity ?? policy.identityRegExp} (issuer ${policy.issuer})`;
}
__name(signerText, "signerText");
async function checkSimpleSignatures(store, image, policy, result) {
  let manifest = await store.findManifest(signatureTag(image.digest));
  if (!manifest) return;
  let layers = [];
  try {
    layers = JSON.parse(manifest.bytes.toString("utf8")).layers ?? [];
  } catch {
    result.rejected.push({ kind: "signature", digest: manifest.descriptor.digest, reason: "the signature manifest is not JSON" });
    return;
  }
  for (let layer of layers) {
    let reject = /* @__PURE__ */ __name((reason) => result.rejected.push({ kind: "signature", digest: layer.digest, reason }), "reject");
    if (layer.mediaType !== SigningMediaType.simpleSigning) continue;
    let signature = layer.annotations?.[SigningAnnotation.signature];
    if (!signature) {
      reject("a signature layer without a signature");
      continue;
    }
    if (policy.kind !== "key") {
      reject("a certificate-signed .sig layer (verify keyless images through their Sigstore bundles)");
      continue;
    }
    let payload = await store.readBlob(layer).catch(() => {
    });
    if (!payload) {
      reject("its payload blob is missing");
      continue;
    }
    if (!verifySignature(policy.key, payload, signature)) {
      reject("the signature does not match this key (another signer, or an edited layer)");
      continue;
    }
    let claim = parseSimpleSigningPayload(payload);
    claim ? claim.digest !== image.digest ? reject(`names ${claim.digest}, not this image`) : result.verified.push({ kind: "signature", format: "simple-signing", digest: layer.digest, signer: `key ${keyHint(policy.key)}` }) : reject("the signed payload is not a simple-signing claim");
  }
}
__name(checkSimpleSignatures, "checkSimpleSignatures");
async function checkBundles(store, image, policy, result) {
  for (let entry of await store.referrers(image.digest)) {
    let manifest = await store.findManifest(entry.digest);
    if (!manifest) continue;
    let doc;
    try {
      doc = JSON.parse(manifest.bytes.toString("utf8"));
    } catch {
      continue;
    }
    let layer = doc.layers?.[0];
    if (doc.artifactType !== SigningMediaType.bundle && layer?.mediaType !== SigningMediaType.bundle) continue;
    let kind = doc.annotations?.[SigningAnnotation.bundlePredicateType] === PredicateType.cosignSign ? "signature" : "attestation", reject = /* @__PURE__ */ __name((reason) => result.rejected.push({ kind, digest: entry.digest, reason }), "reject");
    if (doc.subject?.digest !== image.digest) {
      reject(`names ${doc.subject?.digest ?? "no subject"}, not this image`);
      continue;
    }
    if (!layer) {
      reject("a bundle referrer without a bundle layer");
      continue;
    }
    let bundle;
    try {
      bundle = JSON.parse((await store.readBlob(layer)).toString("utf8"));
    } catch {
      reject("its bundle is missing or not JSON");
      continue;
    }
    let envelope = bundle.dsseEnvelope;
    if (!envelope) {
      reject("a message-signature bundle (wasmpack checks DSSE bundles, which cosign and actions/attest write for images)");
      continue;
    }
    let signer;
    if (policy.kind === "key") {
      if (!verifyEnvelope(policy.key, envelope)) {
        reject("the bundle signature does not match this key (another signer, or an edited bundle)");
        continue;
      }
      signer = `key ${keyHint(policy.key)}`;
    } else {
      let checked = await policy.verifier.verifyBundle(bundle, policy);
      if (!checked.ok) {
        reject(checked.reason);
        continue;
      }
      signer = checked.signer;
    }
    let statement2 = parseStatement(Buffer.from(envelope.payload, "base64"));
    if (!statement2) {
      reject("the signed payload is not an in-toto statement");
      continue;
    }
    let hex = image.digest.slice(7);
    if (!statement2.subject.some((s) => s.digest?.sha256 === hex)) {
      reject(`names ${statement2.subject.map((s) => `sha256:${s.digest?.sha256}`).join(", ")}, not this image`);
      continue;
    }
    let item = { kind: statement2.predicateType === PredicateType.cosignSign ? "signature" : "attestation", format: "sigstore-bundle", digest: entry.digest, signer, predicateType: statement2.predicateType }, sbom = sbomFormat(statement2.predicateType);
    sbom && (item.sbomFormat = sbom), result.verified.push(item);
  }
}
__name(checkBundles, "checkBundles");
function sbomFormat(predicateType) {
  if (predicateType === PredicateType.spdx || predicateType.startsWith("https://spdx.dev/")) return "spdx";
  if (predicateType === PredicateType.cyclonedx || predicateType.startsWith("https://cyclonedx.org/")) return "cyclonedx";
}
__name(sbomFormat, "sbomFormat");

// src/pipeline/signing.ts
async function generateKeyFiles(request) {
  let paths = { privateKey: `${request.prefix}.key`, publicKey: `${request.prefix}.pub` }, pair = generateCosignKeyPair(request.password), suffix = `.${randomBytes2(4).toString("hex")}.tmp`, files = [
    { temp: paths.privateKey + suffix, final: paths.privateKey, text: pair.privatePem, mode: 384 },
    { temp: paths.publicKey + suffix, final: paths.publicKey, text: pair.publicPem, mode: 420 }
  ], linked = [];
  try {
    if (!request.force) {
      for (let f of files) if (await exists(f.final)) throw keyExists(f.final);
    }
    for (let f of files) await writeFile(f.temp, f.text, { mode: f.mode, flag: "wx" });
    for (let f of files)
      request.force && await rm(f.final, { force: !0 }), await link(f.temp, f.final).catch((err) => {
        throw err.code === "EEXIST" ? keyExists(f.final) : err;
      }), linked.push(f.final);
  } catch (err) {
    for (let path of linked) await rm(path, { force: !0 });
    throw err;
  } finally {
    for (let f of files) await rm(f.temp, { force: !0 });
  }
  return paths;
}
__name(generateKeyFiles, "generateKeyFiles");
function keyExists(path) {
  return new WasmpackError("KEY_EXISTS", `${path} already exists`, "choose another prefix (wasmpack key generate PREFIX), or pass --force to replace the pair");
}
__name(keyExists, "keyExists");
async function exists(path) {
  return stat(path).then(
    () => !0,
    () => !1
  );
}
__name(exists, "exists");
async function readKeyFile(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (err) {
    let code = err.code;
    throw new WasmpackError("KEY_NOT_FOUND", `cannot read the key ${path}${code === "ENOENT" ? ": no such file" : ` (${code})`}`, "make a pair with wasmpack key generate (or cosign generate-key-pair) and pass its path");
  }
}
__name(readKeyFile, "readKeyFile");
async function loadSigner(keyFile, password) {
  return keySigner(decryptPrivateKey(await readKeyFile(keyFile), password, keyFile));
}
__name(loadSigner, "loadSigner");
async function loadPublicKeyPolicy(keyFile) {
  return { kind: "key", key: parsePublicKey(await readKeyFile(keyFile), keyFile), source: keyFile };
}
__name(loadPublicKeyPolicy, "loadPublicKeyPolicy");
async function readAttachments(pairs) {
  let out = [];
  for (let [type, file] of pairs) {
    let { predicateType, mediaType } = predicateTypeFor(type), bytes = await readFile2(file).catch(() => {
      throw new WasmpackError("ATTEST_FILE", `cannot read ${file}`, "name an existing JSON document after TYPE=");
    });
    out.push({ artifactType: mediaType, mediaType, bytes, predicateType });
  }
  return out;
}
__name(readAttachments, "readAttachments");
async function signImage(request, deps) {
  let bundleSigner = request.bundleSigner ?? (request.signer ? keyBundleSigner(request.signer) : void 0);
  if (!bundleSigner) throw new WasmpackError("SIGN_NO_KEY", "nothing to sign with", "pass --key FILE (a cosign private key)");
  let store = openStore(request.image, deps.access);
  try {
    return await signStoredImage(store, { ...request.signer && request.signature !== !1 ? { signer: request.signer } : {}, bundleSigner, ...request.attachments ? { attachments: request.attachments } : {}, ...request.subject ? { subject: request.subject } : {} });
  } finally {
    await store.close();
  }
}
__name(signImage, "signImage");
async function trustPolicy(flags, options = {}) {
  let identityGiven = flags.identity !== void 0 || flags.identityRegExp !== void 0 || flags.issuer !== void 0;
  if (flags.key !== void 0 && identityGiven)
    throw new WasmpackError("VERIFY_FLAGS", "--key and --certificate-identity/--certificate-oidc-issuer were both given", "verify with a key (--key cosign.pub) or a keyless identity, one at a time");
  if (flags.key !== void 0) return loadPublicKeyPolicy(flags.key);
  if (identityGiven) {
    if (!flags.issuer || flags.identity === void 0 == (flags.identityRegExp === void 0))
      throw new WasmpackError("VERIFY_FLAGS", "keyless verification needs --certificate-oidc-issuer and exactly one of --certificate-identity or --certificate-identity-regexp", "for GitHub Actions: --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/heads/main");
    if (flags.identityRegExp !== void 0)
      try {
        new RegExp(flags.identityRegExp);
      } catch {
        throw new WasmpackError("VERIFY_FLAGS", `--certificate-identity-regexp is not a regular expression: ${flags.identityRegExp}`, "write a JavaScript regular expression, e.g. ^https://github.com/acme/");
      }
    return {
      kind: "identity",
      issuer: flags.issuer,
      ...flags.identity !== void 0 ? { identity: flags.identity } : {},
      ...flags.identityRegExp !== void 0 ? { identityRegExp: flags.identityRegExp } : {},
      verifier: await certificateVerifier(options.trustedRoot)
    };
  }
}
__name(trustPolicy, "trustPolicy");
async function verifyImage(request, deps) {
  let store = openStore(request.image, deps.access);
  try {
    let result = await verifyStoredImage(store, request.policy);
    return assertVerified(result, request.policy), result;
  } finally {
    await store.close();
  }
}
__name(verifyImage, "verifyImage");
async function certificateVerifier(trustedRoot) {
  let { sigstoreCertificateVerifier } = await import("./supply-chain-sign-keyless-verify.js");
  return sigstoreCertificateVerifier(trustedRoot);
}
__name(certificateVerifier, "certificateVerifier");
async function signPublished(published, request, deps) {
  let done = /* @__PURE__ */ new Set(), results = [];
  for (let p of published.pushed) {
    let spec;
    try {
      spec = parseTransport(p.destination);
    } catch {
      continue;
    }
    if (spec.transport !== "registry") continue;
    let repository = `${spec.reference.registry}/${spec.reference.repository}`;
    done.has(repository) || (done.add(repository), results.push(await signImage({ image: `${repository}@${p.digest}`, signer: request.signer, ...request.attachments ? { attachments: request.attachments } : {} }, deps)));
  }
  return results;
}
__name(signPublished, "signPublished");
async function verifiedSource(image, policy, deps) {
  let spec = parseTransport(image);
  if (spec.transport !== "registry" && spec.transport !== "oci")
    throw new WasmpackError("VERIFY_UNSUPPORTED_SOURCE", `signatures are checked for images in a registry or an OCI layout, not ${image}`, "pull or run the image from its registry (or oci:DIR[:TAG]) with --key / --certificate-identity");
  let result = await verifyImage({ image, policy }, deps);
  return spec.transport === "oci" ? { image, result } : { image: referenceWithDigest(spec.reference, result.subject.digest).toString(), result };
}
__name(verifiedSource, "verifiedSource");
async function signerFromText(text, password, source) {
  return text.includes("-----BEGIN") ? keySigner(decryptPrivateKey(text, password, source)) : loadSigner(text.trim(), password);
}
__name(signerFromText, "signerFromText");
async function keylessSigner(env) {
  let { githubIdToken, keylessBundleSigner } = await import("./supply-chain-sign-keyless.js"), first = await githubIdToken(env), used = !1;
  return keylessBundleSigner({
    token: /* @__PURE__ */ __name(async () => used ? githubIdToken(env) : (used = !0, first), "token"),
    ...env.WASMPACK_SIGSTORE_FULCIO_URL ? { fulcioURL: env.WASMPACK_SIGSTORE_FULCIO_URL } : {},
    ...env.WASMPACK_SIGSTORE_REKOR_URL ? { rekorURL: env.WASMPACK_SIGSTORE_REKOR_URL } : {}
  });
}
__name(keylessSigner, "keylessSigner");
function buildAttachments(build) {
  let documents = build.supplyChain;
  return [documents?.sbom, documents?.provenance].filter((d) => d !== void 0);
}
__name(buildAttachments, "buildAttachments");
export {
  buildAttachments,
  generateKeyFiles,
  keylessSigner,
  loadPublicKeyPolicy,
  loadSigner,
  readAttachments,
  signImage,
  signPublished,
  signerFromText,
  trustPolicy,
  verifiedSource,
  verifyImage
};
