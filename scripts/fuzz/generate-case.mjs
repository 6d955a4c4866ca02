// Fuzz inputs: random Markdown-ish text, mutated real specs, and the pathological shapes of issue #17, each
// sized at random (log-uniform, so most are small and a few are as large as the issue's reproducers).
import { Buffer } from 'node:buffer';

/** Pieces random text is made of: Markdown syntax, IDs the rules look for, line endings, odd characters. */
const TOKENS = [
  '#', '## ', '### ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '|', '| --- |', '-', '- ', '* ', '+ ', '1. ', '**', '*', '_', '__',
  '>', '> ', '[', ']', '(', ')', '![', '](', '`', '```', '~~~', ':', '---', '***', '<!--', '-->', '<!--lint disable-->',
  '<!--lint ignore placeholder-->', '<div>', '</div>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&amp;', '&#0;',
  '\\', '[ ]', '[x]', 'REQ-001', 'AC-1', 'TEST-01', 'FR-1', 'SPEC 0007', 'SPEC-2025-01-31-002', 'SPEC-2025-13-45-999',
  '**Status**: ', 'Draft', 'Approved', '**Created**: ', '2025-02-30', '**Owner**: ', 'MUST', 'must', 'SHOULD', 'MAY',
  '[TBD]', '[YYYY-MM-DD]', '{feature}', 'x', 'Zoë', '🚀', '\u200b', '\u00a0', '\uFEFF', '\u2028', 'key: [', 'key: value',
  'template: rfc', 'template: nope', '[a](./missing.md)', '[b](../x.md#frag)', '<https://example.com>', 'MIT', 'AGPL-3.0',
  'GPL-2.0-or-later', 'Safe', 'Risky', '%', '%zz', '\u0000',
];

/** Longest size of each pathological shape: the issue's reproducers (8,000 `>`, 50k headings, …) and a bit more. */
const SHAPES = {
  quoteLine: { max: 10_000, make: (size) => '>'.repeat(size) },
  spacedQuoteLine: { max: 8_000, make: (size) => '> '.repeat(size) + 'x' },
  listLine: { max: 6_000, make: (size) => '- '.repeat(size) + 'x' },
  orderedListLine: { max: 4_000, make: (size) => '1. '.repeat(size) + 'x' },
  indentedLists: { max: 2_000, make: (size) => lines(size, (level) => `${'  '.repeat(level)}- item ${level}`) },
  growingQuotes: { max: 2_500, make: (size) => lines(size, (level) => `${'>'.repeat(level + 1)} quote ${level}`) },
  bracketChain: { max: 100_000, make: (size) => '['.repeat(size) + 'x' },
  imageChain: { max: 50_000, make: (size) => '![a]('.repeat(size) },
  linkChain: { max: 50_000, make: (size) => '[a]('.repeat(size) },
  emphasisNesting: { max: 3_000, make: (size) => `${'*a _b '.repeat(size)}x${' b_ a*'.repeat(size)}` },
  headings: { max: 50_000, make: (size) => lines(size, (index) => `## Heading ${index}\n`) },
  numberedHeadings: { max: 20_000, make: (size) => lines(size, (index) => `## ${index + 1}. Section ${index}\n\nText.\n`) },
  requirements: { max: 8_000, make: (size) => lines(size, (index) => `- **REQ-${String(index + 1).padStart(3, '0')}**: The system MUST handle case ${index}.`) },
  acceptanceCriteria: { max: 8_000, make: (size) => lines(size, (index) => `- [ ] AC-${index + 1}: Given ${index}, when x, then REQ-${index + 1} holds.`) },
  tableRows: { max: 20_000, make: (size) => ['| ID | Requirement | Status |', '| --- | --- | --- |', ...Array.from({ length: size }, (_, index) => `| REQ-${index} | MUST ${index} | Draft |`)].join('\n') },
  tableColumns: { max: 3_000, make: (size) => [`|${' c |'.repeat(size)}`, `|${' --- |'.repeat(size)}`, `|${' x |'.repeat(size)}`].join('\n') },
  emptyCells: { max: 5_000, make: (size) => ['| Package | License | Verdict |', '| --- | --- | --- |', ...Array.from({ length: size }, (_, index) => (index % 3 === 0 ? '|  |  |  |' : `| lib-${index} | AGPL-3.0 | Safe |`))].join('\n') },
  longLine: { max: 400_000, make: (size) => `**Status**: ${'x'.repeat(size)}` },
  manyLinks: { max: 20_000, make: (size) => lines(size, (index) => `See [doc ${index}](./missing-${index % 50}.md).`) },
  manyIds: { max: 20_000, make: (size) => lines(size, (index) => `Refers to REQ-${index}, AC-${index} and SPEC ${String(index % 10_000).padStart(4, '0')}.`) },
  lintComments: { max: 10_000, make: (size) => lines(size, (index) => (index % 2 ? '<!--lint enable placeholder-->' : '<!--lint disable placeholder-->')) },
  unclosedComment: { max: 20_000, make: (size) => `<!--\n${lines(size, (index) => `line ${index}`)}` },
  unclosedFence: { max: 20_000, make: (size) => `\`\`\`\n${lines(size, (index) => `code ${index}`)}` },
  codeBlocks: { max: 10_000, make: (size) => lines(size, (index) => `\`\`\`ts\nconst x${index} = ${index};\n\`\`\`\n`) },
  backtickRuns: { max: 2_000, make: (size) => lines(size, (index) => `${'`'.repeat(index + 1)}x`).replace(/\n/gu, ' ') },
  htmlBlocks: { max: 10_000, make: (size) => lines(size, (index) => `<div data-i="${index}"><script>alert(${index})</script>`) },
  footnotes: { max: 10_000, make: (size) => lines(size, (index) => `[^${index}]: note ${index} [^${index + 1}]`) },
  checklist: { max: 10_000, make: (size) => lines(size, (index) => `- [${index % 2 ? 'x' : ' '}] Item ${index}`) },
};

/** Front matter shapes: keys a template does not know, duplicate keys, and YAML that expands. */
const FRONT_MATTER_SHAPES = {
  unknownKeys: { max: 32_000, make: (size) => lines(size, (index) => `unknown_key_${index}: value ${index}`) },
  duplicateKeys: { max: 16_000, make: (size) => `${lines(size, (index) => `key${index}: v`)}\nkey0: again` },
  aliasBomb: {
    max: 12,
    make: (size) => ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]', ...Array.from({ length: size }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [*${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}, *${String.fromCharCode(97 + index)}]`)].join('\n'),
  },
  deepYaml: { max: 5_000, make: (size) => `deep: ${'['.repeat(size)}${']'.repeat(size)}` },
};

function lines(count, line) {
  return Array.from({ length: count }, (_, index) => line(index)).join('\n');
}

function tokenSoup(random, count) {
  let text = '';
  for (let index = 0; index < count; index++) text += random.pick(TOKENS);
  return text;
}

/** Split keeping the line endings, so mutations keep a file's own CRLF / CR. */
function splitLines(text) {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/gu).filter((line, index, all) => line !== '' || index < all.length - 1);
}

