// `pnpm bench`: specloom against the parse floor, remark-lint and markdownlint on generated spec sets, and on a
// folder of real specs when given one (`--corpus PATH`). Prints a table and writes bench-results/<time>.json.
// Not part of the test run.
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureEditorLatency } from './editor-latency.mjs';
import { generateSpecs } from './generate-specs.mjs';
import { measure } from './measure.mjs';
import { benchShardMerge, formatShardMergeRow } from './shard-merge.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = process.execPath;
const bins = {
  specloom: path.join(root, 'apps/cli/dist/bin.js'),
  floor: path.join(root, 'scripts/bench/floor.mjs'),
  remark: path.join(root, 'node_modules/remark-cli/cli.js'),
  markdownlint: path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
  'remark-preset-lint-specloom': path.join(root, 'apps/remark-preset/dist/index.js'),
  'unified-language-server': path.join(root, 'node_modules/unified-language-server/index.js'),
};

const usage = `usage: pnpm bench [--sizes 1000,10000] [--quick] [--corpus PATH] [--skip-others] [--rounds 3] [--skip-editor]
  --sizes          generated set sizes, comma separated
  --quick          1,000 generated specs only (and the corpus, when given), one alternating round
  --corpus PATH    also a folder of real Markdown specs (copied without SOURCE.md files and its README.md)
  --skip-others    skip remark-cli and markdownlint-cli2 (and so the remark-cli ratio)
  --rounds N       alternating runs of specloom and remark-cli on the smallest generated set (default 3)
  --skip-editor    skip the editor latency (language server) rows
  --editor-rounds N  alternating language-server starts per setup (default 3)`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      quick: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      'skip-others': { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
      'skip-editor': { type: 'boolean', default: false },
      'editor-rounds': { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`bench: ${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const sizes = (options.quick ? '1000' : options.sizes).split(',').map(Number).filter((size) => size > 0);
// Relative to where `pnpm bench` was typed (pnpm runs scripts from the repository root).
const corpusFolder = options.corpus === undefined ? undefined : path.resolve(process.env.INIT_CWD ?? process.cwd(), options.corpus);
if (corpusFolder !== undefined && !existsSync(corpusFolder)) {
  console.error(`bench: --corpus ${options.corpus}: no such folder`);
  process.exit(2);
}

for (const [name, bin] of Object.entries(bins)) {
  if (!existsSync(bin)) {
    console.error(`bench: ${path.relative(root, bin)} is missing (${name}); run \`pnpm install && pnpm build\` first.`);
    process.exit(2);
  }
}

async function countMarkdown(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).length;
}

/** The corpus without its SOURCE.md files and README, copied so every tool sees exactly the same files. */
async function copyCorpus(target) {
  await cp(corpusFolder, target, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(corpusFolder, source);
      return path.basename(source) !== 'SOURCE.md' && relative !== 'README.md';
    },
  });
}

// By path: remark-cli resolves plugin names from the cwd, which is the temp folder.
const remarkPreset = path.join(root, 'node_modules/remark-preset-lint-recommended/index.js');
// What a remark user linting specs runs: the recommended preset with GFM and YAML front matter (the default).
const remarkGfm = path.join(root, 'node_modules/remark-gfm/index.js');
const remarkFrontmatter = path.join(root, 'node_modules/remark-frontmatter/index.js');
const remarkCommand = () => [node, [bins.remark, '.', '--use', remarkPreset, '--use', remarkGfm, '--use', remarkFrontmatter, '--no-config', '--no-ignore', '--no-stdout', '--quiet', '--silent']];
const rounds = options.quick ? 1 : Math.max(1, Number(options.rounds) || 1);
const editorRounds = options.quick ? 1 : Math.max(1, Number(options['editor-rounds']) || 1);

function tools(folder, cacheLocation) {
  const specloom = (...extra) => [node, [bins.specloom, 'lint', '.', '--format', 'json', ...extra]];
  const list = [
    { id: 'floor', label: '(a) floor: read + parse', command: [node, [bins.floor, '.']] },
    { id: 'specloom-1', label: '(b) specloom --concurrency 1', command: specloom('--concurrency', '1') },
    { id: 'specloom-parallel', label: `(c) specloom (default: ${os.availableParallelism()} threads)`, command: specloom() },
    { id: 'specloom-cache-cold', label: '    specloom --cache (cold)', command: specloom('--cache', '--cache-location', cacheLocation) },
    { id: 'specloom-cache-warm', label: '(d) specloom --cache (warm)', command: specloom('--cache', '--cache-location', cacheLocation) },
  ];
  if (!options['skip-others']) {
    list.push(
      // --no-config / --no-ignore: only the preset, whatever config files sit above the temp folder.
      { id: 'remark', label: '(e) remark-cli + lint-recommended + gfm + fm', command: remarkCommand() },
      { id: 'markdownlint', label: '(f) markdownlint-cli2', command: [node, [bins.markdownlint, '**/*.md']] },
    );
  }
  return list.map((tool) => ({ ...tool, cwd: folder }));
}


