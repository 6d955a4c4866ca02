// `pnpm fuzz [--cases N] [--seed S] [--budget MS] [--scale F] [--case I,J] [--shard K/N] [--save DIR] [--json FILE]`: run the seeded fuzzer on
// the built packages (`pnpm build` first) and exit 1 when any case crashed, reported an invalid position, was
// skipped instead of failing, or ran over its time budget without saying so.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAILURE_CATEGORIES, runFuzz } from './fuzz.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    budget: { type: 'string', default: '2000' },
    scale: { type: 'string', default: '1' },
    case: { type: 'string' },
    shard: { type: 'string' },
    save: { type: 'string' },
    json: { type: 'string' },
  },
});

// `--shard K/N` runs the cases whose number is K-1 modulo N, so N processes together run exactly the cases one run
// would (each case's input depends only on the seed and its number) and a long run uses every core.
const shard = values.shard?.match(/^(\d+)\/(\d+)$/);
if (values.shard && (!shard || Number(shard[1]) < 1 || Number(shard[1]) > Number(shard[2]))) {
  process.stderr.write(`fuzz: --shard expects K/N with 1 <= K <= N, got "${values.shard}"\n`);
  process.exit(2);
}
const only = values.case?.split(',').map(Number) ??
  (shard ? Array.from({ length: Number(values.cases) }, (_, index) => index).filter((index) => index % Number(shard[2]) === Number(shard[1]) - 1) : undefined);
const started = Date.now();
let lastReport = 0;
const summary = await runFuzz({
  cases: Number(values.cases),
  seed: Number(values.seed),
  budgetMs: Number(values.budget),
  scale: Number(values.scale),
  only,
  saveFolder: values.save && path.resolve(values.save),
  onProgress(done, total, counts) {
    // A line every 30 s: a 100,000-case run takes hours and should show it is alive.
    if (Date.now() - lastReport < 30_000 && done !== total) return;
    lastReport = Date.now();
    const failures = FAILURE_CATEGORIES.map((category) => `${category} ${counts[category]}`).join(', ');
    process.stderr.write(`fuzz: ${done}/${total} cases, ${Math.round((Date.now() - started) / 1000)} s; ${failures}\n`);
  },
});

const lines = [
  `seed ${summary.seed}, ${summary.cases} cases (${Object.entries(summary.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ')}), shapes at ${summary.scale}× size, budget ${summary.budgetMs} ms per file, ${summary.seconds} s`,
  ...Object.entries(summary.counts).map(([category, count]) => `  ${category}: ${count}`),
];
for (const [category, examples] of Object.entries(summary.examples)) {
  if (examples.length === 0) continue;
  lines.push(`${category}, first ${examples.length}:`);
  for (const example of examples) lines.push(`  case ${example.case} ${example.kind} ${example.shape}${example.size ? ` (${example.size})` : ''} ${example.seed ?? ''}: ${example.detail}`);
}
lines.push('slowest inputs (lint + fix + render):');
for (const entry of summary.slowest) {
  lines.push(`  case ${entry.case} ${entry.kind} ${entry.shape}${entry.size ? ` (${entry.size})` : ''}, ${entry.bytes} bytes: ${entry.totalMs} ms (lint ${entry.lintMs}, fix ${entry.fixMs}, render ${entry.renderMs})`);
}
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) await writeFile(values.json, `${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = FAILURE_CATEGORIES.some((category) => summary.counts[category] > 0) ? 1 : 0;