const MUTATIONS = {
  deleteLines(random, text) {
    const all = splitLines(text);
    const start = random.integer(0, Math.max(0, all.length - 1));
    all.splice(start, random.size(Math.max(1, Math.floor(all.length / 4))));
    return all.join('');
  },
  duplicateLines(random, text) {
    const all = splitLines(text);
    const start = random.integer(0, Math.max(0, all.length - 1));
    const chunk = all.slice(start, start + random.size(20));
    all.splice(random.integer(0, all.length), 0, ...chunk);
    return all.join('');
  },
  swapLines(random, text) {
    const all = splitLines(text);
    for (let count = random.size(10); count > 0 && all.length > 1; count--) {
      const left = random.integer(0, all.length - 1);
      const right = random.integer(0, all.length - 1);
      [all[left], all[right]] = [all[right], all[left]];
    }
    return all.join('');
  },
  insertTokens(random, text) {
    const at = random.integer(0, text.length);
    return text.slice(0, at) + tokenSoup(random, random.size(40)) + text.slice(at);
  },
  flipCharacters(random, text) {
    const characters = [...text];
    for (let count = random.size(30); count > 0 && characters.length > 0; count--) {
      characters[random.integer(0, characters.length - 1)] = random.pick(TOKENS);
    }
    return characters.join('');
  },
  truncate(random, text) {
    return text.slice(0, random.integer(0, text.length));
  },
  crlf(_random, text) {
    return text.replace(/\r?\n/gu, '\r\n');
  },
  crOnly(_random, text) {
    return text.replace(/\r?\n/gu, '\r');
  },
  mixedEndings(random, text) {
    return text.replace(/\n/gu, () => random.pick(['\n', '\r\n', '\r']));
  },
  bom(_random, text) {
    return `\uFEFF${text}`;
  },
  emptyTableCell(random, text) {
    const rows = [...text.matchAll(/^\|[^\n]*\|$/gmu)];
    if (rows.length === 0) return text;
    const row = random.pick(rows);
    const emptied = row[0].replace(/\|[^|\n]+(?=\|)/u, '|  ');
    return text.slice(0, row.index) + emptied + text.slice(row.index + row[0].length);
  },
  metadataValue(random, text) {
    return text.replace(/^(\*\*[^*\n]+\*\*:?[ \t]*)(.*)$/mu, (_whole, key) => key + tokenSoup(random, random.size(8)));
  },
  insertShape(random, text) {
    const [name, shape] = random.pick(Object.entries(SHAPES));
    const all = splitLines(text);
    all.splice(random.integer(0, all.length), 0, `\n${shape.make(random.size(Math.min(shape.max, 400)))}\n`);
    return { text: all.join(''), shape: name };
  },
};

