import { createRequire } from 'node:module';

// The SPDX lists ship as JSON; `require` loads them the same way from source, tests and the bundle.
const require = createRequire(import.meta.url);
const licenseIds = require('spdx-license-ids') as string[];
const deprecatedIds = require('spdx-license-ids/deprecated.json') as string[];
const exceptionIds = require('spdx-exceptions') as string[];

const canonical = new Map<string, string>();
for (const id of [...licenseIds, ...deprecatedIds, ...exceptionIds]) canonical.set(id.toLowerCase(), id);

/**
 * The SPDX list's spelling of a license or exception id. SPDX ids match case-insensitively
 * (`apache-2.0` is `Apache-2.0`); undefined when the id is on neither list.
 */
export function canonicalSpdxId(id: string): string | undefined {
  return canonical.get(id.toLowerCase());
}
