/**
 * A peer package that an entry point needs, as build-tools/peer-guards.js writes it into the compiled
 * entry point (lib/<entry>/index.js).
 */
export interface PeerPackage {
  /** The npm package name, e.g. `aws-cdk-lib`. */
  readonly name: string;
  /** The supported versions, for people, e.g. `>= 2.257`. */
  readonly versions: string;
}

/** The error an entry point throws when a peer package it needs is not installed. */
export class MissingPeerError extends Error {
  public readonly code = 'FINOPS_MISSING_PEER';
  constructor(message: string, public readonly missing: string[]) {
    super(message);
    this.name = 'MissingPeerError';
  }
}

/**
 * Fails with "install aws-cdk-lib (>= 2.257) to use finops-integrations/aws" when a peer package is not
 * installed, instead of the bare `Cannot find module` that loading the entry point would throw from deep
 * inside. The peers are optional in package.json (a GCP-only team installs no AWS package), so npm
 * installs none of them by itself. Called first by each compiled entry point, before it loads its peers.
 * @param entryPoint the import path of the entry point, e.g. `finops-integrations/aws`
 * @param peers the peer packages it loads
 * @param resolve how a package is found: by default as the entry point's own `require` finds it
 */
export function checkPeers(entryPoint: string, peers: PeerPackage[], resolve: (name: string) => string = require.resolve): void {
  const missing = peers.filter((p) => !isInstalled(p.name, resolve));
  if (missing.length === 0) return;
  const list = missing.map((p) => `${p.name} (${p.versions})`);
  const names = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  throw new MissingPeerError(
    `install ${names} to use ${entryPoint}: npm install ${missing.map((p) => p.name).join(' ')}`,
    missing.map((p) => p.name));
}

function isInstalled(name: string, resolve: (name: string) => string): boolean {
  try {
    resolve(name);
    return true;
  } catch (e) {
    // A package whose `exports` has no '.' is installed all the same.
    return (e as { code?: string }).code !== 'MODULE_NOT_FOUND';
  }
}
