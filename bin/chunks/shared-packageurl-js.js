import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  DEFAULT_SBOM,
  provenanceAttachment,
  sbomAttachment,
  summarizeReferrer
} from "./shared-supply-chain-documents.js";
import {
  moduleName
} from "./shared-toolchains-module-name.js";
import {
  DEBIAN_RUST,
  DEFAULT_C_SOURCES,
  TINYGO_WASIP1_VERSION,
  chooseGoToolchain,
  clangArguments,
  compareVersions,
  detectLanguage,
  findCToolchain,
  findRustToolchain,
  findSources,
  formatVersion,
  goCandidates,
  isNetworkFailure,
  isSkippedDir,
  loadConfig,
  offlineRegistryHint,
  oldCargoHint,
  parse,
  parseCargoMessages,
  pickBinary,
  realFiles,
  realGoHost
} from "./shared-toolchains-rust-toolchain.js";
import {
  scavengeWhileStreaming
} from "./shared-pipeline-scavenge.js";
import {
  compileAot,
  findWamrc,
  wamrcVersion
} from "./shared-toolchains-wamrc.js";
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
} from "./shared-wasm-binary.js";
import {
  layoutDir,
  openLastBuild,
  readLastBuildRecord,
  saveLastBuild
} from "./shared-pipeline-last-build.js";
import {
  copyGraph
} from "./shared-pipeline-copy-graph.js";
import {
  transaction
} from "./shared-targets-copy.js";
import {
  findOnPath,
  runChecked,
  runProcess,
  tail
} from "./shared-process-exec.js";
import {
  buildAotImages,
  buildCompatImage,
  buildWasmArtifact,
  imageManifest,
  isoTime
} from "./shared-oci-aot-image.js";
import {
  LayoutTarget,
  blobPath,
  fileBlob,
  fileOpener,
  scratchSink
} from "./shared-targets-layout.js";
import {
  Annotation,
  MediaType,
  bytesBlob,
  canonicalJson,
  digestHex,
  hashingTap,
  isManifestNode,
  manifestNode,
  sha256Stream
} from "./shared-streamx.js";
import {
  collect
} from "./shared-streams.js";
import {
  DEFAULT_TAG,
  parseReference,
  withTagSuffix
} from "./shared-oci-reference.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  packageVersion
} from "./shared-package-info.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./shared-runtime.js";

// node_modules/packageurl-js/src/error.js
var require_error = __commonJS({
  "node_modules/packageurl-js/src/error.js"(exports, module) {
    "use strict";
    function formatPurlErrorMessage(message = "") {
      let { length } = message, formatted = "";
      if (length) {
        let code0 = message.charCodeAt(0);
        formatted = code0 >= 65 || code0 <= 90 ? `${message[0].toLowerCase()}${message.slice(1)}` : message, length > 1 && message.charCodeAt(length - 1) === 46 && message.charCodeAt(length - 2) !== 46 && (formatted = formatted.slice(0, -1));
      }
      return `Invalid purl: ${formatted}`;
    }
    __name(formatPurlErrorMessage, "formatPurlErrorMessage");
    var PurlError = class extends Error {
      static {
        __name(this, "PurlError");
      }
      constructor(message) {
        super(formatPurlErrorMessage(message));
      }
    };
    module.exports = {
      formatPurlErrorMessage,
      PurlError
    };
  }
});

// node_modules/packageurl-js/src/decode.js
var require_decode = __commonJS({
  "node_modules/packageurl-js/src/decode.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { decodeURIComponent } = globalThis;
    function decodePurlComponent(comp, encodedURIComponent) {
      try {
        return decodeURIComponent(encodedURIComponent);
      } catch {
      }
      throw new PurlError(`unable to decode "${comp}" component`);
    }
    __name(decodePurlComponent, "decodePurlComponent");
    module.exports = {
      decodePurlComponent
    };
  }
});

// node_modules/packageurl-js/src/constants.js
var require_constants = __commonJS({
  "node_modules/packageurl-js/src/constants.js"(exports, module) {
    "use strict";
    var REUSED_SEARCH_PARAMS = new URLSearchParams(), REUSED_SEARCH_PARAMS_KEY = "_", REUSED_SEARCH_PARAMS_OFFSET = 2;
    module.exports = {
      LOOP_SENTINEL: 1e6,
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    };
  }
});

// node_modules/packageurl-js/src/objects.js
var require_objects = __commonJS({
  "node_modules/packageurl-js/src/objects.js"(exports, module) {
    "use strict";
    var { LOOP_SENTINEL } = require_constants();
    function isObject(value) {
      return value !== null && typeof value == "object";
    }
    __name(isObject, "isObject");
    function recursiveFreeze(value_) {
      if (value_ === null || !(typeof value_ == "object" || typeof value_ == "function") || Object.isFrozen(value_))
        return value_;
      let queue = [value_], { length: queueLength } = queue, pos = 0;
      for (; pos < queueLength; ) {
        if (pos === LOOP_SENTINEL)
          throw new Error(
            "Detected infinite loop in object crawl of recursiveFreeze"
          );
        let obj = queue[pos++];
        if (Object.freeze(obj), Array.isArray(obj))
          for (let i = 0, { length } = obj; i < length; i += 1) {
            let item = obj[i];
            item !== null && (typeof item == "object" || typeof item == "function") && !Object.isFrozen(item) && (queue[queueLength++] = item);
          }
        else {
          let keys = Reflect.ownKeys(obj);
          for (let i = 0, { length } = keys; i < length; i += 1) {
            let propValue = obj[keys[i]];
            propValue !== null && (typeof propValue == "object" || typeof propValue == "function") && !Object.isFrozen(propValue) && (queue[queueLength++] = propValue);
          }
        }
      }
      return value_;
    }
    __name(recursiveFreeze, "recursiveFreeze");
    module.exports = {
      isObject,
      recursiveFreeze
    };
  }
});

// node_modules/packageurl-js/src/strings.js
var require_strings = __commonJS({
  "node_modules/packageurl-js/src/strings.js"(exports, module) {
    "use strict";
    var { compare: localeCompare } = new Intl.Collator(), regexSemverNumberedGroups = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    function isBlank(str) {
      for (let i = 0, { length } = str; i < length; i += 1) {
        let code = str.charCodeAt(i);
        if (!// Whitespace characters according to ECMAScript spec:
        // https://tc39.es/ecma262/#sec-white-space
        (code === 32 || // Space
        code === 9 || // Tab
        code === 10 || // Line Feed
        code === 11 || // Vertical Tab
        code === 12 || // Form Feed
        code === 13 || // Carriage Return
        code === 160 || // No-Break Space
        code === 5760 || // Ogham Space Mark
        code === 8192 || // En Quad
        code === 8193 || // Em Quad
        code === 8194 || // En Space
        code === 8195 || // Em Space
        code === 8196 || // Three-Per-Em Space
        code === 8197 || // Four-Per-Em Space
        code === 8198 || // Six-Per-Em Space
        code === 8199 || // Figure Space
        code === 8200 || // Punctuation Space
        code === 8201 || // Thin Space
        code === 8202 || // Hair Space
        code === 8232 || // Line Separator
        code === 8233 || // Paragraph Separator
        code === 8239 || // Narrow No-Break Space
        code === 8287 || // Medium Mathematical Space
        code === 12288 || // Ideographic Space
        code === 65279))
          return !1;
      }
      return !0;
    }
    __name(isBlank, "isBlank");
    function isNonEmptyString(value) {
      return typeof value == "string" && value.length > 0;
    }
    __name(isNonEmptyString, "isNonEmptyString");
    function isSemverString(value) {
      return typeof value == "string" && regexSemverNumberedGroups.test(value);
    }
    __name(isSemverString, "isSemverString");
    function lowerName(purl) {
      purl.name = purl.name.toLowerCase();
    }
    __name(lowerName, "lowerName");
    function lowerNamespace(purl) {
      let { namespace } = purl;
      typeof namespace == "string" && (purl.namespace = namespace.toLowerCase());
    }
    __name(lowerNamespace, "lowerNamespace");
    function lowerVersion(purl) {
      let { version } = purl;
      typeof version == "string" && (purl.version = version.toLowerCase());
    }
    __name(lowerVersion, "lowerVersion");
    function replaceDashesWithUnderscores(str) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str.indexOf("-", fromIndex)) !== -1; )
        result = result + str.slice(fromIndex, index) + "_", fromIndex = index + 1;
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    __name(replaceDashesWithUnderscores, "replaceDashesWithUnderscores");
    function replaceUnderscoresWithDashes(str) {
      let result = "", fromIndex = 0, index = 0;
      for (; (index = str.indexOf("_", fromIndex)) !== -1; )
        result = result + str.slice(fromIndex, index) + "-", fromIndex = index + 1;
      return fromIndex ? result + str.slice(fromIndex) : str;
    }
    __name(replaceUnderscoresWithDashes, "replaceUnderscoresWithDashes");
    function trimLeadingSlashes(str) {
      let start = 0;
      for (; str.charCodeAt(start) === 47; )
        start += 1;
      return start === 0 ? str : str.slice(start);
    }
    __name(trimLeadingSlashes, "trimLeadingSlashes");
    module.exports = {
      isBlank,
      isNonEmptyString,
      isSemverString,
      localeCompare,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes,
      trimLeadingSlashes
    };
  }
});

