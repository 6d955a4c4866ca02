import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The Markdown dialect specloom reads: CommonMark + GFM (tables, task lists, …) + YAML front matter. */
export function createMarkdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
}

let sharedProcessor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Parse with one shared processor: building a processor (and its micromark extensions) per file is wasted work. */
export function parseMarkdown(text: string): Root {
  sharedProcessor ??= createMarkdownProcessor();
  return sharedProcessor.parse(text);
}
