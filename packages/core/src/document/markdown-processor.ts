import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM without autolink literals (`www.example.com`, bare `https://…` and e-mail addresses becoming links): its
 * tables, task lists, strikethrough and footnotes. Autolink literals are the costliest construct to parse (they
 * are tried at every word; the whole parse is about 1.6× faster without them) and no rule reads them: they
 * only split a text node around a URL, which the rules read the same either way (hosts that parse with
 * remark-gfm give the same findings, see apps/remark-preset/test/findings.test.ts). Footnotes stay, so `[^1]`
 * is a footnote reference, never text a placeholder pattern could match.
 */
function remarkSpecGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  );
}

/**
 * The Markdown dialect specloom reads: CommonMark + GFM (tables, task lists, strikethrough, footnotes; not
 * autolink literals) + YAML front matter.
 */
export function createMarkdownProcessor() {
  return unified().use(remarkParse).use(remarkSpecGfm).use(remarkFrontmatter, ['yaml']).freeze();
}

let sharedProcessor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Parse with one shared processor: building a processor (and its micromark extensions) per file is wasted work. */
export function parseMarkdown(text: string): Root {
  sharedProcessor ??= createMarkdownProcessor();
  return sharedProcessor.parse(text);
}
