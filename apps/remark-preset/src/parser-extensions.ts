import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Processor } from 'unified';

/**
 * specloom reads CommonMark + GFM (tables, task lists) + YAML front matter. Add those parser extensions unless
 * the pipeline has them already: a second copy (another version in node_modules) would register its syntax twice.
 */
export function addParserExtensions(processor: Processor): void {
  const names = new Set(processor.attachers.map(([attacher]) => attacher.name));
  if (!names.has(remarkGfm.name)) processor.use(remarkGfm);
  if (!names.has(remarkFrontmatter.name)) processor.use(remarkFrontmatter, ['yaml']);
}
