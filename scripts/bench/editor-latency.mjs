// Editor latency: a real language server (scripts/bench/language-server.mjs, remark-language-server's code)
// over stdio, timed from didOpen to its publishDiagnostics for one spec, cold (the server's first document)
// and warm (an edit of the same document). Two workspaces: one whose `.remarkrc.json` uses
// remark-preset-lint-specloom, one with bare remark-parse + GFM + front matter; runs alternate between them.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const serverScript = path.join(root, 'scripts/bench/language-server.mjs');
/** The preset as a user's `.remarkrc.json` names it (by path: the workspace is a temporary folder). */
const presetPath = path.join(root, 'apps/remark-preset/dist/index.js');
const barePlugins = [path.join(root, 'node_modules/remark-gfm/index.js'), [path.join(root, 'node_modules/remark-frontmatter/index.js'), ['yaml']]];

/** A spec of at least `size` bytes: a real design doc, its sections repeated as appendices. */
export async function editorSpec(size = 20_000) {
  const seed = await readFile(path.join(root, 'fixtures/calibration/clean/design-doc/ledger-double-entry-service.md'), 'utf8');
  const sections = seed.slice(seed.indexOf('\n## ') + 1).split(/^(?=## )/m);
  let text = `${seed}\n## Appendix\n`;
  for (let index = 0; Buffer.byteLength(text) < size; index++) text += `\n${sections[index % sections.length].replace(/^## /, '### ')}`;
  return text;
}

/** Start the server in `folder`, open `text` as `name` there, and time the diagnostics: cold open and an edit. */
async function timeServer(folder, name, text) {
  const child = spawn(process.execPath, [serverScript, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(path.join(folder, name)).href;
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', (parameters) => {
    if (parameters.uri === uri && waiting && parameters.version === waiting.version) waiting.resolve(parameters.diagnostics.length);
  });
  const diagnosticsFor = (version) => new Promise((resolve) => (waiting = { version, resolve }));
  connection.listen();
  try {
    const rootUri = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
    await connection.sendNotification('initialized', {});
    let started = performance.now();
    const opened = diagnosticsFor(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = await opened;
    const cold = performance.now() - started;
    started = performance.now();
    const changed = diagnosticsFor(2);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nEdited.\n` }] });
    await changed;
    const warm = performance.now() - started;
    return { cold, warm, diagnostics };
  } finally {
    connection.dispose();
    child.kill();
  }
}

const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

/** `rounds` alternating runs of each server in `folder` (a temporary folder); medians in milliseconds. */
export async function measureEditorLatency(folder, { rounds = 3, size = 20_000 } = {}) {
  const text = await editorSpec(size);
  const setups = {
    preset: { plugins: [presetPath] },
    bare: { plugins: barePlugins },
  };
  const runs = { preset: [], bare: [] };
  for (const [name, remarkrc] of Object.entries(setups)) {
    const workspace = path.join(folder, name);
    await mkdir(workspace, { recursive: true });
    await writeFile(path.join(workspace, '.remarkrc.json'), JSON.stringify(remarkrc));
    await writeFile(path.join(workspace, 'design.md'), text);
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(setups)) runs[name].push(await timeServer(path.join(folder, name), 'design.md', text));
  }
  const summary = (list) => ({ coldMs: Math.round(median(list.map((run) => run.cold))), warmMs: Math.round(median(list.map((run) => run.warm))), diagnostics: list[0].diagnostics });
  const preset = summary(runs.preset);
  const bare = summary(runs.bare);
  return {
    bytes: Buffer.byteLength(text),
    rounds,
    preset,
    bare,
    coldRatio: Number((preset.coldMs / bare.coldMs).toFixed(2)),
    warmRatio: Number((preset.warmMs / bare.warmMs).toFixed(2)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const os = await import('node:os');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-editor-'));
  try {
    console.log(JSON.stringify(await measureEditorLatency(folder, { rounds: Number(process.argv[2] ?? 3) }), null, 2));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
