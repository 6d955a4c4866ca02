// The seeded fuzzer: generate cases, run each through lint, fix and render, and tally what went wrong.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreRenderers, createEngine, resolveConfig } from '../../packages/core/dist/host.js';
import designDoc from '../../plugins/design-doc/dist/index.js';
import product from '../../plugins/product/dist/index.js';
import rfc from '../../plugins/rfc/dist/index.js';
import specDated from '../../plugins/spec-dated/dist/index.js';
import { generateCase } from './generate-case.mjs';
import { caseSeed, createRandom } from './random.mjs';
import { runCase } from './run-case.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What counts against "done" (issue #17): each must be 0. */
export const FAILURE_CATEGORIES = ['crash', 'invalid-position', 'fail-open', 'over-budget-unreported', 'parser-error', 'unsafe-html'];

/** The real specs mutated cases start from: the examples and every plugin's test fixtures. */
async function loadSeeds() {
  const folders = [path.join(root, 'examples'), ...(await readdir(path.join(root, 'plugins'))).map((plugin) => path.join(root, 'plugins', plugin, 'test', 'fixtures'))];
  const seeds = [];
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'EXPECTED.md' || entry.name === 'README.md') continue;
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      seeds.push({ name: path.relative(root, file), text: await readFile(file, 'utf8') });
    }
  }
  return seeds.sort((left, right) => left.name.localeCompare(right.name));
}

/** Each seed's template as linted unchanged: append cases must keep it. */
async function assignTemplates(seeds, config, folder, today) {
  for (const seed of seeds) {
    const file = path.join(folder, path.basename(seed.name));
    await writeFile(file, seed.text);
    const { results } = await createEngine(config).lintFiles([file], { concurrency: 1, today });
    seed.template = results[0].template;
  }
}

function describeCase(index, fuzzCase) {
  return { case: index, kind: fuzzCase.kind, shape: fuzzCase.shape, size: fuzzCase.size, seed: fuzzCase.seed, bytes: (fuzzCase.bytes ?? Buffer.from(fuzzCase.text)).length };
}

/**
 * Run `cases` cases from `seed` (or only `only`, a list of case numbers). Budget: `limits.maxFileTimeMs` for
 * each file; `scale` shrinks the pathological shapes' largest sizes (1: the issue's sizes). Returns counts per category, examples of each, the slowest inputs and the total time; failing
 * inputs are saved under `saveFolder` when given.
 */
export async function runFuzz({ cases = 1000, seed = 1, budgetMs = 2000, maxNestingDepth = 100, scale = 1, only, saveFolder, onProgress } = {}) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-fuzz-'));
  await mkdir(path.join(folder, 'lint'));
  await mkdir(path.join(folder, 'fix'));
  await mkdir(path.join(folder, 'seeds'));
  const today = '2026-03-01';
  const config = await resolveConfig({ limits: { maxFileTimeMs: budgetMs, maxNestingDepth } }, { rootDir: folder, builtinPlugins: [product, specDated, designDoc, rfc] });
  const formats = [...new Set([...coreRenderers, ...config.renderers].map((renderer) => renderer.format))].sort();
  const context = { config, folder, budgetMs, maxNestingDepth, today, formats };
  const seeds = await loadSeeds();
  await assignTemplates(seeds, config, path.join(folder, 'seeds'), today);

  const counts = Object.fromEntries([...FAILURE_CATEGORIES, 'over-budget-reported'].map((category) => [category, 0]));
  const examples = Object.fromEntries(Object.keys(counts).map((category) => [category, []]));
  const slowest = [];
  const byKind = {};
  const started = performance.now();
  const indexes = only ?? Array.from({ length: cases }, (_, index) => index);
  try {
    for (const [position, index] of indexes.entries()) {
      const random = createRandom(caseSeed(seed, index));
      const fuzzCase = generateCase(random, seeds, scale);
      const { findings, timings } = await runCase(fuzzCase, context);
      const total = timings.lint + timings.fix + timings.render;
      byKind[fuzzCase.kind] = (byKind[fuzzCase.kind] ?? 0) + 1;
      slowest.push({ ...describeCase(index, fuzzCase), lintMs: Math.round(timings.lint), fixMs: Math.round(timings.fix), renderMs: Math.round(timings.render), totalMs: Math.round(total) });
      slowest.sort((left, right) => right.totalMs - left.totalMs);
      slowest.length = Math.min(slowest.length, 10);
      const failed = new Set();
      for (const finding of findings) {
        counts[finding.category] = (counts[finding.category] ?? 0) + 1;
        examples[finding.category] ??= [];
        if (examples[finding.category].length < 10) examples[finding.category].push({ ...describeCase(index, fuzzCase), detail: finding.detail });
        if (FAILURE_CATEGORIES.includes(finding.category)) failed.add(finding.category);
      }
      if (failed.size > 0 && saveFolder) {
        await mkdir(saveFolder, { recursive: true });
        await writeFile(path.join(saveFolder, `case-${index}.md`), fuzzCase.bytes ?? fuzzCase.text);
      }
      onProgress?.(position + 1, indexes.length, counts);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { seed, cases: indexes.length, budgetMs, maxNestingDepth, scale, seconds: Math.round((performance.now() - started) / 100) / 10, byKind, counts, examples, slowest };
}