const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

/** specloom (default settings and `--concurrency 1`) and remark-cli, alternating, on the same files. */
async function compareWithRemark(folder, files) {
  const commands = {
    specloom: [node, [bins.specloom, 'lint', '.', '--format', 'json']],
    'specloom-1': [node, [bins.specloom, 'lint', '.', '--format', 'json', '--concurrency', '1']],
    remark: remarkCommand(),
  };
  const seconds = { specloom: [], 'specloom-1': [], remark: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [id, [command, args]] of Object.entries(commands)) seconds[id].push((await measure(command, args, { cwd: folder })).seconds);
  }
  const result = {
    rounds,
    specloomSeconds: Number(median(seconds.specloom).toFixed(2)),
    specloomOneThreadSeconds: Number(median(seconds['specloom-1']).toFixed(2)),
    remarkSeconds: Number(median(seconds.remark).toFixed(2)),
  };
  result.ratio = Number((result.remarkSeconds / result.specloomSeconds).toFixed(2));
  result.oneThreadRatio = Number((result.remarkSeconds / result.specloomOneThreadSeconds).toFixed(2));
  console.log(`  vs remark-cli + lint-recommended + gfm + front matter, ${files} files, ${rounds} alternating round(s), medians:`);
  console.log(`    specloom ${result.specloomSeconds} s, --concurrency 1 ${result.specloomOneThreadSeconds} s, remark-cli ${result.remarkSeconds} s`);
  console.log(`  target specloom at least 1.5x faster than remark-cli: ${result.ratio >= 1.5 ? 'met' : 'NOT met'} (${result.ratio}x)`);
  console.log(`  target specloom --concurrency 1 faster than remark-cli: ${result.oneThreadRatio > 1 ? 'met' : 'NOT met'} (${result.oneThreadRatio}x)`);
  return result;
}

