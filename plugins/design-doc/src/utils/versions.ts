/**
 * A version as `1.0` or semver (`2.1.0`, `2.1.0-rc.1`), read leniently as change logs write them: a leading
 * `v`, a bare major (`2`) and a pre-release after two parts (`0.1-draft`) are accepted too.
 */
export interface Version {
  text: string;
  parts: number[];
  prerelease?: string;
}

const versionPattern = /^v?(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/i;

export function parseVersion(text: string): Version | undefined {
  const trimmed = text.trim();
  const match = versionPattern.exec(trimmed);
  if (!match) return undefined;
  const parts = [match[1], match[2] ?? '0', match[3] ?? '0'].map(Number);
  return { text: trimmed, parts, ...(match[4] ? { prerelease: match[4] } : {}) };
}

/** Negative when `left` is older; `1.0` equals `1.0.0`; a pre-release is older than its release. */
export function compareVersions(left: Version, right: Version): number {
  for (let index = 0; index < 3; index++) {
    const difference = left.parts[index] - right.parts[index];
    if (difference !== 0) return difference;
  }
  if (left.prerelease === right.prerelease) return 0;
  if (left.prerelease === undefined) return 1;
  if (right.prerelease === undefined) return -1;
  return left.prerelease.localeCompare(right.prerelease, 'en', { numeric: true });
}
