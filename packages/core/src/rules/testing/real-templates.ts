import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inferSchema } from '../../schema/infer-schema.js';
import type { TemplateDefinition } from '../../types/plugin.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../../..');
/** Filled specs and specs with deliberate mistakes (`examples/` at the repository root). */
export const examplesDir = path.join(repositoryRoot, 'examples');

/** The team's five templates, by file name: the copy the built-in plugin ships (`plugins/<folder>/templates/`). */
const templatePluginFolders = {
  'product-spec.md': 'product',
  'feature-spec.md': 'spec-dated',
  'design-doc.md': 'design-doc',
  'why-what-how-spec.md': 'spec-dated',
  'rfc-spec.md': 'rfc',
} as const;

export const realTemplateFileNames = Object.keys(templatePluginFolders) as Array<keyof typeof templatePluginFolders>;

/** Where a template file lives in the repository. */
export function realTemplatePath(fileName: keyof typeof templatePluginFolders): string {
  return path.join(repositoryRoot, 'plugins', templatePluginFolders[fileName], 'templates', fileName);
}

/** Template file and the id its plugin gives it. */
export const realTemplateFiles = {
  product: 'product-spec.md',
  feature: 'feature-spec.md',
  'design-doc': 'design-doc.md',
  'why-what-how': 'why-what-how-spec.md',
  rfc: 'rfc-spec.md',
} as const;

export type RealTemplateId = keyof typeof realTemplateFiles;

const inferred = new Map<RealTemplateId, TemplateDefinition>();

/** A template whose schema is inferred from the real template file, as a custom org template would be. */
export function realTemplate(id: RealTemplateId): TemplateDefinition {
  let template = inferred.get(id);
  if (!template) {
    template = inferTemplate(id);
    inferred.set(id, template);
  }
  return template;
}

function inferTemplate(id: RealTemplateId): TemplateDefinition {
  const source = realTemplatePath(realTemplateFiles[id]);
  return {
    id,
    description: `The ${id} template, inferred from ${realTemplateFiles[id]}.`,
    schema: inferSchema(readFileSync(source, 'utf8'), { id, source }),
    detect: () => 1,
    source,
  };
}

/** The text of a template file, to lint the template itself. */
export function realTemplateText(id: RealTemplateId): { text: string; filePath: string } {
  const filePath = realTemplatePath(realTemplateFiles[id]);
  return { text: readFileSync(filePath, 'utf8'), filePath };
}

/** The text of a file under `examples/`. */
export function exampleText(relativePath: string): { text: string; filePath: string } {
  const filePath = path.join(examplesDir, relativePath);
  return { text: readFileSync(filePath, 'utf8'), filePath };
}

/** The filled example spec of each template. */
export const filledExamples: Record<RealTemplateId, string> = {
  product: 'product/station-offline-sync.md',
  feature: 'feature/SPEC-2026-03-02-001-bulk-export.md',
  'design-doc': 'design-doc/notification-service.md',
  'why-what-how': 'why-what-how/SPEC-2026-04-15-002-rate-limiting.md',
  rfc: 'rfc/0007-billing-webhooks.md',
};

/** The example with deliberate mistakes of each template (see `examples/mistakes/EXPECTED.md`). */
export const mistakeExamples: Record<RealTemplateId, string> = {
  product: 'mistakes/product-grid-load-forecast.md',
  feature: 'mistakes/feature-invoice-pdf.md',
  'design-doc': 'mistakes/design-doc-firmware-rollout.md',
  'why-what-how': 'mistakes/wwh-audit-log-search.md',
  rfc: 'mistakes/rfc-usage-metering.md',
};
