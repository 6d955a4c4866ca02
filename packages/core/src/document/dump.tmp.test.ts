import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseSpecDocument } from './parse-spec-document.js';
import { parseMarkdown } from './markdown-processor.js';
test('dump', () => {
  const chunk = readFileSync('/work/shared/templates/why-what-how-spec.md', 'utf8') + '\n' + readFileSync('/work/shared/templates/product-spec.md', 'utf8') + '\n';
  for (const target of [1_000_000, 10_000_000]) {
  const parts: string[] = []; let size = 0; let i = 0;
  while (size < target) { const c = chunk.replaceAll('REQ-00', `REQ-${i}`); parts.push(c); size += c.length; i++; }
  const big = parts.join('');
  let t = process.cpuUsage(); parseMarkdown(big); let u = process.cpuUsage(t); console.log(target, 'remark only cpu', Math.round(u.user / 1000), process.memoryUsage().heapUsed / 1e6);
  t = process.cpuUsage(); const d = parseSpecDocument(big); u = process.cpuUsage(t); console.log(target, 'full cpu', Math.round(u.user / 1000), d.ids.length, d.allSections.length, d.tables.length, d.lineStarts.length, process.memoryUsage().heapUsed / 1e6);
  }
}, 3_000_000);
