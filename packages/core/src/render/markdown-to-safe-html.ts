import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import type * as RehypeSanitize from 'rehype-sanitize';
import type * as RehypeStringify from 'rehype-stringify';
import type * as RemarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { slugifyTitle } from '../authoring/slugify-title.js';
import { loadOnFirstUse } from '../load-on-first-use.js';

export interface TocEntry {
  level: number;
  text: string;
  /** The element id as it is on the page (after sanitizing: `user-content-…`). */
  id: string;
}

/** rehype-sanitize prefixes ids so a spec's ids cannot clobber page globals (DOM clobbering). */
const ID_PREFIX = 'user-content-';

/**
 * GitHub's schema (no scripts, no event attributes, only http(s)/mailto links), plus what our own transforms
 * add: the `mermaid` class that client-side Mermaid looks for, and ids on headings for the table of contents.
 */
function withMermaid(defaultSchema: RehypeSanitize.Options): RehypeSanitize.Options {
  return {
    ...defaultSchema,
    attributes: {
      ...defaultSchema.attributes,
      pre: [...(defaultSchema.attributes?.pre ?? []), ['className', 'mermaid']],
    },
  };
}

// The HTML stack loads on the first page rendered: a lint run, an editor or ESLint never renders.
const remarkRehype = loadOnFirstUse('remark-rehype', (module) => (module as typeof RemarkRehype).default);
const rehypeStringify = loadOnFirstUse('rehype-stringify', (module) => (module as typeof RehypeStringify).default);
const rehypeSanitize = loadOnFirstUse('rehype-sanitize', (module) => {
  const { default: plugin, defaultSchema } = module as typeof RehypeSanitize;
  return { plugin, schema: withMermaid(defaultSchema) };
});

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function isElement(node: RootContent | ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** `<pre><code class="language-mermaid">` -> `<pre class="mermaid">` with the diagram source as text. */
function mermaidBlock(node: Element): Element | undefined {
  const code = node.children.find((child): child is Element => isElement(child, 'code'));
  const classes = code?.properties.className;
  if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
  return { type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: textOf(code) }] };
}

/** Walk the HTML tree: rewrite mermaid blocks, give headings unique ids and collect them for the TOC. */
function decorate(tree: HastRoot, toc: TocEntry[]): void {
  const used = new Map<string, number>();
  const visit = (children: Array<RootContent | ElementContent>) => {
    for (const [index, child] of children.entries()) {
      if (!isElement(child)) continue;
      if (child.tagName === 'pre') {
        const replacement = mermaidBlock(child);
        if (replacement) {
          children[index] = replacement;
          continue;
        }
      }
      const heading = /^h([2-6])$/u.exec(child.tagName);
      if (heading) {
        const text = textOf(child).trim();
        const base = slugifyTitle(text);
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count}`;
        child.properties.id = id;
        toc.push({ level: Number(heading[1]), text, id: `${ID_PREFIX}${id}` });
      }
      visit(child.children);
    }
  };
  visit(tree.children);
}

/**
 * The spec body as sanitized HTML. Raw HTML in the Markdown is dropped (remark-rehype without
 * `allowDangerousHtml`), and rehype-sanitize removes scripts, event attributes and `javascript:` URLs from what
 * Markdown itself can produce. The front matter and the H1 are left out: the page header shows them.
 */
export function markdownToSafeHtml(tree: Root): { html: string; toc: TocEntry[] } {
  const body: Root = {
    type: 'root',
    children: structuredClone(tree.children).filter(
      (node, index, all) =>
        node.type !== 'yaml' && !(node.type === 'heading' && node.depth === 1 && all.findIndex((other) => other.type === 'heading' && other.depth === 1) === index),
    ),
  };
  const toc: TocEntry[] = [];
  const sanitize = rehypeSanitize();
  const processor = unified()
    .use(remarkRehype())
    .use(() => (tree: HastRoot) => decorate(tree, toc))
    .use(sanitize.plugin, sanitize.schema)
    .use(rehypeStringify());
  const hast = processor.runSync(body);
  return { html: processor.stringify(hast), toc };
}
