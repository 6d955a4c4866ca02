// Writes N realistic specs of the five templates (with and without defects) for the benchmark, varied from the
// examples and plugin fixtures so IDs and titles do not all collide in workspace rules.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FOLDERS = ['examples', 'plugins/product/test/fixtures', 'plugins/spec-dated/test/fixtures', 'plugins/design-doc/test/fixtures', 'plugins/rfc/test/fixtures'];
const SPEC_ID = /SPEC-(\d{4})-(\d{2})-(\d{2})-(\d{3})/g;

async function markdownFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'EXPECTED.md' && entry.name !== 'README.md')
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

export async function loadSeeds() {
  const seeds = [];
  for (const folder of SEED_FOLDERS) {
    for (const file of await markdownFiles(path.join(repositoryRoot, folder))) {
      // The seed's own folder (`rfc/valid`) is kept: two seeds may share a file name.
      const group = path.relative(repositoryRoot, path.dirname(file)).replace(/[\\/]/g, '-');
      seeds.push({ group, name: path.basename(file), text: await readFile(file, 'utf8') });
    }
  }
  if (seeds.length === 0) throw new Error('No seed specs found under examples/ and plugins/*/test/fixtures/');
  return seeds;
}

/** The copy-th variant of a seed: its Spec IDs renumbered and its title suffixed, so copies are distinct specs. */
function vary(seed, copy) {
  if (copy === 0) return seed;
  const renumber = (match, year, month, day, number) =>
    `SPEC-${Number(year) + Math.floor(copy / 900)}-${month}-${day}-${String(((Number(number) + copy) % 900) + 100).padStart(3, '0')}`;
  const text = seed.text.replace(SPEC_ID, renumber).replace(/^# (.+)$/m, `# $1 (${copy})`);
  return { group: seed.group, name: seed.name.replace(SPEC_ID, renumber), text };
}

/** Write `count` specs under `target`; returns their paths. */
export async function generateSpecs(target, count) {
  const seeds = await loadSeeds();
  const paths = [];
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length];
    const copy = Math.floor(index / seeds.length);
    // One folder per copy: seeds keep their file names (rules check them), and no folder grows huge.
    const variant = vary(seed, copy);
    const folder = path.join(target, `copy-${String(copy).padStart(4, '0')}`, variant.group);
    await mkdir(folder, { recursive: true });
    const filePath = path.join(folder, variant.name);
    await writeFile(filePath, variant.text);
    paths.push(filePath);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [target, count = '1000'] = process.argv.slice(2);
  if (!target) {
    console.error('usage: node scripts/bench/generate-specs.mjs <folder> [count]');
    process.exit(2);
  }
  const paths = await generateSpecs(path.resolve(target), Number(count));
  console.log(`wrote ${paths.length} specs to ${target}`);
}