const temporary = await mkdtemp(path.join(os.tmpdir(), 'specloom-bench-'));
const sets = [];
try {
  if (corpusFolder !== undefined) {
    const folder = path.join(temporary, 'corpus');
    await copyCorpus(folder);
    sets.push({ name: 'corpus', folder });
  }
  for (const size of sizes) {
    const folder = path.join(temporary, `generated-${size}`);
    await generateSpecs(folder, size);
    sets.push({ name: `generated-${size}`, folder });
  }

  const load = () => os.loadavg().map((value) => Number(value.toFixed(2)));
  const summary = {
    date: new Date().toISOString(),
    machine: { cpus: os.availableParallelism(), model: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` },
    loadAverageAtStart: load(),
    peakRssMethod: existsSync('/usr/bin/time') ? '/usr/bin/time -v' : existsSync('/proc/self/status') ? '/proc/<pid>/status VmHWM sampling' : 'none',
    sets: [],
  };

  for (const set of sets) {
    const files = await countMarkdown(set.folder);
    console.log(`\n${set.name}: ${files} files (load average ${load().join(' ')})`);
    console.log(`${'tool'.padEnd(44)} ${'seconds'.padStart(8)} ${'files/s'.padStart(9)} ${'× floor'.padStart(8)} ${'peak RSS'.padStart(10)}`);
    const rows = [];
    let floorSeconds;
    for (const tool of tools(set.folder, path.join(temporary, `${set.name}.specloomcache`))) {
      const [command, args] = tool.command;
      const result = await measure(command, args, { cwd: tool.cwd });
      if (tool.id === 'floor') floorSeconds = result.seconds;
      const row = {
        id: tool.id,
        label: tool.label.trim(),
        seconds: Number(result.seconds.toFixed(3)),
        filesPerSecond: Math.round(files / result.seconds),
        ratioToFloor: floorSeconds ? Number((result.seconds / floorSeconds).toFixed(2)) : undefined,
        peakRssMegabytes: result.peakRssBytes === undefined ? undefined : Math.round(result.peakRssBytes / 1048576),
        exitCode: result.exitCode,
      };
      // Lint findings exit 1; anything else means the tool did not run as meant.
      if (result.exitCode !== 0 && result.exitCode !== 1) row.error = result.stderr.trim().split('\n').slice(-3).join(' | ');
      rows.push(row);
      console.log(
        `${tool.label.padEnd(44)} ${row.seconds.toFixed(2).padStart(8)} ${String(row.filesPerSecond).padStart(9)} ${String(row.ratioToFloor ?? '').padStart(8)} ${(row.peakRssMegabytes === undefined ? 'n/a' : `${row.peakRssMegabytes} MB`).padStart(10)}${row.error ? `  (failed: ${row.error})` : ''}`,
      );
    }
    const shardMerge = await benchShardMerge(set.folder, { node, specloom: bins.specloom });
    console.log(formatShardMergeRow(shardMerge));
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    const targets = {
      'b at most 1.5x floor': byId['specloom-1'].ratioToFloor <= 1.5,
      'c at least 1.6x faster than b (1,000+ files)': files < 1000 ? 'n/a' : byId['specloom-1'].seconds / byId['specloom-parallel'].seconds >= 1.6,
      'd at least 10x faster than b': byId['specloom-1'].seconds / byId['specloom-cache-warm'].seconds >= 10,
      'b faster than e': byId.remark ? byId['specloom-1'].seconds < byId.remark.seconds : 'n/a',
      '4 shards + merge give the findings of one run': shardMerge.findingsEqual,
      'peak RSS under 400 MB': rows.filter((row) => row.id.startsWith('specloom')).every((row) => row.peakRssMegabytes === undefined || row.peakRssMegabytes < 400),
    };
    const rss = (id) => byId[id]?.peakRssMegabytes;
    console.log(`  peak RSS at ${files} files: cold ${rss('specloom-cache-cold') ?? 'n/a'} MB, warm ${rss('specloom-cache-warm') ?? 'n/a'} MB, one thread ${rss('specloom-1') ?? 'n/a'} MB (target: under 400 MB)`);
    for (const [target, met] of Object.entries(targets)) console.log(`  target ${target}: ${met === 'n/a' ? 'n/a' : met ? 'met' : 'NOT met'}`);
    const entry = { name: set.name, files, rows, shardMerge, targets };
    // The ratio to remark-cli, on the smallest generated set: alternating runs in this process, so a change in
    // the machine's load hits both tools alike. Medians of `rounds` runs each.
    if (!options['skip-others'] && set === sets.find((candidate) => candidate.name.startsWith('generated-'))) {
      entry.remarkRatio = await compareWithRemark(set.folder, files);
    }
    summary.sets.push(entry);
  }
  if (!options['skip-editor']) {
    const editorFolder = path.join(temporary, 'editor');
    await mkdir(editorFolder, { recursive: true });
    console.log(`\neditor latency: didOpen -> publishDiagnostics in remark-language-server (unified-language-server over stdio), ${editorRounds} alternating start(s) each`);
    const editor = await measureEditorLatency(editorFolder, { rounds: editorRounds });
    console.log(`${'setup'.padEnd(44)} ${'cold ms'.padStart(8)} ${'edit ms'.padStart(9)} ${'findings'.padStart(9)}`);
    console.log(`${'remark-preset-lint-specloom'.padEnd(44)} ${String(editor.preset.coldMs).padStart(8)} ${String(editor.preset.warmMs).padStart(9)} ${String(editor.preset.diagnostics).padStart(9)}`);
    console.log(`${'bare remark-parse + gfm + front matter'.padEnd(44)} ${String(editor.bare.coldMs).padStart(8)} ${String(editor.bare.warmMs).padStart(9)} ${String(editor.bare.diagnostics).padStart(9)}`);
    console.log(`  ${editor.bytes} bytes; preset / bare: cold ${editor.coldRatio}×, edit ${editor.warmRatio}×`);
    console.log(`  target editor latency within 1.3× of bare remark (cold): ${editor.coldRatio <= 1.3 ? 'met' : 'NOT met'}`);
    summary.editor = editor;
  }
  summary.loadAverageAtEnd = load();

  const resultsFolder = path.join(root, 'bench-results');
  await mkdir(resultsFolder, { recursive: true });
  const resultsFile = path.join(resultsFolder, `bench-${summary.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(path.join(resultsFolder, 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nload average at end: ${summary.loadAverageAtEnd.join(' ')} (figures taken under load are not representative)`);
  console.log(`summary: ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  await rm(temporary, { recursive: true, force: true });
}
