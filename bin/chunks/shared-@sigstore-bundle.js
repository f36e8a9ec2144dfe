import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_dist
} from "./shared-@sigstore-protobuf-specs.js";
import {
  __commonJS,
  __name
} from "./shared-runtime.js";

// node_modules/@sigstore/bundle/dist/bundle.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/bundle/dist/bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
    exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
    exports.isBundleWithPublicKey = isBundleWithPublicKey;
    exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
    exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
    exports.BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    exports.BUNDLE_V02_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.2";
    exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.3";
    exports.BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
    function isBundleWithCertificateChain(b) {
      return b.verificationMaterial.content.$case === "x509CertificateChain";
    }
    __name(isBundleWithCertificateChain, "isBundleWithCertificateChain");
    function isBundleWithPublicKey(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    __name(isBundleWithPublicKey, "isBundleWithPublicKey");
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    __name(isBundleWithMessageSignature, "isBundleWithMessageSignature");
    function isBundleWithDsseEnvelope(b) {
      return b.content.$case === "dsseEnvelope";
    }
    __name(isBundleWithDsseEnvelope, "isBundleWithDsseEnvelope");
  }
});

// node_modules/@sigstore/bundle/dist/build.js
var require_build = __commonJS({
  "node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = require_dist(), bundle_1 = require_bundle();
    function toMessageSignatureBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "messageSignature",
          messageSignature: {
            messageDigest: {
              algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
              digest: options.digest
            },
            signature: options.signature
          }
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    __name(toMessageSignatureBundle, "toMessageSignatureBundle");
    function toDSSEBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "dsseEnvelope",
          dsseEnvelope: toEnvelope(options)
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    __name(toDSSEBundle, "toDSSEBundle");
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    __name(toEnvelope, "toEnvelope");
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    __name(toSignature, "toSignature");
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    __name(toVerificationMaterial, "toVerificationMaterial");
    function toKeyContent(options) {
      return options.certificate ? options.certificateChain ? {
        $case: "x509CertificateChain",
        x509CertificateChain: {
          certificates: [{ rawBytes: options.certificate }]
        }
      } : {
        $case: "certificate",
        certificate: { rawBytes: options.certificate }
      } : {
        $case: "publicKey",
        publicKey: {
          hint: options.keyHint || ""
        }
      };
    }
    __name(toKeyContent, "toKeyContent");
  }
});

// node_modules/@sigstore/bundle/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ValidationError = void 0;
    var ValidationError = class extends Error {
      static {
        __name(this, "ValidationError");
      }
      fields;
      constructor(message, fields) {
        super(message), this.fields = fields;
      }
    };
    exports.ValidationError = ValidationError;
  }
});