// node_modules/packageurl-js/src/encode.js
var require_encode = __commonJS({
  "node_modules/packageurl-js/src/encode.js"(exports, module) {
    "use strict";
    var {
      REUSED_SEARCH_PARAMS,
      REUSED_SEARCH_PARAMS_KEY,
      REUSED_SEARCH_PARAMS_OFFSET
    } = require_constants(), { isObject } = require_objects(), { isNonEmptyString } = require_strings(), { encodeURIComponent: encodeURIComponent2 } = globalThis;
    function encodeNamespace(namespace) {
      return isNonEmptyString(namespace) ? encodeURIComponent2(namespace).replace(/%3A/g, ":").replace(/%2F/g, "/") : "";
    }
    __name(encodeNamespace, "encodeNamespace");
    function encodeQualifierParam(param) {
      return isNonEmptyString(param) ? (REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param), replacePlusSignWithPercentEncodedSpace(
        REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
      )) : "";
    }
    __name(encodeQualifierParam, "encodeQualifierParam");
    function encodeQualifiers(qualifiers) {
      if (isObject(qualifiers)) {
        let qualifiersKeys = Object.keys(qualifiers).sort(), searchParams = new URLSearchParams();
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
          let key = qualifiersKeys[i];
          searchParams.set(key, qualifiers[key]);
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString());
      }
      return "";
    }
    __name(encodeQualifiers, "encodeQualifiers");
    function encodeSubpath(subpath) {
      return isNonEmptyString(subpath) ? encodeURIComponent2(subpath).replace(/%2F/g, "/") : "";
    }
    __name(encodeSubpath, "encodeSubpath");
    function encodeVersion(version) {
      return isNonEmptyString(version) ? encodeURIComponent2(version).replace(/%3A/g, ":").replace(/%2B/g, "+") : "";
    }
    __name(encodeVersion, "encodeVersion");
    function replacePlusSignWithPercentEncodedSpace(str) {
      return str.replace(/\+/g, "%20");
    }
    __name(replacePlusSignWithPercentEncodedSpace, "replacePlusSignWithPercentEncodedSpace");
    module.exports = {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    };
  }
});

// node_modules/packageurl-js/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/packageurl-js/src/helpers.js"(exports, module) {
    "use strict";
    function createHelpersNamespaceObject(helpers, options_ = {}) {
      let { comparator, ...defaults } = { __proto__: null, ...options_ }, helperNames = Object.keys(helpers).sort(), propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
      ].sort(comparator), nsObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0, { length } = propNames; i < length; i += 1) {
        let propName = propNames[i], helpersForProp = /* @__PURE__ */ Object.create(null);
        for (let j = 0, { length: length_j } = helperNames; j < length_j; j += 1) {
          let helperName = helperNames[j], helperValue = helpers[helperName][propName] ?? defaults[helperName];
          helperValue !== void 0 && (helpersForProp[helperName] = helperValue);
        }
        nsObject[propName] = helpersForProp;
      }
      return nsObject;
    }
    __name(createHelpersNamespaceObject, "createHelpersNamespaceObject");
    module.exports = {
      createHelpersNamespaceObject
    };
  }
});

// node_modules/packageurl-js/src/normalize.js
var require_normalize = __commonJS({
  "node_modules/packageurl-js/src/normalize.js"(exports, module) {
    "use strict";
    var { isObject } = require_objects(), { isBlank } = require_strings();
    function normalizeName(rawName) {
      return typeof rawName == "string" ? rawName.trim() : void 0;
    }
    __name(normalizeName, "normalizeName");
    function normalizeNamespace(rawNamespace) {
      return typeof rawNamespace == "string" ? normalizePath(rawNamespace) : void 0;
    }
    __name(normalizeNamespace, "normalizeNamespace");
    function normalizePath(pathname, callback) {
      let collapsed = "", start = 0;
      for (; pathname.charCodeAt(start) === 47; )
        start += 1;
      let nextIndex = pathname.indexOf("/", start);
      if (nextIndex === -1)
        return pathname.slice(start);
      for (; nextIndex !== -1; ) {
        let segment = pathname.slice(start, nextIndex);
        for ((callback === void 0 || callback(segment)) && (collapsed = collapsed + (collapsed.length === 0 ? "" : "/") + segment), start = nextIndex + 1; pathname.charCodeAt(start) === 47; )
          start += 1;
        nextIndex = pathname.indexOf("/", start);
      }
      let lastSegment = pathname.slice(start);
      return lastSegment.length !== 0 && (callback === void 0 || callback(lastSegment)) && (collapsed = collapsed + "/" + lastSegment), collapsed;
    }
    __name(normalizePath, "normalizePath");
    function normalizeQualifiers(rawQualifiers) {
      let qualifiers;
      for (let { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        let trimmed = (typeof value == "string" ? value : String(value)).trim();
        trimmed.length !== 0 && (qualifiers === void 0 && (qualifiers = { __proto__: null }), qualifiers[key.toLowerCase()] = trimmed);
      }
      return qualifiers;
    }
    __name(normalizeQualifiers, "normalizeQualifiers");
    function normalizeSubpath(rawSubpath) {
      return typeof rawSubpath == "string" ? normalizePath(rawSubpath, subpathFilter) : void 0;
    }
    __name(normalizeSubpath, "normalizeSubpath");
    function normalizeType(rawType) {
      return typeof rawType == "string" ? rawType.trim().toLowerCase() : void 0;
    }
    __name(normalizeType, "normalizeType");
    function normalizeVersion(rawVersion) {
      return typeof rawVersion == "string" ? rawVersion.trim() : void 0;
    }
    __name(normalizeVersion, "normalizeVersion");
    function qualifiersToEntries(rawQualifiers) {
      return isObject(rawQualifiers) ? rawQualifiers instanceof URLSearchParams ? rawQualifiers.entries() : Object.entries(rawQualifiers) : typeof rawQualifiers == "string" ? new URLSearchParams(rawQualifiers).entries() : Object.entries({});
    }
    __name(qualifiersToEntries, "qualifiersToEntries");
    function subpathFilter(segment) {
      let { length } = segment;
      return length === 1 && segment.charCodeAt(0) === 46 || length === 2 && segment.charCodeAt(0) === 46 && segment.charCodeAt(1) === 46 ? !1 : !isBlank(segment);
    }
    __name(subpathFilter, "subpathFilter");
    module.exports = {
      normalizeName,
      normalizeNamespace,
      normalizePath,
      normalizeQualifiers,
      normalizeSubpath,
      normalizeType,
      normalizeVersion
    };
  }
});

// node_modules/packageurl-js/src/lang.js
var require_lang = __commonJS({
  "node_modules/packageurl-js/src/lang.js"(exports, module) {
    "use strict";
    function isNullishOrEmptyString(value) {
      return value == null || typeof value == "string" && value.length === 0;
    }
    __name(isNullishOrEmptyString, "isNullishOrEmptyString");
    module.exports = {
      isNullishOrEmptyString
    };
  }
});

// node_modules/packageurl-js/src/validate.js
var require_validate = __commonJS({
  "node_modules/packageurl-js/src/validate.js"(exports, module) {
    "use strict";
    var { PurlError } = require_error(), { isNullishOrEmptyString } = require_lang(), { isNonEmptyString } = require_strings();
    function validateEmptyByType(type, name, value, throws2) {
      if (!isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} "${name}" component must be empty`);
        return !1;
      }
      return !0;
    }
    __name(validateEmptyByType, "validateEmptyByType");
    function validateName(name, throws2) {
      return validateRequired("name", name, throws2) && validateStrings("name", name, throws2);
    }
    __name(validateName, "validateName");
    function validateNamespace(namespace, throws2) {
      return validateStrings("namespace", namespace, throws2);
    }
    __name(validateNamespace, "validateNamespace");
    function validateQualifiers(qualifiers, throws2) {
      if (qualifiers == null)
        return !0;
      if (typeof qualifiers != "object") {
        if (throws2)
          throw new PurlError('"qualifiers" must be an object');
        return !1;
      }
      let keysIterable = (
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys == "function" ? qualifiers.keys() : Object.keys(qualifiers)
      );
      for (let key of keysIterable)
        if (!validateQualifierKey(key, throws2))
          return !1;
      return !0;
    }
    __name(validateQualifiers, "validateQualifiers");
    function validateQualifierKey(key, throws2) {
      if (!validateStartsWithoutNumber("qualifier", key, throws2))
        return !1;
      for (let i = 0, { length } = key; i < length; i += 1) {
        let code = key.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 45 || // -
        code === 95)) {
          if (throws2)
            throw new PurlError(
              `qualifier "${key}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    __name(validateQualifierKey, "validateQualifierKey");
    function validateRequired(name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`"${name}" is a required component`);
        return !1;
      }
      return !0;
    }
    __name(validateRequired, "validateRequired");
    function validateRequiredByType(type, name, value, throws2) {
      if (isNullishOrEmptyString(value)) {
        if (throws2)
          throw new PurlError(`${type} requires a "${name}" component`);
        return !1;
      }
      return !0;
    }
    __name(validateRequiredByType, "validateRequiredByType");
    function validateStartsWithoutNumber(name, value, throws2) {
      if (isNonEmptyString(value)) {
        let code = value.charCodeAt(0);
        if (code >= 48 && code <= 57) {
          if (throws2)
            throw new PurlError(
              `${name} "${value}" cannot start with a number`
            );
          return !1;
        }
      }
      return !0;
    }
    __name(validateStartsWithoutNumber, "validateStartsWithoutNumber");
    function validateStrings(name, value, throws2) {
      if (value == null || typeof value == "string")
        return !0;
      if (throws2)
        throw new PurlError(`"'${name}" must be a string`);
      return !1;
    }
    __name(validateStrings, "validateStrings");
    function validateSubpath(subpath, throws2) {
      return validateStrings("subpath", subpath, throws2);
    }
    __name(validateSubpath, "validateSubpath");
    function validateType(type, throws2) {
      if (!validateRequired("type", type, throws2) || !validateStrings("type", type, throws2) || !validateStartsWithoutNumber("type", type, throws2))
        return !1;
      for (let i = 0, { length } = type; i < length; i += 1) {
        let code = type.charCodeAt(i);
        if (!(code >= 48 && code <= 57 || // 0-9
        code >= 65 && code <= 90 || // A-Z
        code >= 97 && code <= 122 || // a-z
        code === 46 || // .
        code === 43 || // +
        code === 45)) {
          if (throws2)
            throw new PurlError(
              `type "${type}" contains an illegal character`
            );
          return !1;
        }
      }
      return !0;
    }
    __name(validateType, "validateType");
    function validateVersion(version, throws2) {
      return validateStrings("version", version, throws2);
    }
    __name(validateVersion, "validateVersion");
    module.exports = {
      validateEmptyByType,
      validateName,
      validateNamespace,
      validateQualifiers,
      validateQualifierKey,
      validateRequired,
      validateRequiredByType,
      validateStartsWithoutNumber,
      validateStrings,
      validateSubpath,
      validateType,
      validateVersion
    };
  }
});

