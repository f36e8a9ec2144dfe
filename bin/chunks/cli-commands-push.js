import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  MAX_JOBS,
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
} from "./shared-cli-commands-push.js";
import "./shared-cli-commands-sign.js";
import "./shared-cli-signing-options.js";
import "./shared-cli-registry-options.js";
import "./shared-cli-base.js";
import "./shared-report-console.js";
import "./shared-auth-credential-helper.js";
import "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import "./shared-typanion.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  MAX_JOBS,
  PushCommand,
  pushDocument,
  pushedLines,
  signPushed
};
