import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createConfig } from '../../tsup.config.base.js';

/**
 * `dist/build-id`: a digest of the JavaScript this build wrote, computed right after the clean build. Precomputed
 * template schemas carry it, so a schema is used only with the core that inferred it. Hashing the folder at run
 * time instead would also hash chunks a build-cache restore (turbo) leaves behind from earlier builds.
 */
async function writeBuildId(): Promise<void> {
  const folder = 'dist';
  const names = (await readdir(folder)).filter((name) => name.endsWith('.js')).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(await readFile(path.join(folder, name))).update('\0');
  await writeFile(path.join(folder, 'build-id'), `${hash.digest('hex')}\n`);
}

/** Imported on first use (`import()`): stay dependencies. jiti also loads its own files at run time. */
const IMPORTED_ON_FIRST_USE = ['jiti', 'import-meta-resolve'];

// Splitting: code the entries share lives in shared chunks, so the three entries share one copy of each class
// (`instanceof SpecParseError` holds whichever entry threw it) and of module state.
// Bundled dependencies: every CLI start, editor and ESLint run loads the engine, and node spends more time finding,
// reading and linking ~300 small module files than running them (two specs linted: 0.73-0.79 -> 0.50 s of CPU).
// What `loadOnFirstUse` requires at run time stays a dependency, outside the bundle.
export default createConfig({
  entry: ['src/index.ts', 'src/host.ts', 'src/testing.ts'],
  splitting: true,
  noExternal: [new RegExp(`^(?!node:|(${IMPORTED_ON_FIRST_USE.join('|')})(/|$))`)],
  // Bundled CommonJS dependencies call `require` (for node built-ins): give the ES module one.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  onSuccess: writeBuildId,
});