// node_modules/@sigstore/bundle/dist/validate.js
var require_validate = __commonJS({
  "node_modules/@sigstore/bundle/dist/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.assertBundle = assertBundle;
    exports.assertBundleV01 = assertBundleV01;
    exports.isBundleV01 = isBundleV01;
    exports.assertBundleV02 = assertBundleV02;
    exports.assertBundleLatest = assertBundleLatest;
    var error_1 = require_error();
    function assertBundle(b) {
      let invalidValues = validateBundleBase(b);
      if (invalidValues.length > 0)
        throw new error_1.ValidationError("invalid bundle", invalidValues);
    }
    __name(assertBundle, "assertBundle");
    function assertBundleV01(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionPromise(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
    }
    __name(assertBundleV01, "assertBundleV01");
    function isBundleV01(b) {
      try {
        return assertBundleV01(b), !0;
      } catch {
        return !1;
      }
    }
    __name(isBundleV01, "isBundleV01");
    function assertBundleV02(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionProof(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
    }
    __name(assertBundleV02, "assertBundleV02");
    function assertBundleLatest(b) {
      let invalidValues = [];
      if (invalidValues.push(...validateBundleBase(b)), invalidValues.push(...validateInclusionProof(b)), invalidValues.push(...validateNoCertificateChain(b)), invalidValues.length > 0)
        throw new error_1.ValidationError("invalid bundle", invalidValues);
    }
    __name(assertBundleLatest, "assertBundleLatest");
    function validateBundleBase(b) {
      let invalidValues = [];
      if ((b.mediaType === void 0 || !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) && !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/)) && invalidValues.push("mediaType"), b.content === void 0)
        invalidValues.push("content");
      else
        switch (b.content.$case) {
          case "messageSignature":
            b.content.messageSignature.messageDigest === void 0 ? invalidValues.push("content.messageSignature.messageDigest") : b.content.messageSignature.messageDigest.digest.length === 0 && invalidValues.push("content.messageSignature.messageDigest.digest"), b.content.messageSignature.signature.length === 0 && invalidValues.push("content.messageSignature.signature");
            break;
          case "dsseEnvelope":
            b.content.dsseEnvelope.payload.length === 0 && invalidValues.push("content.dsseEnvelope.payload"), b.content.dsseEnvelope.signatures.length !== 1 ? invalidValues.push("content.dsseEnvelope.signatures") : b.content.dsseEnvelope.signatures[0].sig.length === 0 && invalidValues.push("content.dsseEnvelope.signatures[0].sig");
            break;
        }
      if (b.verificationMaterial === void 0)
        invalidValues.push("verificationMaterial");
      else {
        if (b.verificationMaterial.content === void 0)
          invalidValues.push("verificationMaterial.content");
        else
          switch (b.verificationMaterial.content.$case) {
            case "x509CertificateChain":
              b.verificationMaterial.content.x509CertificateChain.certificates.length === 0 && invalidValues.push("verificationMaterial.content.x509CertificateChain.certificates"), b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                cert.rawBytes.length === 0 && invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
              });
              break;
            case "certificate":
              b.verificationMaterial.content.certificate.rawBytes.length === 0 && invalidValues.push("verificationMaterial.content.certificate.rawBytes");
              break;
          }
        b.verificationMaterial.tlogEntries === void 0 ? invalidValues.push("verificationMaterial.tlogEntries") : b.verificationMaterial.tlogEntries.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          entry.logId === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`), entry.kindVersion === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
        });
      }
      return invalidValues;
    }
    __name(validateBundleBase, "validateBundleBase");
    function validateInclusionPromise(b) {
      let invalidValues = [];
      return b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
        entry.inclusionPromise === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
      }), invalidValues;
    }
    __name(validateInclusionPromise, "validateInclusionPromise");
    function validateInclusionProof(b) {
      let invalidValues = [];
      return b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0 && b.verificationMaterial.tlogEntries.forEach((entry, i) => {
        entry.inclusionProof === void 0 ? invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`) : entry.inclusionProof.checkpoint === void 0 && invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
      }), invalidValues;
    }
    __name(validateInclusionProof, "validateInclusionProof");
    function validateNoCertificateChain(b) {
      let invalidValues = [];
      return b.verificationMaterial?.content?.$case === "x509CertificateChain" && invalidValues.push("verificationMaterial.content.$case"), invalidValues;
    }
    __name(validateNoCertificateChain, "validateNoCertificateChain");
  }
});

// node_modules/@sigstore/bundle/dist/serialized.js
var require_serialized = __commonJS({
  "node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = require_dist(), bundle_1 = require_bundle(), validate_1 = require_validate(), bundleFromJSON = /* @__PURE__ */ __name((obj) => {
      let bundle = protobuf_specs_1.Bundle.fromJSON(obj);
      switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
          (0, validate_1.assertBundleV01)(bundle);
          break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
          (0, validate_1.assertBundleV02)(bundle);
          break;
        default:
          (0, validate_1.assertBundleLatest)(bundle);
          break;
      }
      return bundle;
    }, "bundleFromJSON");
    exports.bundleFromJSON = bundleFromJSON;
    var bundleToJSON = /* @__PURE__ */ __name((bundle) => protobuf_specs_1.Bundle.toJSON(bundle), "bundleToJSON");
    exports.bundleToJSON = bundleToJSON;
    var envelopeFromJSON = /* @__PURE__ */ __name((obj) => protobuf_specs_1.Envelope.fromJSON(obj), "envelopeFromJSON");
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = /* @__PURE__ */ __name((envelope) => protobuf_specs_1.Envelope.toJSON(envelope), "envelopeToJSON");
    exports.envelopeToJSON = envelopeToJSON;
  }
});

// node_modules/@sigstore/bundle/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@sigstore/bundle/dist/index.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return build_1.toDSSEBundle;
    }, "get") });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return build_1.toMessageSignatureBundle;
    }, "get") });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.isBundleWithCertificateChain;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.isBundleWithDsseEnvelope;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.isBundleWithMessageSignature;
    }, "get") });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.isBundleWithPublicKey;
    }, "get") });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return error_1.ValidationError;
    }, "get") });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return serialized_1.bundleFromJSON;
    }, "get") });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return serialized_1.bundleToJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return serialized_1.envelopeFromJSON;
    }, "get") });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return serialized_1.envelopeToJSON;
    }, "get") });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return validate_1.assertBundle;
    }, "get") });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return validate_1.assertBundleLatest;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return validate_1.assertBundleV01;
    }, "get") });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return validate_1.assertBundleV02;
    }, "get") });
    Object.defineProperty(exports, "isBundleV01", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return validate_1.isBundleV01;
    }, "get") });
  }
});

export {
  require_dist2 as require_dist
};
