import { execFileSync } from 'node:child_process';

/**
 * The packages the repository publishes (every workspace package not marked `private`), read from pnpm so a new
 * package is checked without a list to keep up to date.
 * @param {string} root the repository root
 * @returns {{ name: string, version: string, path: string }[]}
 */
export function publishedPackages(root) {
  const listing = JSON.parse(execFileSync('pnpm', ['ls', '--recursive', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }));
  return listing
    .filter((workspacePackage) => workspacePackage.private !== true && workspacePackage.path !== root)
    .map(({ name, version, path }) => ({ name, version, path }));
}

/**
 * `pnpm pack` of every published package into `destination`: the tarballs npm would publish, with `workspace:`
 * versions replaced by real ones (packages must be built first: `dist` is what they ship).
 * @param {string} root the repository root
 * @param {string} destination folder for the tarballs
 * @returns {{ name: string, version: string, path: string, tarball: string, files: string[] }[]}
 */
export function packPackages(root, destination) {
  const packages = publishedPackages(root);
  const filters = packages.flatMap((workspacePackage) => ['--filter', workspacePackage.name]);
  const output = execFileSync('pnpm', ['--recursive', ...filters, 'pack', '--pack-destination', destination, '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  // One package gives one object, several an array.
  const packed = [JSON.parse(output)].flat();
  return packages.map((workspacePackage) => {
    const tarball = packed.find((entry) => entry.name === workspacePackage.name);
    if (tarball === undefined) throw new Error(`pnpm pack made no tarball for ${workspacePackage.name} (${workspacePackage.path})`);
    return { ...workspacePackage, tarball: tarball.filename, files: tarball.files.map((file) => file.path) };
  });
}
