import path from 'node:path';

/** Where a file stands in an OpenSpec tree: `<root>/openspec/specs/…` or `<root>/openspec/changes/<change>/…`. */
export interface OpenSpecLocation {
  kind: 'capability-spec' | 'delta-spec' | 'proposal' | 'tasks' | 'change-file';
  /** The `openspec` folder (absolute, `/`-separated). */
  root: string;
  /** The change folder's name, for files of a change. */
  change?: string;
  /** `auth` or `identity/auth`: the capability path under `specs/`, for spec files. */
  capability?: string;
  /** A delta spec's path below the change's `specs/` folder (`auth/spec.md`, or a misplaced `auth.md`). */
  deltaEntry?: string;
}

const capabilitySpec = /^(.*\/openspec)\/specs\/(.+)\/spec\.md$/;
/** Archived changes (`changes/archive/<date>-<id>/`) were applied already: they are read as history, not checked. */
const changeFile = /^(.*\/openspec)\/changes\/(?!archive\/)([^/]+)\/(.+)$/;

/** The file's place in an OpenSpec tree, or undefined outside one (no path, or no `openspec/` folder above it). */
export function openSpecLocation(filePath: string | undefined): OpenSpecLocation | undefined {
  if (!filePath) return undefined;
  const posix = path.resolve(filePath).split(path.sep).join('/');
  const spec = capabilitySpec.exec(posix);
  // Every group of both patterns takes part in a match.
  if (spec && !spec[1]!.includes('/openspec/changes/')) return { kind: 'capability-spec', root: spec[1]!, capability: spec[2]! };
  const inChange = changeFile.exec(posix);
  if (!inChange) return undefined;
  const [root, change, rest] = [inChange[1]!, inChange[2]!, inChange[3]!];
  if (rest.startsWith('specs/')) {
    const deltaEntry = rest.slice('specs/'.length);
    const capability = deltaEntry.endsWith('/spec.md') ? deltaEntry.slice(0, -'/spec.md'.length) : undefined;
    return { kind: 'delta-spec', root, change, deltaEntry, ...(capability ? { capability } : {}) };
  }
  if (rest === 'proposal.md') return { kind: 'proposal', root, change };
  if (rest === 'tasks.md') return { kind: 'tasks', root, change };
  return { kind: 'change-file', root, change };
}
