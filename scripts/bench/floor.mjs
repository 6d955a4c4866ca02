// The floor: read every Markdown file under a folder and parse it with specloom's own pipeline (remark-parse +
// GFM + YAML front matter), nothing else. Any linter must do at least this much.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMarkdownProcessor } from '../../packages/core/dist/host.js';

const folder = path.resolve(process.argv[2] ?? '.');
const entries = await readdir(folder, { withFileTypes: true, recursive: true });
const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
const processor = createMarkdownProcessor();
let nodes = 0;
for (const file of files) {
  const tree = processor.parse(await readFile(file, 'utf8'));
  nodes += tree.children.length;
}
console.log(JSON.stringify({ files: files.length, topLevelNodes: nodes }));
