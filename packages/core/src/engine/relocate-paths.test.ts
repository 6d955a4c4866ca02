import { describe, expect, it } from 'vitest';
import { relocatePaths } from './relocate-paths.js';

describe('relocatePaths', () => {
  it('moves paths at and below the folder, in objects, arrays, Maps and Sets', () => {
    const value = {
      root: '/ci/a/repo',
      file: '/ci/a/repo/docs/spec.md',
      list: ['/ci/a/repo/x.md', 'SPEC 0007'],
      byRule: new Map([['openspec/delta-target', { location: { root: '/ci/a/repo/openspec' } }]]),
      paths: new Set(['/ci/a/repo/y.md']),
    };
    expect(relocatePaths(value, '/ci/a/repo', '/home/b/checkout')).toEqual({
      root: '/home/b/checkout',
      file: '/home/b/checkout/docs/spec.md',
      list: ['/home/b/checkout/x.md', 'SPEC 0007'],
      byRule: new Map([['openspec/delta-target', { location: { root: '/home/b/checkout/openspec' } }]]),
      paths: new Set(['/home/b/checkout/y.md']),
    });
  });

  it('leaves a sibling folder that only shares the name prefix, and text that is no path', () => {
    const value = { sibling: '/ci/a/repo-old/spec.md', text: 'Unexpected ID "SPEC 0007"', line: 3 };
    expect(relocatePaths(value, '/ci/a/repo', '/b')).toBe(value);
  });

  it('returns the same objects where nothing moved, so unchanged values cost no copy', () => {
    const unchanged = { messages: [{ line: 1, message: 'Unexpected heading' }] };
    const value = { unchanged, moved: ['/r/a.md'] };
    const relocated = relocatePaths(value, '/r', '/s');
    expect(relocated).not.toBe(value);
    expect(relocated.unchanged).toBe(unchanged);
    expect(relocated.moved).toEqual(['/s/a.md']);
  });
});
