export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute path of the package's folder. */
  path: string;
}

export interface PackedPackage extends WorkspacePackage {
  /** Absolute path of the tarball. */
  tarball: string;
  /** The files in the tarball, relative to the package folder. */
  files: string[];
}

export function publishedPackages(root: string): WorkspacePackage[];
export function packPackages(root: string, destination: string): PackedPackage[];