/**
 * One fuzz case from its own random source: `{ kind, shape, seed?, text }` or, for bytes no editor writes
 * (NUL, invalid UTF-8), `{ kind, shape, bytes }`. `kind: 'append'` cases add a shape after a whole real spec: the
 * spec must still get its template or a fatal message, never a silent skip.
 */
export function generateCase(random, seeds, scale = 1) {
  /** A shape's size, up to its largest times `scale` (the test suite's quick run uses small shapes). */
  const sizeOf = (shape) => random.size(Math.max(2, Math.floor(shape.max * scale)));
  const roll = random.next();
  if (roll < 0.35) {
    const seed = random.pick(seeds);
    let text = seed.text;
    const applied = [];
    let shape;
    for (let count = random.integer(1, 3); count > 0; count--) {
      const name = random.pick(Object.keys(MUTATIONS));
      const outcome = MUTATIONS[name](random, text);
      if (typeof outcome === 'string') text = outcome;
      else ({ text, shape } = outcome);
      applied.push(name);
    }
    return { kind: 'mutated', shape: shape ? `${applied.join('+')}(${shape})` : applied.join('+'), seed: seed.name, text };
  }
  if (roll < 0.55) {
    return { kind: 'random', shape: 'tokens', text: tokenSoup(random, random.size(400)) };
  }
  if (roll < 0.62) {
    const seed = random.pick(seeds);
    const prefix = seed.text.split('\n').slice(0, random.integer(1, 20)).join('\n');
    return { kind: 'random', shape: 'seed-prefix+tokens', seed: seed.name, text: `${prefix}\n${tokenSoup(random, random.size(200))}` };
  }
  if (roll < 0.67) {
    return bytesCase(random, seeds);
  }
  if (roll < 0.72) {
    const seed = random.pick(seeds.filter((candidate) => candidate.text.startsWith('---\n')));
    const [name, shape] = random.pick(Object.entries(FRONT_MATTER_SHAPES));
    const size = sizeOf(shape);
    return { kind: 'pathological', shape: `front-matter-${name}`, size, seed: seed.name, text: seed.text.replace(/^---\n/u, `---\n${shape.make(size)}\n`) };
  }
  const [name, shape] = random.pick(Object.entries(SHAPES));
  const size = sizeOf(shape);
  const body = shape.make(size);
  if (roll < 0.88) {
    const seed = random.pick(seeds.filter((candidate) => candidate.template !== null));
    return { kind: 'append', shape: name, size, seed: seed.name, template: seed.template, text: `${seed.text.replace(/\s*$/u, '')}\n\n${body}\n` };
  }
  return { kind: 'pathological', shape: name, size, text: `# SPEC 0042: Fuzz\n\n${body}\n` };
}

function bytesCase(random, seeds) {
  const seed = random.pick(seeds);
  const bytes = Buffer.from(seed.text, 'utf8');
  const choice = random.integer(0, 2);
  if (choice === 0) {
    bytes[random.integer(0, bytes.length - 1)] = 0;
    return { kind: 'bytes', shape: 'nul-byte', seed: seed.name, bytes };
  }
  if (choice === 1) {
    bytes[random.integer(0, bytes.length - 1)] = random.pick([0x80, 0xc0, 0xff, 0xfe]);
    return { kind: 'bytes', shape: 'invalid-utf8', seed: seed.name, bytes };
  }
  const noise = Buffer.from(Array.from({ length: random.size(4000) }, () => random.integer(0, 255)));
  return { kind: 'bytes', shape: 'random-bytes', bytes: noise };
}
