// One fuzz case through what a user runs: lint (from disk), lint --fix (written back), and every renderer.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { TextDecoder } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSpecDocument, SpecParseError } from '../../packages/core/dist/index.js';
import { createEngine, runWithinTime, selectRenderer, TimeBudgetError } from '../../packages/core/dist/host.js';
import { invalidPosition, isBudgetMessage, isCrashMessage, lineLengths } from './check-messages.mjs';

const NO_TEMPLATE_NOTE = 'No specloom template matched this file; skipped.';
/** Over this much above its budget, a file that says nothing about the budget was not held to it. */
const BUDGET_SLACK_MS = 1000;

/**
 * The time a stage would have taken on a machine of its own: the smaller of its wall time and the CPU time the
 * process spent meanwhile. On a shared machine a starved process's wall time grows without the file being slow
 * (a 1 KB case took 3 s at load 60); the CPU time also counts parallel GC threads, so neither alone will do.
 */
function ownTime(wallStarted, cpuStarted) {
  const cpu = process.cpuUsage(cpuStarted);
  return Math.min(performance.now() - wallStarted, (cpu.user + cpu.system) / 1000);
}

function decodeLossy(bytes) {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A start tag as an HTML parser reads it: a quoted attribute value may hold `<`, `>` and `onerror=` as plain text
 * (an `alt` quoting the spec's text), so a tag ends only at a `>` outside quotes. `/` separates attributes too.
 */
const START_TAG = /<([a-z][^\s/>]*)((?:[\s/]+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)[\s/]*>/giu;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** The first tag a renderer wrote that would run code: `<script>`, an event handler, a script URL; else undefined. */
export function unsafeHtml(html) {
  for (const tag of html.matchAll(START_TAG)) {
    if (tag[1].toLowerCase() === 'script') return tag[0];
    for (const attribute of tag[2].matchAll(ATTRIBUTE)) {
      const name = attribute[1].toLowerCase();
      // Browsers ignore spaces and control characters inside a URL's scheme (`java\tscript:`).
      const value = [...(attribute[2] ?? attribute[3] ?? attribute[4] ?? '')].filter((character) => character.charCodeAt(0) > 0x20).join('').toLowerCase();
      if (name.startsWith('on') || (URL_ATTRIBUTES.has(name) && /^(?:javascript|vbscript|data):/u.test(value))) return tag[0];
    }
  }
  return undefined;
}

/**
 * Run one case; returns the findings (each `{ category, detail }`) and the time each stage took. `context`
 * holds the run's config, folder, budget and today, shared by every case.
 */
export async function runCase(fuzzCase, context) {
  const findings = [];
  const timings = { lint: 0, fix: 0, render: 0 };
  const add = (category, detail) => findings.push({ category, detail });
  const bytes = fuzzCase.bytes ?? Buffer.from(fuzzCase.text, 'utf8');
  const text = fuzzCase.bytes ? decodeLossy(fuzzCase.bytes) : fuzzCase.text;
  const name = fuzzCase.seed ? path.basename(fuzzCase.seed) : 'fuzz.md';
  const lintPath = path.join(context.folder, 'lint', name);
  const fixPath = path.join(context.folder, 'fix', name);
  await writeFile(lintPath, bytes);
  await writeFile(fixPath, bytes);

  function checkResult(stage, result, resultText, elapsed, ownElapsed) {
    const lengths = lineLengths(resultText);
    const textLength = (resultText.charCodeAt(0) === 0xfeff ? resultText.length - 1 : resultText.length);
    let budgetReported = false;
    for (const message of result.messages) {
      const invalid = invalidPosition(message, lengths, textLength);
      if (invalid) add('invalid-position', `${stage}: ${message.ruleId ?? 'file'} ${message.line}:${message.column}-${message.endLine}:${message.endColumn}: ${invalid} (${message.message.slice(0, 120)})`);
      if (isCrashMessage(message)) add('crash', `${stage}: ${message.message.slice(0, 300)}`);
      if (/^Cannot parse the Markdown:/u.test(message.message)) add('parser-error', `${stage}: ${message.message.slice(0, 200)}`);
      if (isBudgetMessage(message)) budgetReported = true;
    }
    if (budgetReported) add('over-budget-reported', `${stage}: ${elapsed.toFixed(0)} ms`);
    else if (ownElapsed > context.budgetMs + BUDGET_SLACK_MS) add('over-budget-unreported', `${stage}: ${ownElapsed.toFixed(0)} ms (${elapsed.toFixed(0)} ms wall) without a budget message`);
    return budgetReported;
  }

  // Lint.
  let started = performance.now();
  let cpuStarted = process.cpuUsage();
  let lintResult;
  try {
    const outcome = await createEngine(context.config).lintFiles([lintPath], { concurrency: 1, today: context.today });
    lintResult = outcome.results[0];
  } catch (error) {
    add('crash', `lint threw: ${error?.stack ?? error}`);
  }
  timings.lint = performance.now() - started;
  if (lintResult) {
    checkResult('lint', lintResult, text, timings.lint, ownTime(started, cpuStarted));
    checkFailOpen(fuzzCase, lintResult, text, lintPath, context, add);
  }

  // Fix: written back to disk, as `lint --fix` does; the messages describe the fixed text. Without a fixable
  // message the fix run would repeat the lint run exactly, so it is left out (a third of a case's time).
  started = performance.now();
  cpuStarted = process.cpuUsage();
  const fixable = !lintResult || lintResult.fixableErrorCount + lintResult.fixableWarningCount > 0;
  if (fixable) {
    try {
      const outcome = await createEngine(context.config).lintFiles([fixPath], { concurrency: 1, today: context.today, fix: true });
      timings.fix = performance.now() - started;
      const fixOwnTime = ownTime(started, cpuStarted);
      const fixed = await readFile(fixPath);
      const fixedText = decodeLossy(fixed);
      checkResult('fix', outcome.results[0], fixedText, timings.fix, fixOwnTime);
      if (outcome.results[0].messages.some((message) => message.message.startsWith('Cannot write the fixed file'))) {
        add('crash', `fix: ${outcome.results[0].messages.find((message) => message.message.startsWith('Cannot write')).message}`);
      }
    } catch (error) {
      timings.fix = performance.now() - started;
      add('crash', `fix threw: ${error?.stack ?? error}`);
    }
  }

  // Render: every format a renderer offers for the spec's template, each within the budget, as the CLI does.
  started = performance.now();
  if (!fuzzCase.bytes) {
    try {
      const document = runWithinTime(() => {
        const parsed = parseSpecDocument(text, { path: lintPath, maxNestingDepth: context.maxNestingDepth });
        parsed.template = lintResult?.template ?? undefined;
        return parsed;
      }, context.budgetMs);
      if (document.template) {
        const template = context.config.templates.find((candidate) => candidate.id === document.template);
        for (const format of context.formats) {
          const renderer = selectRenderer(context.config.renderers, document.template, format);
          if (!renderer || (renderer.templates && !renderer.templates.includes(document.template))) continue;
          const renderStarted = performance.now();
          let output;
          try {
            output = runWithinTime(() => renderer.render({ ...document, path: name }, { today: context.today, template }), context.budgetMs);
          } catch (error) {
            if (error instanceof TimeBudgetError) add('over-budget-reported', `render ${format}: ${(performance.now() - renderStarted).toFixed(0)} ms`);
            else add('crash', `render ${format} threw: ${String(error?.stack ?? error).slice(0, 400)}`);
            continue;
          }
          const extension = renderer.extension ?? renderer.format;
          if (/(?:^|\.)json$/u.test(extension)) {
            try {
              JSON.parse(output);
            } catch (error) {
              add('crash', `render ${format}: invalid JSON (${error.message})`);
            }
          }
          if (/(?:^|\.)html?$/u.test(extension)) {
            const tag = unsafeHtml(output);
            if (tag) add('unsafe-html', `render ${format}: ${tag.slice(0, 160)}`);
          }
        }
      }
    } catch (error) {
      if (!(error instanceof SpecParseError) && !(error instanceof TimeBudgetError)) add('crash', `parse for render threw: ${error?.stack ?? error}`);
    }
  }
  timings.render = performance.now() - started;
  return { findings, timings };
}

/**
 * A file must never pass by being skipped: a spec with content after it must keep its template or get a fatal
 * message, and a file the parser could not read must get a fatal message, never a clean or skipped result.
 */
function checkFailOpen(fuzzCase, result, text, filePath, context, add) {
  const fatal = result.messages.some((message) => message.fatal && message.severity === 2);
  if (fatal) return;
  if (fuzzCase.kind === 'append' && result.template !== fuzzCase.template) {
    add('fail-open', `append ${fuzzCase.shape} (${fuzzCase.size}) to a ${fuzzCase.template} spec: template ${result.template ?? 'none'}${result.note === NO_TEMPLATE_NOTE ? ', skipped' : ''}, no fatal message`);
    return;
  }
  if (result.errorCount > 0 || fuzzCase.bytes) return;
  // A clean or skipped result: the text must really parse into a tree.
  try {
    const document = runWithinTime(() => parseSpecDocument(text, { path: filePath, maxNestingDepth: context.maxNestingDepth }), context.budgetMs * 2);
    if (document.tree.children.length === 0 && text.replace(/^\uFEFF/u, '').trim() !== '') add('fail-open', 'non-blank text parsed into an empty tree');
  } catch (error) {
    if (error instanceof SpecParseError) add('fail-open', `unparsable file passed as ${result.note ? 'skipped' : 'clean'}: ${error.message}`);
  }
}
