import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A dependency loaded the first time it is needed, synchronously (`require` of an ES module, Node ≥ 20.19 and
 * ≥ 22.12): what only rendering or authoring uses stays out of the start-up of a lint run, an editor or ESLint.
 * `load` runs once; its result is kept.
 */
export function loadOnFirstUse<T>(specifier: string, load: (module: unknown) => T): () => T {
  let loaded: { value: T } | undefined;
  return () => {
    loaded ??= { value: load(require(specifier)) };
    return loaded.value;
  };
}