// node_modules/packageurl-js/src/purl-component.js
var require_purl_component = __commonJS({
  "node_modules/packageurl-js/src/purl-component.js"(exports, module) {
    "use strict";
    var {
      encodeNamespace,
      encodeVersion,
      encodeQualifiers,
      encodeQualifierParam,
      encodeSubpath,
      encodeURIComponent: encodeURIComponent2
    } = require_encode(), { createHelpersNamespaceObject } = require_helpers(), {
      normalizeType,
      normalizeNamespace,
      normalizeName,
      normalizeVersion,
      normalizeQualifiers,
      normalizeSubpath
    } = require_normalize(), { localeCompare, isNonEmptyString } = require_strings(), {
      validateType,
      validateNamespace,
      validateName,
      validateVersion,
      validateQualifiers,
      validateQualifierKey,
      validateSubpath
    } = require_validate(), PurlComponentEncoder = /* @__PURE__ */ __name((comp) => isNonEmptyString(comp) ? encodeURIComponent2(comp) : "", "PurlComponentEncoder"), PurlComponentStringNormalizer = /* @__PURE__ */ __name((comp) => typeof comp == "string" ? comp : void 0, "PurlComponentStringNormalizer"), PurlComponentValidator = /* @__PURE__ */ __name((_comp, _throws) => !0, "PurlComponentValidator"), componentSortOrderLookup = {
      __proto__: null,
      type: 0,
      namespace: 1,
      name: 2,
      version: 3,
      qualifiers: 4,
      qualifierKey: 5,
      qualifierValue: 6,
      subpath: 7
    };
    function componentSortOrder(comp) {
      return componentSortOrderLookup[comp] ?? comp;
    }
    __name(componentSortOrder, "componentSortOrder");
    function componentComparator(compA, compB) {
      return localeCompare(componentSortOrder(compA), componentSortOrder(compB));
    }
    __name(componentComparator, "componentComparator");
    module.exports = {
      // Rules for each purl component:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
      PurlComponent: createHelpersNamespaceObject(
        {
          encode: {
            namespace: encodeNamespace,
            version: encodeVersion,
            qualifiers: encodeQualifiers,
            qualifierKey: encodeQualifierParam,
            qualifierValue: encodeQualifierParam,
            subpath: encodeSubpath
          },
          normalize: {
            type: normalizeType,
            namespace: normalizeNamespace,
            name: normalizeName,
            version: normalizeVersion,
            qualifiers: normalizeQualifiers,
            subpath: normalizeSubpath
          },
          validate: {
            type: validateType,
            namespace: validateNamespace,
            name: validateName,
            version: validateVersion,
            qualifierKey: validateQualifierKey,
            qualifiers: validateQualifiers,
            subpath: validateSubpath
          }
        },
        {
          comparator: componentComparator,
          encode: PurlComponentEncoder,
          normalize: PurlComponentStringNormalizer,
          validate: PurlComponentValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/purl-qualifier-names.js
var require_purl_qualifier_names = __commonJS({
  "node_modules/packageurl-js/src/purl-qualifier-names.js"(exports, module) {
    "use strict";
    module.exports = {
      // Known qualifiers:
      // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
      PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: "repository_url",
        DownloadUrl: "download_url",
        VcsUrl: "vcs_url",
        FileName: "file_name",
        Checksum: "checksum"
      }
    };
  }
});

// node_modules/packageurl-js/src/purl-type.js
var require_purl_type = __commonJS({
  "node_modules/packageurl-js/src/purl-type.js"(exports, module) {
    "use strict";
    var { isNullishOrEmptyString } = require_lang(), { createHelpersNamespaceObject } = require_helpers(), {
      isSemverString,
      lowerName,
      lowerNamespace,
      lowerVersion,
      replaceDashesWithUnderscores,
      replaceUnderscoresWithDashes
    } = require_strings(), { validateEmptyByType, validateRequiredByType } = require_validate(), { PurlError } = require_error(), PurlTypNormalizer = /* @__PURE__ */ __name((purl) => purl, "PurlTypNormalizer"), PurlTypeValidator = /* @__PURE__ */ __name((_purl, _throws) => !0, "PurlTypeValidator");
    module.exports = {
      // PURL types:
      // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
      PurlType: createHelpersNamespaceObject(
        {
          normalize: {
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
            alpm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
            apk(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
            bitbucket(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
            bitnami(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
            composer(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
            deb(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
            gitlab(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
            github(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            // golang(purl) {
            //     // Ignore case-insensitive rule because go.mod are case-sensitive.
            //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
            //     lowerNamespace(purl)
            //     lowerName(purl)
            //     return purl
            // },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
            hex(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
            huggingface(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl) {
              return purl.qualifiers?.repository_url?.includes("databricks") && lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
            npm(purl) {
              return lowerNamespace(purl), lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
            luarocks(purl) {
              return lowerVersion(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl) {
              return lowerName(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl) {
              return lowerName(purl), purl.name = replaceDashesWithUnderscores(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
            pypi(purl) {
              return lowerNamespace(purl), lowerName(purl), purl.name = replaceUnderscoresWithDashes(purl.name), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
            qpkg(purl) {
              return lowerNamespace(purl), purl;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
            rpm(purl) {
              return lowerNamespace(purl), purl;
            }
          },
          validate: {
            // TODO: cocoapods name validation
            // TODO: cpan namespace validation
            // TODO: swid qualifier validation
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
            conan(purl, throws2) {
              if (isNullishOrEmptyString(purl.namespace)) {
                if (purl.qualifiers?.channel) {
                  if (throws2)
                    throw new PurlError(
                      'conan requires a "namespace" component when a "channel" qualifier is present'
                    );
                  return !1;
                }
              } else if (isNullishOrEmptyString(purl.qualifiers)) {
                if (throws2)
                  throw new PurlError(
                    'conan requires a "qualifiers" component when a namespace is present'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
            cran(purl, throws2) {
              return validateRequiredByType(
                "cran",
                "version",
                purl.version,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
            golang(purl) {
              let { version } = purl;
              if ((typeof version == "string" ? version.length : 0) && version.charCodeAt(0) === 118 && !isSemverString(version.slice(1))) {
                if (throws)
                  throw new PurlError(
                    'golang "version" component starting with a "v" must be followed by a valid semver version'
                  );
                return !1;
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
            maven(purl, throws2) {
              return validateRequiredByType(
                "maven",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
            mlflow(purl, throws2) {
              return validateEmptyByType(
                "mlflow",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
            oci(purl, throws2) {
              return validateEmptyByType(
                "oci",
                "namespace",
                purl.namespace,
                throws2
              );
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
            pub(purl, throws2) {
              let { name } = purl;
              for (let i = 0, { length } = name; i < length; i += 1) {
                let code = name.charCodeAt(i);
                if (!(code >= 48 && code <= 57 || // 0-9
                code >= 97 && code <= 122 || // a-z
                code === 95)) {
                  if (throws2)
                    throw new PurlError(
                      'pub "name" component may only contain [a-z0-9_] characters'
                    );
                  return !1;
                }
              }
              return !0;
            },
            // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
            swift(purl, throws2) {
              return validateRequiredByType(
                "swift",
                "namespace",
                purl.namespace,
                throws2
              ) && validateRequiredByType(
                "swift",
                "version",
                purl.version,
                throws2
              );
            }
          }
        },
        {
          normalize: PurlTypNormalizer,
          validate: PurlTypeValidator
        }
      )
    };
  }
});

// node_modules/packageurl-js/src/package-url.js
var require_package_url = __commonJS({
  "node_modules/packageurl-js/src/package-url.js"(exports, module) {
    "use strict";
    var { decodePurlComponent } = require_decode(), { isObject, recursiveFreeze } = require_objects(), { isBlank, isNonEmptyString, trimLeadingSlashes } = require_strings(), { PurlComponent } = require_purl_component(), { PurlQualifierNames } = require_purl_qualifier_names(), { PurlType } = require_purl_type(), { PurlError } = require_error(), PackageURL2 = class _PackageURL {
      static {
        __name(this, "PackageURL");
      }
      static Component = recursiveFreeze(PurlComponent);
      static KnownQualifierNames = recursiveFreeze(PurlQualifierNames);
      static Type = recursiveFreeze(PurlType);
      constructor(rawType, rawNamespace, rawName, rawVersion, rawQualifiers, rawSubpath) {
        let type = isNonEmptyString(rawType) ? PurlComponent.type.normalize(rawType) : rawType;
        PurlComponent.type.validate(type, !0);
        let namespace = isNonEmptyString(rawNamespace) ? PurlComponent.namespace.normalize(rawNamespace) : rawNamespace;
        PurlComponent.namespace.validate(namespace, !0);
        let name = isNonEmptyString(rawName) ? PurlComponent.name.normalize(rawName) : rawName;
        PurlComponent.name.validate(name, !0);
        let version = isNonEmptyString(rawVersion) ? PurlComponent.version.normalize(rawVersion) : rawVersion;
        PurlComponent.version.validate(version, !0);
        let qualifiers = typeof rawQualifiers == "string" || isObject(rawQualifiers) ? PurlComponent.qualifiers.normalize(rawQualifiers) : rawQualifiers;
        PurlComponent.qualifiers.validate(qualifiers, !0);
        let subpath = isNonEmptyString(rawSubpath) ? PurlComponent.subpath.normalize(rawSubpath) : rawSubpath;
        PurlComponent.subpath.validate(subpath, !0), this.type = type, this.name = name, this.namespace = namespace ?? void 0, this.version = version ?? void 0, this.qualifiers = qualifiers ?? void 0, this.subpath = subpath ?? void 0;
        let typeHelpers = PurlType[type];
        typeHelpers && (typeHelpers.normalize(this), typeHelpers.validate(this, !0));
      }
      toString() {
        let { namespace, name, version, qualifiers, subpath, type } = this, purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
        return namespace && (purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`), purlStr = `${purlStr}${PurlComponent.name.encode(name)}`, version && (purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`), qualifiers && (purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`), subpath && (purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`), purlStr;
      }
      static fromString(purlStr) {
        return new _PackageURL(..._PackageURL.parseString(purlStr));
      }
      static parseString(purlStr) {
        if (typeof purlStr != "string")
          throw new Error("A purl string argument is required.");
        if (isBlank(purlStr))
          return [
            void 0,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let colonIndex = purlStr.indexOf(":"), url, maybeUrlWithAuth;
        if (colonIndex !== -1)
          try {
            let beforeColon = purlStr.slice(0, colonIndex), afterColon = purlStr.slice(colonIndex + 1), trimmedAfterColon = trimLeadingSlashes(afterColon);
            url = new URL(`${beforeColon}:${trimmedAfterColon}`), maybeUrlWithAuth = afterColon.length === trimmedAfterColon.length ? url : new URL(purlStr);
          } catch (e) {
            throw new PurlError("failed to parse as URL", {
              cause: e
            });
          }
        if (url?.protocol !== "pkg:")
          throw new PurlError('missing required "pkg" scheme component');
        if (maybeUrlWithAuth.username !== "" || maybeUrlWithAuth.password !== "")
          throw new PurlError('cannot contain a "user:pass@host:port"');
        let { pathname } = url, firstSlashIndex = pathname.indexOf("/"), rawType = decodePurlComponent(
          "type",
          firstSlashIndex === -1 ? pathname : pathname.slice(0, firstSlashIndex)
        );
        if (firstSlashIndex < 1)
          return [
            rawType,
            void 0,
            void 0,
            void 0,
            void 0,
            void 0
          ];
        let rawVersion, atSignIndex = pathname.lastIndexOf("@");
        atSignIndex !== -1 && pathname.charCodeAt(atSignIndex - 1) === 47 && (atSignIndex = -1);
        let beforeVersion = pathname.slice(
          rawType.length + 1,
          atSignIndex === -1 ? pathname.length : atSignIndex
        );
        atSignIndex !== -1 && (rawVersion = decodePurlComponent(
          "version",
          pathname.slice(atSignIndex + 1)
        ));
        let rawNamespace, rawName, lastSlashIndex = beforeVersion.lastIndexOf("/");
        lastSlashIndex === -1 ? rawName = decodePurlComponent("name", beforeVersion) : (rawName = decodePurlComponent(
          "name",
          beforeVersion.slice(lastSlashIndex + 1)
        ), rawNamespace = decodePurlComponent(
          "namespace",
          beforeVersion.slice(0, lastSlashIndex)
        ));
        let rawQualifiers, { searchParams } = url;
        searchParams.size !== 0 && (searchParams.forEach(
          (value) => decodePurlComponent("qualifiers", value)
        ), rawQualifiers = searchParams);
        let rawSubpath, { hash } = url;
        return hash.length !== 0 && (rawSubpath = decodePurlComponent("subpath", hash.slice(1))), [
          rawType,
          rawNamespace,
          rawName,
          rawVersion,
          rawQualifiers,
          rawSubpath
        ];
      }
    };
    for (let staticProp of ["Component", "KnownQualifierNames", "Type"])
      Reflect.defineProperty(PackageURL2, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL2, staticProp),
        writable: !1
      });
    Reflect.setPrototypeOf(PackageURL2.prototype, null);
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// node_modules/packageurl-js/index.js
var require_packageurl_js = __commonJS({
  "node_modules/packageurl-js/index.js"(exports, module) {
    "use strict";
    var {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    } = require_package_url();
    module.exports = {
      PackageURL: PackageURL2,
      PurlComponent,
      PurlQualifierNames,
      PurlType
    };
  }
});

// src/pipeline/build.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join10 } from "node:path";

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
var SCAVENGE_FROM_BYTES = 16 * 1024 * 1024;
async function assemble(input) {
  let { compiled, config, timestamp } = input, { output, module, report, decision } = compiled, annotations = imageAnnotations(output, input.git, timestamp, config.annotations ?? {}, compiled.wasmOpt), compression = config.compression ?? "gzip", stopScavenging = module.size >= SCAVENGE_FROM_BYTES ? scavengeWhileStreaming() : () => {
  }, image;
  try {
    image = decision.format === "artifact" ? await buildWasmArtifact({ module: await module.stored(), title: `${output.name}.wasm`, kind: report.kind, ...decision.component ? { component: decision.component } : {}, annotations, timestamp, ...output.metadata.authors ? { author: output.metadata.authors } : {} }) : await buildCompatImage({
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
    });
  } finally {
    stopScavenging();
  }
  let aot = compiled.aot ? await aotImages({ results: compiled.aot, ship: config.aot?.ship, module, name: output.name, portable: image, timestamp, compression, annotations, scratch: input.scratch }) : void 0, graph = {
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
    sbom: pick("sbom", request.sbom),
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
import { basename, join as join3 } from "node:path";

// src/toolchains/c/no-implicit-wasm-opt.ts
import { mkdir, symlink } from "node:fs/promises";
import { join as join2 } from "node:path";
async function noImplicitWasmOpt(workDir, env) {
  let dir = join2(workDir, "clang-programs");
  await mkdir(dir, { recursive: !0 });
  let doNothing = await findOnPath("true", env) ?? "/bin/true";
  return await symlink(doNothing, join2(dir, "wasm-opt")).catch((err) => {
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
      for (let s of sources) await realFiles.exists(join3(ctx.dir, s)) || absent.push(s);
      if (sources.length === 0 || absent.length > 0)
        throw new WasmpackError(
          "C_SOURCES_NOT_FOUND",
          absent.length > 0 ? `C sources listed in wasmpack.json do not exist in ${ctx.dir}: ${absent.join(", ")}.` : `No C sources match ${patterns.join(", ")} in ${ctx.dir} (build, target, node_modules, .wasmpack and hidden directories are skipped).`,
          "list the files or globs in c.sources in wasmpack.json, relative to the project directory"
        );
      let output = join3(ctx.workDir, `${name}.wasm`);
      ctx.reporter.step(`compiling ${name} with ${toolchain.description}`);
      let programs = await noImplicitWasmOpt(ctx.workDir, ctx.env);
      return await runChecked(ctx.runner, toolchain.cc, [...programs, ...clangArguments(toolchain, { sources, output, release: ctx.release, config: c, dir: ctx.dir })], {
        cwd: ctx.dir,
        env: ctx.env,
        signal: ctx.signal,
        errorCode: "C_COMPILE_FAILED",
        what: `compiling ${name} (${sources.length} source${sources.length === 1 ? "" : "s"})`,
        hint: "fix the compiler error above; WASI preview 1 has no threads, signals or fork, so code using them needs an #ifdef __wasi__ path"
      }), ctx.reporter.succeed(`compiled ${name}.wasm`), { module: output, name, metadata: { title: name }, toolchain: toolchain.description, inputs: { c: { compiler: toolchain.cc, env: ctx.env, sources, ...toolchain.kind === "wasi-sdk" && ctx.env.WASI_SDK_PATH ? { wasiSdk: ctx.env.WASI_SDK_PATH } : {} } } };
    }
  };
}
__name(createCDriver, "createCDriver");
var cDriver = createCDriver();

// src/toolchains/go/driver.ts
import { join as join4 } from "node:path";

// src/toolchains/go/plan.ts
import { delimiter, dirname as dirname3 } from "node:path";
function tinygoBuildPlan(tc, o, goForTinyGo) {
  let target = tc.version && compareVersions(tc.version, TINYGO_WASIP1_VERSION) < 0 ? "wasi" : "wasip1", args = ["build", `-target=${target}`, "-o", o.output];
  o.strip && args.push("-no-debug"), o.go.tags?.length && args.push(`-tags=${o.go.tags.join(" ")}`), o.go.ldflags && args.push(`-ldflags=${o.go.ldflags}`), args.push(o.go.package ?? ".");
  let env = { ...o.env };
  goForTinyGo && (env.PATH = [dirname3(goForTinyGo), env.PATH].filter(Boolean).join(delimiter));
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
      let goModText = await host.readFile(join4(ctx.dir, "go.mod"));
      if (goModText === void 0)
        throw new WasmpackError("GO_MOD_NOT_FOUND", `${ctx.dir} has no go.mod, so it is not a Go module.`, "run `go mod init example.com/<name>` in the project directory");
      let modulePath = parseGoModulePath(goModText), title = modulePath ? moduleTitle(modulePath) : void 0, name = moduleName(ctx.config.name ?? title ?? dirnameOf(ctx.dir)), goConfig = ctx.config.go ?? {}, { toolchain, fellBackToGo } = await chooseGoToolchain(goConfig.toolchain, ctx.runner, ctx.env, host, ctx.signal);
      fellBackToGo && ctx.reporter.info('TinyGo was not found, so Go builds this module; TinyGo output is typically 10-50x smaller (install TinyGo, or set go.toolchain to "go" to silence this)');
      let output = join4(ctx.workDir, `${name}.wasm`), options = { output, strip: ctx.config.strip ?? ctx.release, go: goConfig, env: ctx.env }, plan;
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
      ), { module: output, name, metadata: title ? { title } : {}, toolchain: plan.description, inputs: { go: { command: toolchain.kind === "tinygo" ? "go" : plan.command, env: plan.env } } };
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
import { stat as stat3 } from "node:fs/promises";
import { basename as basename2, extname, resolve as resolve3 } from "node:path";
function prebuiltDriver(wasmPath) {
  return {
    language: "wasm",
    async build(ctx) {
      let module = resolve3(ctx.dir, wasmPath);
      if (!(await stat3(module).catch(() => {
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
import { join as join5, resolve as resolve4 } from "node:path";
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
      let binary = pickBinary(parseCargoMessages(result.stdout), rust.bin), name = moduleName(ctx.config.name ?? binary.name), module = join5(ctx.workDir, `${name}.wasm`);
      return await copyFile(binary.executable, module), ctx.reporter.succeed(`built ${binary.name}.wasm`), { module, name, metadata: metadataOf(pkg, name), toolchain: toolchain.description, inputs: { rust: pkg?.name ? { package: pkg.name } : {} } };
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
  return wabtInstance ??= import("./wabt.js").then((mod) => mod.default()), wabtInstance;
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
  let entry = componentEntryPoints(report), component2 = componentInterfaces(report), format = input.requested ?? "artifact";
  return format === "artifact" ? (notes.push(
    `WASI 0.2 component: building the CNCF Wasm OCI artifact (os wasip2, ${component2.imports.length} imports, ${component2.exports.length} exports in its config), which wkg, wasmCloud and runwasi (via CRI) read; use --format compat for a container image that runwasi's wasmtime shim runs`
  ), warnings.push(...droppedRunSettings(input.runSettings)), { format, notes, warnings, component: component2 }) : (notes.push(
    "WASI 0.2 component in a compat image: runwasi's wasmtime shim runs it (it detects wasi:cli/command and wasi:http/proxy); crun's handlers, WAMR and wasmer load core modules only and will refuse it"
  ), !entry.command && !entry.httpProxy && warnings.push(
    `the component exports neither wasi:cli/run nor wasi:http/incoming-handler (it exports ${shortList(component2.exports)}), so it is not runnable as a command from a compat image; the artifact format (the default for components) suits libraries and plugins`
  ), { format, notes, warnings, component: component2 });
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
import { join as join6 } from "node:path";
import { pipeline as streamPipeline } from "node:stream";
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
  let plan = options.strip ? planStrip(report.sections, report.size) : keepAll(report.size), raw = /* @__PURE__ */ __name(() => streamRanges(source, plan.kept), "raw"), seen, stored, hashed, open3 = /* @__PURE__ */ __name(() => {
    if (seen !== void 0) return raw();
    let hashing = hashingTap();
    return streamPipeline(raw(), hashing.tap, (err) => {
      let result = hashing.result();
      !err && result.size === plan.after && (seen = result.digest);
    });
  }, "open");
  return {
    source,
    plan,
    size: plan.after,
    open: open3,
    stored: /* @__PURE__ */ __name(() => stored ??= store(raw, join6(options.workDir, "module"), `${options.name}.wasm`), "stored"),
    digest: /* @__PURE__ */ __name(async () => seen ?? (stored ? (await stored).digest : await (hashed ??= sha256Stream(raw()).then((r) => r.digest))), "digest")
  };
}
__name(packagedModule, "packagedModule");
async function store(open3, dir, name) {
  await mkdir2(dir, { recursive: !0 });
  let path = join6(dir, name), hashing = hashingTap();
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
  let target = new LayoutTarget(layout, { exactReferrers: graph.referrers });
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
import { readdir, stat as stat4 } from "node:fs/promises";
import { join as join7, relative } from "node:path";
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
    let path = relative(input.dir, file);
    inputs.files.push(path), add("file", path, ...await sizeAndMtime(file));
  }
  return { digest: `sha256:${hash.digest("hex")}`, inputs };
}
__name(buildFingerprint, "buildFingerprint");
async function projectFiles(dir) {
  let out = [], walk = /* @__PURE__ */ __name(async (at) => {
    let entries = await readdir(at, { withFileTypes: !0 }).catch(() => []);
    for (let entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      let path = join7(at, entry.name);
      entry.isDirectory() ? isSkippedDir(entry.name) || await walk(path) : entry.isFile() && out.push(path);
    }
  }, "walk");
  return await walk(dir), out;
}
__name(projectFiles, "projectFiles");
async function sizeAndMtime(path) {
  let info = await stat4(path).catch(() => {
  });
  return info ? [info.size, info.mtimeMs] : [null];
}
__name(sizeAndMtime, "sizeAndMtime");
async function mtime(path) {
  return (await stat4(path).catch(() => {
  }))?.mtimeMs ?? null;
}
__name(mtime, "mtime");

// src/supply-chain/collect/c.ts
import { readFile } from "node:fs/promises";
import { join as join8 } from "node:path";
import { createHash as createHash2 } from "node:crypto";

// src/supply-chain/collect/purl.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
function cargoPurl(name, version, qualifiers) {
  return new import_packageurl_js.PackageURL("cargo", void 0, name, version, qualifiers, void 0).toString();
}
__name(cargoPurl, "cargoPurl");
function golangPurl(modulePath, version) {
  let slash = modulePath.lastIndexOf("/"), namespace = slash > 0 ? modulePath.slice(0, slash) : void 0;
  return new import_packageurl_js.PackageURL("golang", namespace, modulePath.slice(slash + 1), version, void 0, void 0).toString();
}
__name(golangPurl, "golangPurl");
function debianPurl(name, version, arch) {
  return new import_packageurl_js.PackageURL("deb", "debian", name, version, { arch }, void 0).toString();
}
__name(debianPurl, "debianPurl");
function genericPurl(name, version) {
  return new import_packageurl_js.PackageURL("generic", void 0, name, version, void 0, void 0).toString();
}
__name(genericPurl, "genericPurl");

// src/supply-chain/collect/c.ts
async function cDependencies(runner, dir, c) {
  let [compiler, libc, files] = await Promise.all([compilerTool(runner, c), libcComponent(runner, c), sourceComponents(dir, c.sources)]), components = [...files, ...libc ? [libc] : []];
  return { components, direct: components.map((x) => x.ref), tools: compiler ? [compiler] : [] };
}
__name(cDependencies, "cDependencies");
function parseCompilerVersion(text) {
  let m = /^(?:.*?\s)?(clang|gcc)\s+version\s+(\d+(?:\.\d+)*)/m.exec(text);
  return m ? { name: m[1], version: m[2] } : void 0;
}
__name(parseCompilerVersion, "parseCompilerVersion");
async function compilerTool(runner, c) {
  let result = await runner(c.compiler, ["--version"], { env: c.env }).catch(() => {
  });
  return result?.code === 0 ? parseCompilerVersion(result.stdout) ?? { name: c.compiler } : { name: c.compiler };
}
__name(compilerTool, "compilerTool");
async function libcComponent(runner, c) {
  if (c.wasiSdk) {
    let text = await readFile(join8(c.wasiSdk, "VERSION"), "utf8").catch(() => ""), version2 = /^(?:wasi-sdk[:\s]*)?(\d+(?:\.\d+)*\S*)/m.exec(text.trim())?.[1];
    return { ref: "c:wasi-sdk", kind: "library", name: "wasi-sdk", ...version2 ? { version: version2 } : {}, purl: genericPurl("wasi-sdk", version2), source: c.wasiSdk };
  }
  let result = await runner("dpkg-query", ["-W", "-f", "${Version} ${Architecture}", "wasi-libc"], { env: c.env }).catch(() => {
  }), [version, arch] = result?.code === 0 ? result.stdout.trim().split(" ") : [];
  if (version)
    return { ref: "c:wasi-libc", kind: "library", name: "wasi-libc", version, purl: debianPurl("wasi-libc", version, arch || "all"), source: "https://packages.debian.org/wasi-libc" };
}
__name(libcComponent, "libcComponent");
async function sourceComponents(dir, sources) {
  let headers = await findSources(dir, ["**/*.h"]), files = [.../* @__PURE__ */ new Set([...sources, ...headers])].sort();
  return Promise.all(
    files.map(async (file) => {
      let bytes = await readFile(join8(dir, file));
      return { ref: `file:${file}`, kind: "file", name: file, checksums: [{ algorithm: "SHA256", value: createHash2("sha256").update(bytes).digest("hex") }] };
    })
  );
}
__name(sourceComponents, "sourceComponents");

// src/supply-chain/collect/go.ts
function parseGoModules(text) {
  let modules = [], depth = 0, start = -1, inString = !1;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    if (inString) {
      ch === "\\" ? i++ : ch === '"' && (inString = !1);
      continue;
    }
    ch === '"' ? inString = !0 : ch === "{" && depth++ === 0 ? start = i : ch === "}" && --depth === 0 && modules.push(JSON.parse(text.slice(start, i + 1)));
  }
  return modules;
}
__name(parseGoModules, "parseGoModules");
function goComponents(modules) {
  let main = modules.find((m) => m.Main), components = modules.filter((m) => !m.Main).map((m) => {
    let path = m.Replace?.Version ? m.Replace.Path : m.Path, version = m.Replace ? m.Replace.Version : m.Version;
    return {
      ref: `golang:${m.Path}@${m.Version ?? ""}`,
      kind: "library",
      name: path,
      ...version ? { version } : {},
      purl: golangPurl(path, version),
      source: m.Replace && !m.Replace.Version ? `replaced by ${m.Replace.Path}` : `https://pkg.go.dev/${path}${version ? `@${version}` : ""}`
    };
  }), direct = modules.filter((m) => !m.Main && !m.Indirect).map((m) => `golang:${m.Path}@${m.Version ?? ""}`);
  return { components, direct, ...main ? { main: main.Path } : {} };
}
__name(goComponents, "goComponents");
async function goDependencies(runner, go, dir) {
  let result = await runner(go.command, ["list", "-m", "-json", "all"], { cwd: dir, env: go.env });
  if (result.code !== 0)
    throw new WasmpackError("SBOM_GO_LIST", `listing the Go modules for the SBOM failed (${go.command} list -m -json all exited with ${result.code}):
${result.stderr.trim()}`, "run `go mod tidy` so go.mod and go.sum are complete, or build with --sbom none");
  return goComponents(parseGoModules(result.stdout));
}
__name(goDependencies, "goDependencies");
function goStdlib(toolchain) {
  let version = /\bgo(\d+\.\d+(?:\.\d+)?)\b/.exec(toolchain)?.[1];
  return version ? { ref: "golang:stdlib", kind: "library", name: "stdlib", version: `go${version}`, purl: golangPurl("stdlib", `go${version}`), source: "https://go.dev/dl/" } : void 0;
}
__name(goStdlib, "goStdlib");

// src/supply-chain/collect/module.ts
import { inflateSync } from "node:zlib";
var PRODUCERS_SECTION = "producers", AUDITABLE_SECTION = ".dep-v0";
function parseProducers(payload) {
  let out = { language: [], "processed-by": [], sdk: [] }, reader = new ByteReader(payload);
  reader.name();
  let fields = reader.u32();
  for (let i = 0; i < fields; i++) {
    let field = reader.name(), count = reader.u32();
    for (let j = 0; j < count; j++) {
      let name = reader.name(), version = reader.name();
      (field === "language" || field === "processed-by" || field === "sdk") && out[field].push({ name, ...version ? { version } : {} });
    }
  }
  return out;
}
__name(parseProducers, "parseProducers");
function parseAuditable(payload) {
  let reader = new ByteReader(payload);
  reader.name();
  let packages = JSON.parse(inflateSync(payload.subarray(reader.pos)).toString("utf8")).packages ?? [], refOf = /* @__PURE__ */ __name((p) => `cargo:${p.name}@${p.version}`, "refOf"), root = packages.find((p) => p.root), components = packages.filter((p) => p !== root).map((p) => ({
    ref: refOf(p),
    kind: "library",
    name: p.name,
    version: p.version,
    purl: cargoPurl(p.name, p.version),
    source: p.source === "crates.io" ? `https://crates.io/crates/${p.name}` : `${p.source ?? "unknown"} (recorded by cargo-auditable)`,
    dependsOn: (p.dependencies ?? []).map((i) => packages[i]).filter((d) => d !== void 0 && d !== root).map(refOf)
  })), direct = root ? (root.dependencies ?? []).map((i) => packages[i]).filter((d) => d !== void 0).map(refOf) : components.map((c) => c.ref);
  return { components, direct, ...root ? { root: { name: root.name, version: root.version } } : {} };
}
__name(parseAuditable, "parseAuditable");
async function moduleFacts(path, sections) {
  let facts = {}, producers = sections.find((s) => s.customName === PRODUCERS_SECTION), auditable = sections.find((s) => s.customName === AUDITABLE_SECTION);
  return producers && (facts.producers = await readRanges(path, [{ start: producers.payloadStart, end: producers.end }]).then(parseProducers).catch(() => {
  })), auditable && (facts.auditable = await readRanges(path, [{ start: auditable.payloadStart, end: auditable.end }]).then(parseAuditable).catch(() => {
  })), facts.producers || delete facts.producers, facts.auditable || delete facts.auditable, facts;
}
__name(moduleFacts, "moduleFacts");
function producerTools(producers) {
  return producers ? [...producers["processed-by"], ...producers.sdk] : [];
}
__name(producerTools, "producerTools");

// src/supply-chain/collect/rust.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname4, join as join9 } from "node:path";
var CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index";
async function findCargoLock(dir) {
  for (let at = dir; ; at = dirname4(at)) {
    let candidate = join9(at, "Cargo.lock");
    if (await readFile2(candidate).then(() => !0, () => !1)) return candidate;
    if (dirname4(at) === at) return;
  }
}
__name(findCargoLock, "findCargoLock");
function cargoLockComponents(text, rootName, lockFile = "Cargo.lock") {
  let doc;
  try {
    doc = parse(text);
  } catch (err) {
    throw new WasmpackError("SBOM_CARGO_LOCK", `${lockFile} is not valid TOML: ${err.message}`, "run `cargo generate-lockfile`, or build with --sbom none");
  }
  let packages = doc.package ?? [], refOf = /* @__PURE__ */ __name((p) => `cargo:${p.name}@${p.version}`, "refOf"), resolve5 = /* @__PURE__ */ __name((spec) => {
    let [name, version] = spec.split(" "), match = packages.find((p) => p.name === name && (version === void 0 || p.version === version));
    return match ? refOf(match) : void 0;
  }, "resolve"), root = packages.find((p) => p.name === rootName && p.source === void 0), components = packages.filter((p) => p !== root).map((p) => {
    let git = p.source?.startsWith("git+") ? gitVcsUrl(p.source) : void 0;
    return {
      ref: refOf(p),
      kind: "library",
      name: p.name,
      version: p.version,
      purl: cargoPurl(p.name, p.version, git ? { vcs_url: git } : p.source && p.source !== CRATES_IO && p.source.startsWith("registry+") ? { repository_url: p.source.slice(9) } : void 0),
      ...p.checksum ? { checksums: [{ algorithm: "SHA256", value: p.checksum }] } : {},
      source: p.source === CRATES_IO ? "https://crates.io/crates/" + p.name : p.source ?? "path (a local crate)",
      dependsOn: (p.dependencies ?? []).map(resolve5).filter((r) => r !== void 0)
    };
  }), direct = (root?.dependencies ?? []).map(resolve5).filter((r) => r !== void 0);
  return { components, direct: root ? direct : components.map((c) => c.ref) };
}
__name(cargoLockComponents, "cargoLockComponents");
function gitVcsUrl(source) {
  let [url, commit] = source.split("#");
  return `${url.replace(/\?.*$/, "")}${commit ? `@${commit}` : ""}`;
}
__name(gitVcsUrl, "gitVcsUrl");
async function rustDependencies(dir, rootName) {
  let lockFile = await findCargoLock(dir);
  if (lockFile)
    return { ...cargoLockComponents(await readFile2(lockFile, "utf8"), rootName, lockFile), lockFile };
}
__name(rustDependencies, "rustDependencies");

// src/supply-chain/collect/index.ts
async function collectInventory(request) {
  let facts = await moduleFacts(request.modulePath, request.sections), tools = [...producerTools(facts.producers)], toolchain = toolchainTool(request.toolchain);
  toolchain && tools.push(toolchain);
  let components = [], direct = [], inputs = request.inputs ?? {};
  switch (request.language) {
    case "rust": {
      let deps = await rustDependencies(request.dir, inputs.rust?.package ?? request.name);
      deps && ({ components, direct } = deps);
      break;
    }
    case "go": {
      inputs.go && ({ components, direct } = await goDependencies(request.runner, inputs.go, request.dir));
      let stdlib = goStdlib(request.toolchain);
      stdlib && (components.push(stdlib), direct.push(stdlib.ref));
      break;
    }
    case "c": {
      if (inputs.c) {
        let deps = await cDependencies(request.runner, request.dir, inputs.c);
        ({ components, direct } = deps), tools.push(...deps.tools);
      }
      break;
    }
    case "wasm":
      break;
  }
  facts.auditable && (components.push(...facts.auditable.components), direct.push(...facts.auditable.direct));
  let languages = facts.producers?.language.map((l) => l.version ? `${l.name} ${l.version}` : l.name) ?? [];
  return {
    subject: {
      name: request.name,
      ...request.version ?? facts.auditable?.root?.version ? { version: request.version ?? facts.auditable?.root?.version } : {},
      sha256: request.sha256,
      ...request.license ? { license: request.license } : {},
      dependsOn: direct
    },
    components,
    tools,
    language: request.language === "wasm" ? languages.length ? `prebuilt; producers: ${languages.join(", ")}` : "prebuilt" : request.language
  };
}
__name(collectInventory, "collectInventory");
function toolchainTool(description) {
  let go = /^go(\d+\.\d+(?:\.\d+)?)\b/.exec(description);
  if (go) return { name: "go", version: go[1] };
  let m = /^(\S+?)(?:-\d+)?\s+(?:\S+\s+)?v?(\d+\.\d+(?:\.\d+)?)\b/.exec(description);
  if (m && !m[1].includes("/")) return { name: m[1], version: m[2] };
}
__name(toolchainTool, "toolchainTool");

// src/supply-chain/identity.ts
import { createHash as createHash3 } from "node:crypto";
function contentHash(value) {
  return createHash3("sha256").update(canonicalJson(value)).digest("hex");
}
__name(contentHash, "contentHash");
function contentUuid(hexHash) {
  let b = Buffer.from(hexHash.slice(0, 32), "hex");
  b[6] = b[6] & 15 | 128, b[8] = b[8] & 63 | 128;
  let h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
__name(contentUuid, "contentUuid");
function isoSeconds(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
__name(isoSeconds, "isoSeconds");
function licenseExpression(text) {
  if (!text) return;
  let expr = text.trim().replace(/\s*\/\s*/g, " OR ");
  return /^[A-Za-z0-9.+\-: ()]+$/.test(expr) && /[A-Za-z0-9]/.test(expr) ? expr : void 0;
}
__name(licenseExpression, "licenseExpression");

// src/supply-chain/provenance.ts
var BUILD_TYPE = "https://wasmpack.dev/buildtypes/build/v1", LOCAL_BUILDER = "https://wasmpack.dev/builders/local/v1", GITHUB_HOSTED_BUILDER = "https://github.com/actions/runner/github-hosted", GITHUB_VARIABLES = ["GITHUB_REPOSITORY", "GITHUB_REF", "GITHUB_SHA", "GITHUB_WORKFLOW_REF", "GITHUB_EVENT_NAME", "GITHUB_RUN_ID", "GITHUB_RUN_ATTEMPT", "GITHUB_REPOSITORY_ID", "GITHUB_REPOSITORY_OWNER_ID", "RUNNER_ENVIRONMENT"];
function provenancePredicate(input) {
  let github = githubRun(input.env), resolvedDependencies = [], source = github ? { uri: `git+${github.server}/${github.repository}@${github.ref}`, revision: github.sha } : input.source?.uri ? { uri: `git+${input.source.uri}`, revision: input.source.revision } : void 0;
  source && resolvedDependencies.push({ uri: source.uri, ...source.revision ? { digest: { gitCommit: source.revision } } : {} });
  let toolchains = [...new Map(input.toolchains.map((t) => [`${t.name}@${t.version ?? ""}`, t])).entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, t]) => t);
  for (let t of toolchains)
    resolvedDependencies.push({ name: t.name, ...t.version ? { uri: `pkg:generic/${encodeURIComponent(t.name)}@${encodeURIComponent(t.version)}` } : {}, ...t.description ? { annotations: { description: t.description } } : {} });
  let externalParameters = { build: input.parameters };
  if (github) {
    let path = github.workflowRef.replace(`${github.repository}/`, "").replace(/@.*$/, "");
    externalParameters.workflow = { ref: github.ref, repository: `${github.server}/${github.repository}`, path };
  }
  let internalParameters = { ...input.internal };
  github && (internalParameters.github = { event_name: github.eventName, repository_id: github.repositoryId, repository_owner_id: github.ownerId, runner_environment: github.runnerEnvironment });
  let buildDefinition = { buildType: BUILD_TYPE, externalParameters, internalParameters, resolvedDependencies }, time = isoSeconds(input.timestamp), invocationId = github ? `${github.server}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt}` : `urn:wasmpack:build:${contentHash(buildDefinition)}`;
  return {
    buildDefinition,
    runDetails: {
      builder: { id: github ? GITHUB_HOSTED_BUILDER : LOCAL_BUILDER },
      metadata: { invocationId, startedOn: time, finishedOn: time }
    }
  };
}
__name(provenancePredicate, "provenancePredicate");
function buildProvenance(input) {
  return provenanceAttachment(canonicalJson(provenancePredicate(input)));
}
__name(buildProvenance, "buildProvenance");
function githubRun(env) {
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return;
  let v = Object.fromEntries(GITHUB_VARIABLES.map((k) => [k, env[k] ?? ""]));
  return {
    server: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    repository: v.GITHUB_REPOSITORY,
    ref: v.GITHUB_REF,
    sha: v.GITHUB_SHA,
    workflowRef: v.GITHUB_WORKFLOW_REF,
    eventName: v.GITHUB_EVENT_NAME,
    runId: v.GITHUB_RUN_ID,
    runAttempt: v.GITHUB_RUN_ATTEMPT || "1",
    ...v.GITHUB_REPOSITORY_ID ? { repositoryId: v.GITHUB_REPOSITORY_ID } : {},
    ...v.GITHUB_REPOSITORY_OWNER_ID ? { ownerId: v.GITHUB_REPOSITORY_OWNER_ID } : {},
    ...v.RUNNER_ENVIRONMENT ? { runnerEnvironment: v.RUNNER_ENVIRONMENT } : {}
  };
}
__name(githubRun, "githubRun");

// src/supply-chain/referrer.ts
var EMPTY_CONFIG = bytesBlob(MediaType.ociEmpty, Buffer.from("{}"));
function attachmentReferrer(attachment, options) {
  let layer = bytesBlob(attachment.mediaType, attachment.bytes, { [Annotation.title]: options.title }), subject = { mediaType: options.subject.mediaType, digest: options.subject.digest, size: options.subject.size }, annotations = { [Annotation.created]: isoTime(options.timestamp), ...options.annotations }, document = imageManifest(EMPTY_CONFIG.descriptor, [layer.descriptor], annotations, { artifactType: attachment.artifactType, subject });
  return manifestNode(MediaType.ociManifest, document, [EMPTY_CONFIG, layer]);
}
__name(attachmentReferrer, "attachmentReferrer");

// src/supply-chain/cyclonedx.ts
var MODULE_REF = "module";
function cyclonedxDocument(inventory, context) {
  let license = licenseExpression(inventory.subject.license), [creatorName, creatorVersion] = splitCreator(context.creator), body = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 1,
    metadata: {
      timestamp: isoSeconds(context.timestamp),
      tools: {
        components: [
          { type: "application", name: creatorName, ...creatorVersion ? { version: creatorVersion } : {} },
          ...inventory.tools.map((t) => ({ type: "application", name: t.name, ...t.version ? { version: t.version } : {} }))
        ]
      },
      component: {
        type: "application",
        "bom-ref": MODULE_REF,
        name: inventory.subject.name,
        ...inventory.subject.version ? { version: inventory.subject.version } : {},
        hashes: [{ alg: "SHA-256", content: inventory.subject.sha256 }],
        ...license ? { licenses: [{ expression: license }] } : {},
        description: `The WebAssembly module (${inventory.language}) the image runs, identified by its sha256.`
      }
    },
    components: inventory.components.map(component),
    dependencies: [
      { ref: MODULE_REF, dependsOn: inventory.subject.dependsOn },
      ...inventory.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn ?? [] }))
    ]
  };
  return { ...body, serialNumber: `urn:uuid:${contentUuid(contentHash(body))}` };
}
__name(cyclonedxDocument, "cyclonedxDocument");
function cyclonedxBytes(inventory, context) {
  return canonicalJson(cyclonedxDocument(inventory, context));
}
__name(cyclonedxBytes, "cyclonedxBytes");
function component(c) {
  let license = licenseExpression(c.license);
  return {
    type: c.kind,
    "bom-ref": c.ref,
    name: c.name,
    ...c.version ? { version: c.version } : {},
    ...c.purl ? { purl: c.purl } : {},
    ...c.checksums?.length ? { hashes: c.checksums.map((s) => ({ alg: s.algorithm === "SHA256" ? "SHA-256" : "SHA-1", content: s.value })) } : {},
    ...license ? { licenses: [{ expression: license }] } : {},
    ...c.source ? { properties: [{ name: "wasmpack:source", value: c.source }] } : {}
  };
}
__name(component, "component");
function splitCreator(creator) {
  let at = creator.lastIndexOf("-");
  return at > 0 && /^\d/.test(creator.slice(at + 1)) ? [creator.slice(0, at), creator.slice(at + 1)] : [creator, void 0];
}
__name(splitCreator, "splitCreator");

// src/supply-chain/inventory.ts
function normalizeInventory(inventory) {
  let byRef = /* @__PURE__ */ new Map();
  for (let c of inventory.components) byRef.has(c.ref) || byRef.set(c.ref, { ...c, ...c.dependsOn ? { dependsOn: [...new Set(c.dependsOn)].filter((d) => d !== c.ref).sort() } : {} });
  let components = [...byRef.values()].sort((a, b) => compare(a.ref, b.ref)), tools = [...new Map(inventory.tools.map((t) => [`${t.name}@${t.version ?? ""}`, t])).values()].sort((a, b) => compare(`${a.name}@${a.version ?? ""}`, `${b.name}@${b.version ?? ""}`)), dependsOn = [...new Set(inventory.subject.dependsOn)].filter((d) => byRef.has(d)).sort();
  return { ...inventory, subject: { ...inventory.subject, dependsOn }, components, tools };
}
__name(normalizeInventory, "normalizeInventory");
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compare, "compare");

// src/supply-chain/spdx.ts
import { createHash as createHash4 } from "node:crypto";
var NOASSERTION = "NOASSERTION", MODULE_ID = "SPDXRef-Package-module";
function spdxDocument(inventory, context) {
  let ids = new Map(inventory.components.map((c) => [c.ref, spdxId(c.ref)])), moduleLicense = licenseExpression(inventory.subject.license), packages = [{
    SPDXID: MODULE_ID,
    name: inventory.subject.name,
    ...inventory.subject.version ? { versionInfo: inventory.subject.version } : {},
    downloadLocation: NOASSERTION,
    filesAnalyzed: !1,
    primaryPackagePurpose: "APPLICATION",
    checksums: [{ algorithm: "SHA256", checksumValue: inventory.subject.sha256 }],
    licenseConcluded: NOASSERTION,
    licenseDeclared: moduleLicense ?? NOASSERTION,
    copyrightText: NOASSERTION,
    comment: `The WebAssembly module (${inventory.language}) the image runs, identified by its sha256.`
  }, ...inventory.components.map((c) => spdxPackage(c, ids.get(c.ref)))], relationships = [{ spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: MODULE_ID }];
  for (let ref of inventory.subject.dependsOn) relationships.push(relation(MODULE_ID, inventory.components.find((c) => c.ref === ref), ids));
  for (let c of inventory.components)
    for (let dep of c.dependsOn ?? []) {
      let target = ids.get(dep);
      target && relationships.push({ spdxElementId: ids.get(c.ref), relationshipType: "DEPENDS_ON", relatedSpdxElement: target });
    }
  let tools = inventory.tools.map((t) => `Tool: ${t.name}${t.version ? `-${t.version}` : ""}`), body = {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: `${inventory.subject.name}.wasm`,
    creationInfo: { created: isoSeconds(context.timestamp), creators: [`Tool: ${context.creator}`, ...tools] },
    documentDescribes: [MODULE_ID],
    packages,
    relationships
  };
  return { ...body, documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(inventory.subject.name)}-${contentHash(body)}` };
}
__name(spdxDocument, "spdxDocument");
function spdxBytes(inventory, context) {
  return canonicalJson(spdxDocument(inventory, context));
}
__name(spdxBytes, "spdxBytes");
function spdxPackage(c, id) {
  let license = licenseExpression(c.license);
  return {
    SPDXID: id,
    name: c.name,
    ...c.version ? { versionInfo: c.version } : {},
    downloadLocation: c.source && /^https?:\/\//.test(c.source) ? c.source : NOASSERTION,
    filesAnalyzed: !1,
    primaryPackagePurpose: c.kind === "file" ? "SOURCE" : c.kind === "application" ? "APPLICATION" : c.kind === "framework" ? "FRAMEWORK" : "LIBRARY",
    ...c.checksums?.length ? { checksums: c.checksums.map((s) => ({ algorithm: s.algorithm, checksumValue: s.value })) } : {},
    licenseConcluded: NOASSERTION,
    licenseDeclared: license ?? NOASSERTION,
    copyrightText: NOASSERTION,
    ...c.purl ? { externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: c.purl }] } : {},
    ...c.source && !/^https?:\/\//.test(c.source) ? { sourceInfo: `from ${c.source}` } : {}
  };
}
__name(spdxPackage, "spdxPackage");
function relation(from, to, ids) {
  return to.kind === "file" ? { spdxElementId: from, relationshipType: "GENERATED_FROM", relatedSpdxElement: ids.get(to.ref) } : { spdxElementId: from, relationshipType: "DEPENDS_ON", relatedSpdxElement: ids.get(to.ref) };
}
__name(relation, "relation");
function spdxId(ref) {
  return `SPDXRef-Package-${ref.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80)}-${createHash4("sha256").update(ref).digest("hex").slice(0, 8)}`;
}
__name(spdxId, "spdxId");

// src/supply-chain/sbom.ts
function buildSbom(inventory, format, context) {
  let normalized = normalizeInventory(inventory);
  return sbomAttachment(format, format === "spdx" ? spdxBytes(normalized, context) : cyclonedxBytes(normalized, context));
}
__name(buildSbom, "buildSbom");
function sbomFileName(moduleName2, format) {
  return `${moduleName2}.${format === "spdx" ? "spdx" : "cdx"}.json`;
}
__name(sbomFileName, "sbomFileName");

// src/supply-chain/attach.ts
async function supplyChain(request) {
  let choice = request.sbom ?? DEFAULT_SBOM, creator = `wasmpack-${packageVersion()}`, documents = {}, referrers = [], summary, tools = [toolchainTool(request.module.toolchain)].filter((t) => t !== void 0);
  if (choice !== "none") {
    let inventory = await collectInventory({
      language: request.language,
      dir: request.dir,
      modulePath: request.module.path,
      sections: request.module.sections,
      name: request.module.name,
      sha256: digestHex(request.moduleDigest),
      ...request.module.version ? { version: request.module.version } : {},
      ...request.module.license ? { license: request.module.license } : {},
      toolchain: request.module.toolchain,
      ...request.module.inputs ? { inputs: request.module.inputs } : {},
      runner: request.runner
    });
    tools = inventory.tools, documents.sbom = buildSbom(inventory, choice, { timestamp: request.timestamp, creator });
    let referrer = attachmentReferrer(documents.sbom, { subject: request.image, timestamp: request.timestamp, title: sbomFileName(request.module.name, choice) });
    referrers.push(referrer), summary = { format: choice, packages: new Set(inventory.components.map((c) => c.ref)).size, digest: referrer.descriptor.digest };
  }
  return documents.provenance = buildProvenance({
    parameters: request.parameters,
    internal: { ...request.internal, wasmpack: packageVersion(), moduleDigest: request.moduleDigest },
    source: request.source,
    toolchains: tools.map((t) => ({ name: t.name, ...t.version ? { version: t.version } : {} })),
    timestamp: request.timestamp,
    env: request.env
  }), { documents, referrers, ...summary ? { summary } : {} };
}
__name(supplyChain, "supplyChain");

// src/supply-chain/parameters.ts
import { basename as basename3 } from "node:path";
function provenanceParameters(config, request) {
  let out = {
    language: config.language,
    release: request.release ?? !0,
    format: config.format,
    compression: config.compression,
    variant: config.variant,
    strip: config.strip,
    sbom: config.sbom,
    tags: config.tags?.length ? config.tags : void 0,
    cmd: config.cmd?.length ? config.cmd : void 0,
    annotations: nonEmpty(config.annotations),
    labels: nonEmpty(config.labels),
    envNames: config.env && Object.keys(config.env).length ? Object.keys(config.env).sort() : void 0,
    wasm: config.wasm ? basename3(config.wasm) : void 0,
    timestamp: request.timestamp,
    rust: nonEmpty(config.rust),
    go: nonEmpty(config.go),
    c: nonEmpty(config.c),
    aot: config.aot?.enabled ? config.aot : void 0
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== void 0));
}
__name(provenanceParameters, "provenanceParameters");
function nonEmpty(value) {
  return value && Object.keys(value).length ? value : void 0;
}
__name(nonEmpty, "nonEmpty");

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
  let workDir = await mkdtemp(join10(tmpdir(), "wasmpack-build-"));
  try {
    let compiled = await compile(plan, { runner: deps.runner, reporter: deps.reporter, env: deps.env, workDir, ...deps.signal ? { signal: deps.signal } : {}, ...wasmOpt ? { wasmOpt } : {} }), { output } = compiled, git = await gitPending, timestamp = imageTimestamp(plan.timestamp, deps.env, git.commitTime), entries = plan.tags.length ? plan.tags.map((t) => t.text) : [`${output.name}:${DEFAULT_TAG}`];
    deps.reporter.step(`assembling ${compiled.decision.format} image`);
    let assembled = await assemble({ compiled, config, git, timestamp, reference: entries[0], scratch: /* @__PURE__ */ __name((name) => scratchSink(join10(workDir, name)), "scratch") }), attached = await supplyChain({
      sbom: config.sbom,
      language: plan.language,
      dir,
      module: { path: output.module, sections: compiled.report.sections, name: output.name, version: output.metadata.version, license: output.metadata.licenses, toolchain: output.toolchain, inputs: output.inputs },
      moduleDigest: await compiled.module.digest(),
      image: assembled.image.manifest.descriptor,
      timestamp,
      parameters: provenanceParameters(config, { release: plan.release, ...plan.timestamp !== void 0 ? { timestamp: plan.timestamp } : {} }),
      internal: { language: plan.language, format: compiled.decision.format },
      source: { ...git.source ? { uri: git.source } : {}, ...git.revision ? { revision: git.revision } : {} },
      runner: deps.runner,
      env: deps.env
    });
    attached.summary && deps.reporter.info(`SBOM (${attached.summary.format}): ${attached.summary.packages} packages, referrer ${attached.summary.digest}`);
    let layout = layoutDir(dir), graph = await store2({ ...assembled.graph, referrers: [...assembled.graph.referrers, ...attached.referrers] }, layout, entries), found = { name: output.name, format: compiled.decision.format, toolchain: output.toolchain, timestamp, warnings: compiled.warnings, module: { size: compiled.module.size, unstrippedSize: compiled.report.size, report: compiled.report }, ...compiled.wasmOpt ? { wasmOpt: compiled.wasmOpt } : {}, supplyChain: savedDocuments(attached.documents) };
    return await saveLastBuild(dir, { ref: entries[0], tags: plan.tags.map((t) => t.text), companions: graph.companions.map((c) => c.suffix), ...fingerprint ? { fingerprint: fingerprint.digest, found } : {} }), assembled.aot && deps.reporter.succeed(`AOT images: ${aotTags(plan, graph).join(", ") || "none"}${graph.referrers.length ? ` + ${graph.referrers.length} referrer` : ""}`), deps.reporter.succeed(`image ${entries[0]}@${graph.image.descriptor.digest}`), {
      ...resultOf(plan, found, graph, storedImage(graph, assembled.image), entries[0], fingerprint),
      ...compiled.aot && assembled.aot ? { aot: { results: compiled.aot, images: assembled.aot } } : {}
    };
  } finally {
    await rm(workDir, { recursive: !0, force: !0 });
  }
}
__name(buildProject, "buildProject");
function savedDocuments(documents) {
  return Object.fromEntries(Object.entries(documents).map(([k, a]) => [k, { ...a, bytes: a.bytes.toString("base64") }]));
}
__name(savedDocuments, "savedDocuments");
function loadedDocuments(saved) {
  return Object.fromEntries(Object.entries(saved ?? {}).map(([k, a]) => [k, { ...a, bytes: Buffer.from(a.bytes, "base64") }]));
}
__name(loadedDocuments, "loadedDocuments");
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
    supplyChain: loadedDocuments(found.supplyChain),
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

// src/pipeline/bare-sboms.ts
function isBareSbom(node) {
  return summarizeReferrer({ digest: "", ...JSON.parse(node.bytes.toString("utf8")) }).kind === "sbom";
}
__name(isBareSbom, "isBareSbom");
function withoutBareSboms(graph) {
  return { ...graph, referrers: graph.referrers.filter((r) => !isBareSbom(r)) };
}
__name(withoutBareSboms, "withoutBareSboms");
function bareSboms(graph) {
  return graph.referrers.filter(isBareSbom);
}
__name(bareSboms, "bareSboms");

export {
  commitTime,
  buildProject,
  withoutBareSboms,
  bareSboms
};
/*! For license information please see shared-packageurl-js.js.LEGAL.txt */
