// Independent checks of the SBOMs wasmpack writes.
// CycloneDX: the official 1.6 JSON schema, strict, through @cyclonedx/cyclonedx-library's own
// validator (ajv with the schema files the library ships).
// SPDX: no npm package ships SPDX 2.3's JSON schema (spdx/spdx-spec's schemas/spdx-schema.json),
// so this checks what that schema requires of the fields we write, by hand: the required fields
// at each level, their enums and patterns, and that relationships name elements that exist. Its
// limit: fields we never write are not checked, and license expressions are only checked for
// their characters, not parsed.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

export async function cyclonedxProblems(json: string): Promise<string[]> {
  const error = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
  return error === null ? [] : [JSON.stringify(error).slice(0, 2000)];
}

const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const CHECKSUM_LENGTHS: Record<string, number> = { SHA1: 40, SHA224: 56, SHA256: 64, SHA384: 96, SHA512: 128, MD5: 32 };
const PURPOSES = ['APPLICATION', 'FRAMEWORK', 'LIBRARY', 'CONTAINER', 'OPERATING-SYSTEM', 'DEVICE', 'FIRMWARE', 'SOURCE', 'ARCHIVE', 'FILE', 'INSTALL', 'OTHER'];
const RELATIONSHIPS = ['DESCRIBES', 'DESCRIBED_BY', 'CONTAINS', 'CONTAINED_BY', 'DEPENDS_ON', 'DEPENDENCY_OF', 'GENERATED_FROM', 'GENERATES', 'BUILD_TOOL_OF', 'DEV_DEPENDENCY_OF', 'RUNTIME_DEPENDENCY_OF', 'STATIC_LINK', 'OTHER'];
const REF_CATEGORIES = ['SECURITY', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'OTHER', 'PACKAGE_MANAGER', 'PERSISTENT_ID'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** What SPDX 2.3's JSON schema would reject in `doc` (for the fields wasmpack writes); [] when none. */
export function spdxProblems(doc: any): string[] {
  const p: string[] = [];
  const need = (cond: unknown, what: string) => {
    if (!cond) p.push(what);
  };
  need(doc.spdxVersion === 'SPDX-2.3', 'spdxVersion must be SPDX-2.3');
  need(doc.dataLicense === 'CC0-1.0', 'dataLicense must be CC0-1.0');
  need(doc.SPDXID === 'SPDXRef-DOCUMENT', 'SPDXID must be SPDXRef-DOCUMENT');
  need(typeof doc.name === 'string' && doc.name.length > 0, 'name is required');
  need(typeof doc.documentNamespace === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^#\s]+$/.test(doc.documentNamespace), 'documentNamespace must be a URI without #');
  need(DATE_TIME.test(doc.creationInfo?.created ?? ''), 'creationInfo.created must be YYYY-MM-DDThh:mm:ssZ');
  need(Array.isArray(doc.creationInfo?.creators) && doc.creationInfo.creators.length > 0 && doc.creationInfo.creators.every((c: string) => /^(Tool|Person|Organization): .+/.test(c)), 'creationInfo.creators: Tool:/Person:/Organization: entries');
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const [i, pkg] of (doc.packages ?? []).entries()) {
    const at = `packages[${i}]`;
    need(typeof pkg.SPDXID === 'string' && SPDX_ID.test(pkg.SPDXID), `${at}.SPDXID must match SPDXRef-[A-Za-z0-9.-]+`);
    need(!ids.has(pkg.SPDXID), `${at}.SPDXID ${pkg.SPDXID} is not unique`);
    ids.add(pkg.SPDXID);
    need(typeof pkg.name === 'string' && pkg.name.length > 0, `${at}.name is required`);
    need(typeof pkg.downloadLocation === 'string' && (pkg.downloadLocation === 'NOASSERTION' || pkg.downloadLocation === 'NONE' || /^[a-z+]+:\/\/\S+$/.test(pkg.downloadLocation)), `${at}.downloadLocation is required (URL, NONE or NOASSERTION)`);
    need(pkg.filesAnalyzed === false || (pkg.filesAnalyzed === true && pkg.packageVerificationCode), `${at}: filesAnalyzed true needs packageVerificationCode`);
    need(pkg.primaryPackagePurpose === undefined || PURPOSES.includes(pkg.primaryPackagePurpose), `${at}.primaryPackagePurpose not in the enum`);
    for (const c of pkg.checksums ?? []) need(CHECKSUM_LENGTHS[c.algorithm] !== undefined && new RegExp(`^[0-9a-f]{${CHECKSUM_LENGTHS[c.algorithm]}}$`).test(c.checksumValue), `${at}.checksums: ${c.algorithm} ${c.checksumValue} is not a lowercase hex digest of that algorithm`);
    for (const key of ['licenseConcluded', 'licenseDeclared']) if (pkg[key] !== undefined) need(/^[A-Za-z0-9.+\-: ()]+$/.test(pkg[key]), `${at}.${key} is not an SPDX expression, NONE or NOASSERTION`);
    for (const r of pkg.externalRefs ?? []) need(REF_CATEGORIES.includes(r.referenceCategory) && typeof r.referenceType === 'string' && typeof r.referenceLocator === 'string' && !/\s/.test(r.referenceLocator), `${at}.externalRefs: category, type and a locator without spaces are required`);
    for (const r of pkg.externalRefs ?? []) if (r.referenceType === 'purl') need(/^pkg:[a-z.+-]+\/.+/.test(r.referenceLocator), `${at}: ${r.referenceLocator} is not a purl`);
  }
  for (const id of doc.documentDescribes ?? []) need(ids.has(id), `documentDescribes names ${id}, which is not an element`);
  for (const [i, r] of (doc.relationships ?? []).entries()) {
    need(RELATIONSHIPS.includes(r.relationshipType), `relationships[${i}].relationshipType ${r.relationshipType} not in the enum`);
    need(ids.has(r.spdxElementId) && ids.has(r.relatedSpdxElement), `relationships[${i}] names an element that does not exist`);
  }
  need((doc.relationships ?? []).some((r: any) => r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES'), 'the document DESCRIBES nothing');
  return p;
}

/** The purls of an SBOM of either format, sorted. */
export function purlsOf(doc: any): string[] {
  const purls = doc.spdxVersion
    ? (doc.packages ?? []).flatMap((p: any) => (p.externalRefs ?? []).filter((r: any) => r.referenceType === 'purl').map((r: any) => r.referenceLocator as string))
    : (doc.components ?? []).map((c: any) => c.purl as string | undefined).filter(Boolean);
  return [...purls].sort();
}
