import { WasmpackError } from '../../errors.js';
import type { CertificateVerifier } from './verify-image.js';

export async function sigstoreCertificateVerifier(_trustedRoot: string | undefined): Promise<CertificateVerifier> {
  throw new WasmpackError('VERIFY_KEYLESS_UNAVAILABLE', 'keyless verification is not built yet', 'verify with --key cosign.pub');
}
