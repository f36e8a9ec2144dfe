import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type YAMLMap } from 'yaml';
import { WasmpackError } from '../errors.js';
import { Annotation } from '../oci/media-types.js';

/*
 * Kubernetes YAML in, the same YAML out with `wasmpack://PATH` image references replaced: the
 * `yaml` package's Document API keeps comments, key order and quoting of everything else.
 * What a node needs for a Wasm pod (containerd's CRI, measured): the handler is
 * picked by the pod's RuntimeClass, and `module.wasm.image/variant` reaches crun only as a *pod*
 * annotation (CRI never copies image annotations).
 */

export const WASMPACK_SCHEME = 'wasmpack://';
export const DEFAULT_RUNTIME_CLASS = 'crun-wasm';

export interface YamlFile {
  /** Where it came from, for messages. */
  name: string;
  documents: Document[];
}

export function parseYamlFile(name: string, text: string): YamlFile {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return { name, documents: [] };
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) throw new WasmpackError('YAML_INVALID', `${name} is not valid YAML: ${error.message.split('\n')[0]}`, 'fix the YAML (kubectl apply --dry-run=client -f FILE shows the same problem)');
  }
  return { name, documents };
}

/** Every `wasmpack://PATH` string in the files, PATH as written. */
export function wasmpackReferences(files: readonly YamlFile[]): string[] {
  const found = new Set<string>();
  for (const file of files) for (const doc of file.documents) walk(doc.contents, (value) => found.add(value));
  return [...found];
}

function walk(node: unknown, onReference: (path: string) => void): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.startsWith(WASMPACK_SCHEME)) onReference(node.value.slice(WASMPACK_SCHEME.length));
  } else if (isMap(node)) {
    for (const pair of node.items) walk(pair.value, onReference);
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, onReference);
  }
}

export interface RewriteOptions {
  /** PATH as written -> the pushed, digest-pinned reference. */
  resolved: ReadonlyMap<string, string>;
  runtimeClass: string;
}

/**
 * Replaces each reference and prepares every pod that runs one: the variant annotation on the pod
 * template where missing, and runtimeClassName where missing (a runtimeClassName the YAML already
 * has is the user's choice and stays). Edits the documents in place; returns the YAML text.
 */
export function rewriteFiles(files: readonly YamlFile[], options: RewriteOptions): string {
  const parts: string[] = [];
  for (const file of files) {
    for (const doc of file.documents) {
      rewriteNode(doc, doc.contents, undefined, options);
      // lineWidth 0: never fold a long line (a digest-pinned reference is ~100 characters).
      const text = doc.toString({ lineWidth: 0 });
      parts.push(parts.length > 0 && !text.startsWith('---') ? `---\n${text}` : text);
    }
  }
  return parts.join('');
}

/** Walks the tree; `holder` is the map whose `spec` is `node` (a pod template, or a Pod). */
function rewriteNode(doc: Document, node: unknown, holder: YAMLMap | undefined, options: RewriteOptions): boolean {
  let wasm = false;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.startsWith(WASMPACK_SCHEME)) {
      const pinned = options.resolved.get(node.value.slice(WASMPACK_SCHEME.length));
      // Every reference was collected and built before the rewrite: a miss is a bug.
      if (!pinned) throw new Error(`${node.value} was not built`);
      node.value = pinned;
      return true;
    }
    return false;
  }
  if (isSeq(node)) {
    for (const item of node.items) wasm = rewriteNode(doc, item, undefined, options) || wasm;
    return wasm;
  }
  if (!isMap(node)) return false;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    wasm = rewriteNode(doc, pair.value, key === 'spec' ? node : undefined, options) || wasm;
  }
  // A pod spec: `containers` beside it. Its holder carries the pod's metadata.
  if (wasm && isSeq(node.get('containers', true)) && holder) preparePod(doc, holder, node, options.runtimeClass);
  return wasm;
}

function preparePod(doc: Document, holder: YAMLMap, podSpec: YAMLMap, runtimeClass: string): void {
  if (!podSpec.has('runtimeClassName')) podSpec.set('runtimeClassName', runtimeClass);
  let metadata = holder.get('metadata', true) as Node | undefined;
  if (!isMap(metadata)) {
    metadata = doc.createNode({});
    holder.items.unshift(doc.createPair('metadata', metadata));
  }
  const metadataMap = metadata as YAMLMap;
  let annotations = metadataMap.get('annotations', true) as Node | undefined;
  if (!isMap(annotations)) {
    annotations = doc.createNode({});
    metadataMap.set('annotations', annotations);
  }
  const annotationMap = annotations as YAMLMap;
  if (!annotationMap.has(Annotation.variant)) annotationMap.set(Annotation.variant, 'compat');
}
