import type { Root, Yaml } from 'mdast';
import type { Node as YamlNode, Pair } from 'yaml';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter, MetadataField } from '../types/document.js';
import { findDuplicateYamlKeys } from './find-duplicate-yaml-keys.js';
import { normalizeKey } from './plain-text.js';
import { positionFromOffsets, positionOfNode } from './positions.js';
import { defined } from '../defined.js';

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  fields: MetadataField[];
}

/**
 * Read the YAML front matter (remark-frontmatter puts it first in the tree). Offsets reported by the YAML
 * parser are shifted by where the YAML starts, so every position is a position in the document.
 */
export function extractFrontMatter(tree: Root, text: string, lineStarts: readonly number[]): FrontMatterResult {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return { fields: [] };

  const { contentStart, contentEnd } = yamlContentRange(node, text, lineStarts);
  const raw = text.slice(contentStart, contentEnd);
  const toPosition = (start: number, end: number) =>
    positionFromOffsets(lineStarts, contentStart + clamp(start, raw.length), contentStart + clamp(end, raw.length));

  const frontMatter: FrontMatter = { raw, data: undefined, position: positionOfNode(lineStarts, node), errors: [] };
  // yaml reads a lone CR (old Mac line endings) as a space; as a LF it ends the line as in the rest of the file.
  // Same length, so every offset stays valid.
  const yamlText = raw.replace(/\r(?!\n)/gu, '\n');
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  for (const error of [...document.errors, ...findDuplicateYamlKeys(document)]) {
    frontMatter.errors.push({ message: error.message, position: toPosition(error.pos[0], error.pos[1]) });
  }
  if (frontMatter.errors.length > 0 || !isMap(document.contents)) return { frontMatter, fields: [] };

  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Alias bombs and unresolved aliases are reported by toJS, not by the parser.
    const message = error instanceof Error ? error.message : String(error);
    frontMatter.errors.push({ message, position: toPosition(0, raw.length) });
    return { frontMatter, fields: [] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { frontMatter, fields: [] };
  frontMatter.data = data as Record<string, unknown>;

  const fields: MetadataField[] = [];
  for (const pair of document.contents.items as Array<Pair<unknown, unknown>>) {
    const field = fieldFromPair(pair, frontMatter.data, raw, toPosition);
    if (field) fields.push(field);
  }
  return { frontMatter, fields };
}

/** The YAML between the fences: from the line after `---` to the end of the line before the closing `---`. */
function yamlContentRange(node: Yaml, text: string, lineStarts: readonly number[]) {
  const startLine = node.position?.start.line ?? 1;
  const endLine = node.position?.end.line ?? startLine;
  const contentStart = lineStarts[startLine] ?? text.length;
  if (endLine - startLine < 2) return { contentStart, contentEnd: contentStart };
  let contentEnd = defined(lineStarts[endLine - 1], 'the closing fence to start a line of the document');
  // Drop the line ending before the closing fence (CRLF counts as one).
  if (text.charCodeAt(contentEnd - 1) === 10) contentEnd--;
  if (text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
  return { contentStart, contentEnd: Math.max(contentStart, contentEnd) };
}

function fieldFromPair(
  pair: Pair<unknown, unknown>,
  data: Record<string, unknown>,
  raw: string,
  toPosition: (start: number, end: number) => MetadataField['position'],
): MetadataField | undefined {
  if (!isScalar(pair.key) || !pair.key.range) return undefined;
  // A scalar's value is a string, number, boolean or null: its text as the key (`1:` is the key "1").
  const key = pair.key.value == null ? '' : pair.key.toString();
  const [keyStart, keyEnd] = pair.key.range;
  const valueNode = pair.value as YamlNode | null;
  const valueRange = valueNode?.range;
  // A key without a value (`status:`) gets a zero-width value right after the colon.
  const colon = raw.indexOf(':', keyEnd);
  const colonEnd = colon === -1 ? keyEnd : colon + 1;
  const valueStart = valueRange ? valueRange[0] : colonEnd;
  const valueEnd = valueRange ? valueRange[1] : colonEnd;
  const valueRaw = raw.slice(valueStart, valueEnd);
  const trimmedStart = valueStart + (valueRaw.length - valueRaw.trimStart().length);
  const trimmedEnd = Math.max(trimmedStart, valueEnd - (valueRaw.length - valueRaw.trimEnd().length));
  return {
    key,
    name: normalizeKey(key),
    value: data[key],
    raw: raw.slice(trimmedStart, trimmedEnd),
    style: 'front-matter',
    position: toPosition(keyStart, Math.max(keyEnd, trimmedEnd)),
    keyPosition: toPosition(keyStart, keyEnd),
    valuePosition: toPosition(trimmedStart, trimmedEnd),
  };
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length);
}
