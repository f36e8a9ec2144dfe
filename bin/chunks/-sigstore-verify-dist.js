import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  require_dist,
  require_v2
} from "./shared-@sigstore-core.js";
import {
  require_dist as require_dist2
} from "./shared-@sigstore-protobuf-specs.js";
import {
  __commonJS,
  __name,
  __require
} from "./shared-runtime.js";

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist(), DSSESignatureContent = class {
      static {
        __name(this, "DSSESignatureContent");
      }
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      // For a DSSE envelope the signature is computed over the pre-authentication
      // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
      // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
      compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.preAuthEncoding));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist(), protobuf_specs_1 = require_dist2(), HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    }, MessageSignatureContent = class {
      static {
        __name(this, "MessageSignatureContent");
      }
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature, this.messageDigest = messageSignature.messageDigest.digest, this.artifact = artifact, this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      // For a message signature the signature is computed over the artifact, so the
      // digest of the signed bytes is the artifact's message digest.
      compareSignedDigest(digest) {
        return this.compareDigest(digest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.toSignedEntity = toSignedEntity;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist(), dsse_1 = require_dsse(), message_1 = require_message();
    function toSignedEntity(bundle, artifact) {
      let { tlogEntries, timestampVerificationData } = bundle.verificationMaterial, timestamps = [];
      for (let entry of tlogEntries)
        entry.integratedTime && entry.integratedTime !== "0" && timestamps.push({
          $case: "transparency-log",
          tlogEntry: entry
        });
      for (let ts of timestampVerificationData?.rfc3161Timestamps ?? [])
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    __name(toSignedEntity, "toSignedEntity");
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    __name(signatureContent, "signatureContent");
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
    __name(key, "key");
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      static {
        __name(this, "BaseError");
      }
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message), this.code = code, this.cause = cause, this.name = this.constructor.name;
      }
    }, VerificationError = class extends BaseError {
      static {
        __name(this, "VerificationError");
      }
    };
    exports.VerificationError = VerificationError;
    var PolicyError = class extends BaseError {
      static {
        __name(this, "PolicyError");
      }
    };
    exports.PolicyError = PolicyError;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => ca.validFor.start <= timestamp && ca.validFor.end >= timestamp);
    }
    __name(filterCertAuthorities, "filterCertAuthorities");
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => criteria.logID && !tlog.logID.equals(criteria.logID) ? !1 : tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end);
    }
    __name(filterTLogAuthorities, "filterTLogAuthorities");
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial;
    var core_1 = require_dist(), protobuf_specs_1 = require_dist2(), error_1 = require_error(), BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0), END_OF_TIME = /* @__PURE__ */ new Date(864e13), filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return filter_1.filterCertAuthorities;
    }, "get") });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return filter_1.filterTLogAuthorities;
    }, "get") });
    function toTrustMaterial(root, keys) {
      let keyFinder = typeof keys == "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    __name(toTrustMaterial, "toTrustMaterial");
    function createTLogAuthority(tlogInstance) {
      let keyDetails = tlogInstance.publicKey.keyDetails, keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    __name(createTLogAuthority, "createTLogAuthority");
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => core_1.X509Certificate.parse(Buffer.from(cert.rawBytes))),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    __name(createCertAuthority, "createCertAuthority");
    function keyLocator(keys) {
      return (hint) => {
        let key = (keys || {})[hint];
        if (!key)
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: /* @__PURE__ */ __name((date) => (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date, "validFor")
        };
      };
    }
    __name(keyLocator, "keyLocator");
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error(), trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      let cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp), error;
      for (let ca of cas)
        try {
          return new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          }).verify();
        } catch (err) {
          error = err;
        }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    __name(verifyCertificateChain, "verifyCertificateChain");
    var CertificateChainVerifier = class {
      static {
        __name(this, "CertificateChainVerifier");
      }
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert, this.trustedCerts = opts.trustedCerts, this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]), this.timestamp = opts.timestamp;
      }
      verify() {
        let certificatePath = this.sort();
        if (this.checkPath(certificatePath), !certificatePath.every((cert) => cert.validForDate(this.timestamp)))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        return certificatePath;
      }
      sort() {
        let leafCert = this.untrustedCert, paths = this.buildPaths(leafCert);
        if (paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert))), paths.length === 0)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        let path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        let paths = [], issuers = this.findIssuer(certificate);
        if (issuers.length === 0)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        for (let i = 0; i < issuers.length; i++) {
          let issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          let subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++)
            paths.push([issuer, ...subPaths[j]]);
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [], keyIdentifier;
        return certificate.subject.equals(certificate.issuer) && certificate.verify() ? [certificate] : (certificate.extAuthorityKeyID && (keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier), this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier && possibleIssuer.extSubjectKeyID) {
            possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier) && issuers.push(possibleIssuer);
            return;
          }
          possibleIssuer.subject.equals(certificate.issuer) && issuers.push(possibleIssuer);
        }), issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch {
            return !1;
          }
        }), issuers);
      }
      checkPath(path) {
        if (path.length < 1)
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        if (!path.slice(1).every((cert) => cert.isCA))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        for (let i = path.length - 2; i >= 0; i--)
          if (!path[i].issuer.equals(path[i + 1].subject))
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
        for (let i = 0; i < path.length; i++) {
          let cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            let pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1)
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++)
        for (let j = i + 1; j < certs.length; j++)
          certs[i].equals(certs[j]) && (certs.splice(j, 1), j--);
      return certs;
    }
    __name(dedupeCertificates, "dedupeCertificates");
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist(), error_1 = require_error(), trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT, clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        let ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext), clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT)
        return [];
      if (extSCT.signedCertificateTimestamps.length === 0)
        return [];
      let preCert = new core_1.ByteStream(), issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      let tbs = clone.tbsCertificate.toDER();
      return preCert.appendUint24(tbs.length), preCert.appendView(tbs), extSCT.signedCertificateTimestamps.map((sct) => {
        if (!(0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        }).some((log) => sct.verify(preCert.buffer, log.publicKey)))
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        return sct.logID;
      });
    }
    __name(verifySCTs, "verifySCTs");
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist(), error_1 = require_error(), certificate_1 = require_certificate(), sct_1 = require_sct(), OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1", OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps, trustMaterial) {
      let key = trustMaterial.publicKey(hint);
      return timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp))
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
      }), { key: key.publicKey };
    }
    __name(verifyPublicKey, "verifyPublicKey");
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      return timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      }), {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    __name(verifyCertificate, "verifyCertificate");
    function getSigner(cert) {
      let issuer, issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      issuerExtension ? issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii") : issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      let oids = cert.extensions.map((ext) => ({
        oid: { id: ext.subs[0].toOID().split(".").map(Number) },
        value: ext.subs[ext.subs.length - 1].value
      })), identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
    __name(getSigner, "getSigner");
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity))
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
    }
    __name(verifySubjectAlternativeName, "verifySubjectAlternativeName");
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions)
        if (signerExtensions[key] !== policyExtensions[key])
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
    }
    __name(verifyExtensions, "verifyExtensions");
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (let policyOID of policyOIDs)
        if (!signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value))) {
          let oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
    }
    __name(verifyOIDs, "verifyOIDs");
    function oidEquals(a, b) {
      return a === void 0 || b === void 0 ? !1 : a.length === b.length && a.every((v, i) => v === b[i]);
    }
    __name(oidEquals, "oidEquals");
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist(), error_1 = require_error(), certificate_1 = require_certificate(), trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      let signingTime = timestamp.signingTime;
      if (timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime), timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      }), !timestampAuthorities.some((ca) => {
        try {
          return verifyTimestampForCA(timestamp, data, ca), !0;
        } catch {
          return !1;
        }
      }))
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
    }
    __name(verifyRFC3161Timestamp, "verifyRFC3161Timestamp");
    function verifyTimestampForCA(timestamp, data, ca) {
      let [leaf, ...cas] = ca.certChain, signingKey = core_1.crypto.createPublicKey(leaf.publicKey), signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    __name(verifyTimestampForCA, "verifyTimestampForCA");
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
    __name(filterCAsBySerialAndIssuer, "filterCAsBySerialAndIssuer");
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      return (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities), {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    __name(getTSATimestamp, "getTSATimestamp");
    function getTLogTimestamp(entry) {
      if (entry.inclusionPromise)
        return {
          type: "transparency-log",
          logID: entry.logId.keyId,
          timestamp: new Date(Number(entry.integratedTime) * 1e3)
        };
    }
    __name(getTLogTimestamp, "getTLogTimestamp");
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === exports.DSSE_API_VERSION_V1)
        return verifyDSSE001TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported dsse version: ${tlogEntry.apiVersion}`
      });
    }
    __name(verifyDSSETLogBody, "verifyDSSETLogBody");
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      let spec = tlogEntry.spec?.spec;
      if (!spec)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "missing dsse spec"
        });
      if (spec.$case === "dsseV002")
        return verifyDSSE002TLogBody(spec.dsseV002, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported version: ${spec.$case}`
      });
    }
    __name(verifyDSSETLogBodyV2, "verifyDSSETLogBodyV2");
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
    __name(verifyDSSE001TLogBody, "verifyDSSE001TLogBody");
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
    __name(verifyDSSE002TLogBody, "verifyDSSE002TLogBody");
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === exports.HASHEDREKORD_API_VERSION_V1)
        return verifyHashedrekord001TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
      });
    }
    __name(verifyHashedRekordTLogBody, "verifyHashedRekordTLogBody");
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      let spec = tlogEntry.spec?.spec;
      if (!spec)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "missing dsse spec"
        });
      if (spec.$case === "hashedRekordV002")
        return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported version: ${spec.$case}`
      });
    }
    __name(verifyHashedRekordTLogBodyV2, "verifyHashedRekordTLogBodyV2");
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      let tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      let tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareSignedDigest(Buffer.from(tlogDigest, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
    }
    __name(verifyHashedrekord001TLogBody, "verifyHashedrekord001TLogBody");
    function verifyHashedrekord002TLogBody(spec, content) {
      let tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      let tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareSignedDigest(tlogHash))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
    }
    __name(verifyHashedrekord002TLogBody, "verifyHashedrekord002TLogBody");
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error();
    function verifyIntotoTLogBody(tlogEntry, content) {
      if (tlogEntry.apiVersion === "0.0.2")
        return verifyIntoto002TLogBody(tlogEntry, content);
      throw new error_1.VerificationError({
        code: "TLOG_BODY_ERROR",
        message: `unsupported intoto version: ${tlogEntry.apiVersion}`
      });
    }
    __name(verifyIntotoTLogBody, "verifyIntotoTLogBody");
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      let tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      let tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
    }
    __name(verifyIntoto002TLogBody, "verifyIntoto002TLogBody");
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
    __name(base64Decode, "base64Decode");
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist(), error_1 = require_error(), CHECKPOINT_SEPARATOR = `

`, SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      let inclusionProof = entry.inclusionProof, signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope), checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      return checkpoint;
    }
    __name(verifyCheckpoint, "verifyCheckpoint");
    function verifySignedNote(signedNote, tlogs) {
      let data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        let tlog = tlogs.find((tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && // Match the signature name to the base URL of the tlog. The name is
        // attacker-controlled, so it MUST be compared as a literal substring
        // and never coerced into a RegExp (as String.prototype.match would).
        tlog2.baseURL.includes(signature.name));
        return tlog ? core_1.crypto.verify(data, tlog.publicKey, signature.signature) : !1;
      });
    }
    __name(verifySignedNote, "verifySignedNote");
    var SignedNote = class _SignedNote {
      static {
        __name(this, "SignedNote");
      }
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note, this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR))
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        let split = envelope.indexOf(CHECKPOINT_SEPARATOR), header = envelope.slice(0, split + 1), matches = envelope.slice(split + CHECKPOINT_SEPARATOR.length).matchAll(SIGNATURE_REGEX), signatures = Array.from(matches, (match) => {
          let [, name, signature] = match, sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5)
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0)
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        return new _SignedNote(header, signatures);
      }
    }, LogCheckpoint = class _LogCheckpoint {
      static {
        __name(this, "LogCheckpoint");
      }
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin, this.logSize = logSize, this.logHash = logHash, this.rest = rest;
      }
      static fromString(note) {
        let lines = note.trimEnd().split(`
