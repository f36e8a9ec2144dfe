import { parseTransport, type TransportSpec } from '../targets/transport-spec.js';

/** Destination texts -> transport specs, each reference parsed once, here. */
export function parseDestinations(texts: readonly string[]): TransportSpec[] {
  return texts.map(parseTransport);
}
