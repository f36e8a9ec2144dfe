import { PackageURL } from 'packageurl-js';

// Package URLs through packageurl-js (about 40 KB of the bundle, unminified): the purl spec's per-type
// rules (Go's namespace/name split, percent-encoding of versions and qualifiers) are easy to
// get subtly wrong by hand, and scanners match vulnerabilities on the exact string.
// https://github.com/package-url/purl-spec

export function cargoPurl(name: string, version: string, qualifiers?: Record<string, string>): string {
  return new PackageURL('cargo', undefined, name, version, qualifiers, undefined).toString();
}

/** pkg:golang/github.com/foo/bar@v1.2.3: everything before the last slash is the namespace. */
export function golangPurl(modulePath: string, version: string | undefined): string {
  const slash = modulePath.lastIndexOf('/');
  const namespace = slash > 0 ? modulePath.slice(0, slash) : undefined;
  return new PackageURL('golang', namespace, modulePath.slice(slash + 1), version, undefined, undefined).toString();
}

export function debianPurl(name: string, version: string, arch: string): string {
  return new PackageURL('deb', 'debian', name, version, { arch }, undefined).toString();
}

export function genericPurl(name: string, version: string | undefined): string {
  return new PackageURL('generic', undefined, name, version, undefined, undefined).toString();
}