`);
        if (lines.length < 3)
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        let origin = lines[0], logSize;
        try {
          logSize = BigInt(lines[1]);
        } catch {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "invalid checkpoint log size"
          });
        }
        let rootHash = Buffer.from(lines[2], "base64"), rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist(), error_1 = require_error(), RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]), RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      let inclusionProof = entry.inclusionProof, logIndex;
      try {
        logIndex = BigInt(inclusionProof.logIndex);
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid inclusion proof log index"
        });
      }
      let treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize)
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      let { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border)
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      let innerHashes = inclusionProof.hashes.slice(0, inner), borderHashes = inclusionProof.hashes.slice(inner), leafHash = hashLeaf(entry.canonicalizedBody), calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
    }
    __name(verifyMerkleInclusion, "verifyMerkleInclusion");
    function decompInclProof(index, size) {
      let inner = innerProofSize(index, size), border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    __name(decompInclProof, "decompInclProof");
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => index >> BigInt(i) & BigInt(1) ? hashChildren(h, acc) : hashChildren(acc, h), seed);
    }
    __name(chainInner, "chainInner");
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    __name(chainBorderRight, "chainBorderRight");
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    __name(innerProofSize, "innerProofSize");
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    __name(onesCount, "onesCount");
    function bitLength(n) {
      return n === 0n ? 0 : n.toString(2).length;
    }
    __name(bitLength, "bitLength");
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    __name(hashChildren, "hashChildren");
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
    __name(hashLeaf, "hashLeaf");
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist(), error_1 = require_error(), trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      if (!(0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      }).some((tlog) => {
        let payload = toVerificationPayload(entry), data = Buffer.from(core_1.json.canonicalize(payload), "utf8"), signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      }))
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
    }
    __name(verifyTLogSET, "verifyTLogSET");
    function toVerificationPayload(entry) {
      let { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
    __name(toVerificationPayload, "toVerificationPayload");
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2(), error_1 = require_error(), dsse_1 = require_dsse2(), hashedrekord_1 = require_hashedrekord(), intoto_1 = require_intoto(), checkpoint_1 = require_checkpoint(), merkle_1 = require_merkle(), set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      let { kind, version } = entry.kindVersion, body;
      try {
        body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "invalid canonicalized body"
        });
      }
      if (kind !== body.kind || version !== body.apiVersion)
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1)
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          {
            let entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1)
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          {
            let entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    __name(verifyTLogBody, "verifyTLogBody");
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = !1;
      if (isTLogEntryWithInclusionPromise(entry) && ((0, set_1.verifyTLogSET)(entry, tlogAuthorities), inclusionVerified = !0), isTLogEntryWithInclusionProof(entry)) {
        let matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId)), checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint), inclusionVerified = !0;
      }
      if (!inclusionVerified)
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
    }
    __name(verifyTLogInclusion, "verifyTLogInclusion");
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    __name(isTLogEntryWithInclusionPromise, "isTLogEntryWithInclusionPromise");
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
    __name(isTLogEntryWithInclusionProof, "isTLogEntryWithInclusionProof");
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Verifier = void 0;
    var util_1 = __require("util"), error_1 = require_error(), key_1 = require_key(), policy_1 = require_policy(), timestamp_1 = require_timestamp(), tlog_1 = require_tlog(), Verifier = class {
      static {
        __name(this, "Verifier");
      }
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial, this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        let timestamps = this.verifyTimestamps(entity), signer = this.verifySigningKey(entity, timestamps);
        return this.verifyTLogs(entity), this.verifySignature(entity, signer), policy && this.verifyPolicy(policy, signer.identity || {}), signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        let timestamps = [];
        for (let timestamp of entity.timestamps)
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              let result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              result && timestamps.push(result);
              break;
            }
          }
        if (containsDupes(timestamps))
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        if (timestamps.length < this.options.timestampThreshold)
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key":
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          case "certificate": {
            let result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes(result.scts))
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            if (result.scts.length < this.options.ctlogThreshold)
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        let entryIDs = [];
        if (tlogEntries.forEach((entry) => {
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs), (0, tlog_1.verifyTLogBody)(entry, content), entryIDs.push({
            logID: entry.logId.keyId,
            body: entry.canonicalizedBody
          });
        }), containsDupes(entryIDs))
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: "duplicate tlog entry"
          });
        if (entryIDs.length < this.options.tlogThreshold)
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
          });
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key))
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
      }
      verifyPolicy(policy, identity) {
        policy.subjectAlternativeName && (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName), policy.extensions && (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions), policy.oids && (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
      }
    };
    exports.Verifier = Verifier;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++)
        for (let j = i + 1; j < arr.length; j++)
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j]))
            return !0;
      return !1;
    }
    __name(containsDupes, "containsDupes");
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return bundle_1.toSignedEntity;
    }, "get") });
    var error_1 = require_error();
    Object.defineProperty(exports, "PolicyError", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return error_1.PolicyError;
    }, "get") });
    Object.defineProperty(exports, "VerificationError", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return error_1.VerificationError;
    }, "get") });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return trust_1.toTrustMaterial;
    }, "get") });
    var verifier_1 = require_verifier();
    Object.defineProperty(exports, "Verifier", { enumerable: !0, get: /* @__PURE__ */ __name(function() {
      return verifier_1.Verifier;
    }, "get") });
  }
});
export default require_dist3();
