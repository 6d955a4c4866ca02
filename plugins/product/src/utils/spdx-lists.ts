import { createRequire } from 'node:module';

// The SPDX lists ship as JSON; `require` loads them the same way from source, tests and the bundle.
const require = createRequire(import.meta.url);
const licenseIds: string[] = require('spdx-license-ids');
const deprecatedIds: string[] = require('spdx-license-ids/deprecated.json');
const exceptionIds: string[] = require('spdx-exceptions');

const canonical = new Map<string, string>();
for (const id of [...licenseIds, ...deprecatedIds, ...exceptionIds]) canonical.set(id.toLowerCase(), id);

/**
 * The SPDX list's spelling of a license or exception id. SPDX ids match case-insensitively
 * (`apache-2.0` is `Apache-2.0`); undefined when the id is on neither list.
 */
export function canonicalSpdxId(id: string): string | undefined {
  return canonical.get(id.toLowerCase());
}
