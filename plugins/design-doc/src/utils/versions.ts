/**
 * A version as `1.0` or semver (`2.1.0`, `2.1.0-rc.1`), read leniently as change logs write them: a leading
 * `v`, a bare major (`2`) and a pre-release after two parts (`0.1-draft`) are accepted too.
 */
export interface Version {
  text: string;
  parts: [major: number, minor: number, patch: number];
  prerelease?: string;
}

const versionPattern = /^v?(\d+)(?:\.(\d+)(?:\.(\d+))?)?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/i;

export function parseVersion(text: string): Version | undefined {
  const trimmed = text.trim();
  const match = versionPattern.exec(trimmed);
  if (!match) return undefined;
  const parts: Version['parts'] = [Number(match[1]), Number(match[2] ?? '0'), Number(match[3] ?? '0')];
  return { text: trimmed, parts, ...(match[4] ? { prerelease: match[4] } : {}) };
}

/** Negative when `left` is older; `1.0` equals `1.0.0`; a pre-release is older than its release. */
export function compareVersions(left: Version, right: Version): number {
  const [major, minor, patch] = left.parts;
  const difference = major - right.parts[0] || minor - right.parts[1] || patch - right.parts[2];
  if (difference !== 0) return difference;
  if (left.prerelease === right.prerelease) return 0;
  if (left.prerelease === undefined) return 1;
  if (right.prerelease === undefined) return -1;
  return left.prerelease.localeCompare(right.prerelease, 'en', { numeric: true });
}
